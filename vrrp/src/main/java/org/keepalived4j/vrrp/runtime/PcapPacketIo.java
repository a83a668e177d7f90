package org.keepalived4j.vrrp.runtime;

import com.sun.jna.Pointer;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Field;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pcap4j.core.BpfProgram;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PacketIo} over libpcap through pcap4j on one interface.
 *
 * <table>
 * <caption>Setup</caption>
 * <tr><td>capture</td><td>not promiscuous, immediate mode, direction IN (our own frames are not seen), BPF filter
 *     {@value #FILTER}</td></tr>
 * <tr><td>waiting</td><td>non-blocking handle; the VRRP thread polls {@code pcap_get_selectable_fd} in
 *     {@link Poller}</td></tr>
 * <tr><td>group membership</td><td>a datagram socket joins 224.0.0.18 / ff02::12 on the interface and stays open,
 *     so that the NIC's multicast filter passes 01:00:5e:00:00:12 / 33:33:00:00:00:12</td></tr>
 * <tr><td>sending</td><td>{@code pcap_sendpacket} of the whole frame from the caller's buffer</td></tr>
 * <tr><td>unicast sending</td><td>{@code unicast_peer} adverts go through a {@link RawIpSocket} per family
 *     (opened by {@link #openUnicast}): the kernel routes them and resolves the peer's MAC, as for keepalived's
 *     raw socket. Unicast adverts addressed to us are received by the capture like multicast ones</td></tr>
 * </table>
 *
 * <p>Allocation, measured with {@code ThreadMXBean.getThreadAllocatedBytes} on a veth pair
 * ({@code PcapAllocationTest}): pcap4j allocates about 2.2 KB per received frame ({@code getNextRawPacket}: a new
 * byte[], a JNA {@code pcap_pkthdr} structure with its native memory, a timestamp, lock bookkeeping) and 0 to 70
 * bytes per sent frame (varies with JIT warm-up). Everything of ours on the path (decode, checks, state machine,
 * encode) allocates nothing ({@code SteadyPathAllocationTest}). At VRRP rates (1 to 100 adverts a second per instance) this is
 * some 2 to 220 KB/s, far below what makes ZGC pause, but it is not zero: a raw AF_PACKET socket on
 * java.lang.foreign (recv/send on a reused MemorySegment) behind the same {@link PacketIo} would remove it.
 */
public final class PcapPacketIo implements PacketIo {
    private static final Logger LOG = LoggerFactory.getLogger(PcapPacketIo.class);
    /** The capture filter: VRRP over IPv4 and IPv6, and IPv4 AH (VRRPv2 auth_type AH). */
    public static final String FILTER = "ip proto 112 or ip proto 51 or ip6 proto 112";
    private static final int SNAPLEN = 2048;

    private final String name;
    private final PcapHandle handle;
    private final byte[] mac;
    private final byte[] ipv4;
    private final byte[] ipv6LinkLocal;
    private final int fd;
    private final List<DatagramChannel> memberships;
    private int sendErrors;
    private int unicastErrors;
    private RawIpSocket unicast4;
    private RawIpSocket unicast6;

    private PcapPacketIo(String name, PcapHandle handle, byte[] mac, byte[] ipv4, byte[] ipv6LinkLocal, int fd,
                         List<DatagramChannel> memberships) {
        this.name = name;
        this.handle = handle;
        this.mac = mac;
        this.ipv4 = ipv4;
        this.ipv6LinkLocal = ipv6LinkLocal;
        this.fd = fd;
        this.memberships = memberships;
    }

    /**
     * Opens {@code interfaceName} (root or CAP_NET_RAW needed) in the calling thread's network namespace.
     *
     * @throws IOException with a message naming the interface when it is missing or libpcap refuses
     */
    public static PcapPacketIo open(String interfaceName) throws IOException {
        NetworkInterface nif = NetworkInterface.getByName(interfaceName);
        if (nif == null) {
            throw new IOException("interface " + interfaceName + " not found");
        }
        byte[] mac = nif.getHardwareAddress();
        if (mac == null || mac.length != 6) {
            throw new IOException("interface " + interfaceName + " has no Ethernet address");
        }
        byte[] v4 = null;
        byte[] v6 = null;
        for (InetAddress a : Collections.list(nif.getInetAddresses())) {
            if (a instanceof Inet4Address && v4 == null) {
                v4 = a.getAddress();
            } else if (a instanceof Inet6Address && a.isLinkLocalAddress() && v6 == null) {
                v6 = a.getAddress();
            }
        }
        PcapHandle handle;
        try {
            handle = new PcapHandle.Builder(interfaceName).snaplen(SNAPLEN)
                    .promiscuousMode(PcapNetworkInterface.PromiscuousMode.NONPROMISCUOUS).timeoutMillis(1)
                    .immediateMode(true).direction(PcapHandle.PcapDirection.IN).build();
            handle.setFilter(FILTER, BpfProgram.BpfCompileMode.OPTIMIZE);
            handle.setBlockingMode(PcapHandle.BlockingMode.NONBLOCKING);
        } catch (PcapNativeException | NotOpenException | RuntimeException | UnsatisfiedLinkError e) {
            throw new IOException("cannot capture on " + interfaceName + ": " + e.getMessage(), e);
        }
        int fd;
        try {
            fd = SelectableFd.of(handle);
        } catch (RuntimeException | LinkageError e) {
            handle.close();
            throw new IOException("cannot poll the capture on " + interfaceName + ": " + e.getMessage(), e);
        }
        List<DatagramChannel> joined = new ArrayList<>();
        join(joined, StandardProtocolFamily.INET, "224.0.0.18", nif, v4 != null);
        join(joined, StandardProtocolFamily.INET6, "ff02::12", nif, v6 != null);
        LOG.debug("capturing VRRP on {} (fd {})", interfaceName, fd);
        return new PcapPacketIo(interfaceName, handle, mac, v4, v6, fd, List.copyOf(joined));
    }

    private static void join(List<DatagramChannel> joined, StandardProtocolFamily family, String group,
                             NetworkInterface nif, boolean hasAddress) {
        if (!hasAddress) {
            return;
        }
        try {
            DatagramChannel ch = DatagramChannel.open(family);
            ch.join(InetAddress.getByName(group), nif);
            joined.add(ch);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("cannot join {} on {}: {}; multicast adverts may not reach us", group, nif.getName(),
                    e.getMessage());
        }
    }

    @Override
    public String interfaceName() {
        return name;
    }

    @Override
    public byte[] macAddress() {
        return mac;
    }

    @Override
    public byte[] primaryAddress(boolean ipv6) {
        byte[] a = ipv6 ? ipv6LinkLocal : ipv4;
        return a == null ? null : a.clone();
    }

    @Override
    public int receive(byte[] buffer) {
        byte[] frame;
        try {
            frame = handle.getNextRawPacket();
        } catch (NotOpenException e) {
            return 0;
        }
        if (frame == null) {
            return 0;
        }
        int n = Math.min(frame.length, buffer.length);
        System.arraycopy(frame, 0, buffer, 0, n);
        return n;
    }

    @Override
    public boolean send(byte[] frame, int length) {
        try {
            handle.sendPacket(frame, length);
            sendErrors = 0;
            return true;
        } catch (PcapNativeException | NotOpenException e) {
            if (sendErrors++ == 0) {
                LOG.warn("sending on {} failed: {}", name, e.getMessage());
            }
            return false;
        }
    }

    @Override
    public void openUnicast(boolean ipv6) throws IOException {
        if (ipv6 && unicast6 == null) {
            unicast6 = RawIpSocket.open(name, true);
        } else if (!ipv6 && unicast4 == null) {
            unicast4 = RawIpSocket.open(name, false);
        }
    }

    @Override
    public boolean sendUnicast(byte[] packet, int offset, int length, byte[] destination) {
        RawIpSocket s = destination.length == 16 ? unicast6 : unicast4;
        if (s == null) {
            if (unicastErrors++ == 0) {
                LOG.warn("unicast sending on {} was not opened for IPv{}", name, destination.length == 16 ? 6 : 4);
            }
            return false;
        }
        if (s.send(packet, offset, length, destination, 0) < 0) {
            if (unicastErrors++ == 0) {
                LOG.warn("unicast send on {} failed: errno {}", name, s.errno());
            }
            return false;
        }
        unicastErrors = 0;
        return true;
    }

    @Override
    public int pollFd() {
        return fd;
    }

    @Override
    public void close() {
        for (DatagramChannel ch : memberships) {
            try {
                ch.close();
            } catch (IOException e) {
                LOG.warn("closing the multicast membership on {} failed: {}", name, e.getMessage());
            }
        }
        handle.close();
        if (unicast4 != null) {
            unicast4.close();
        }
        if (unicast6 != null) {
            unicast6.close();
        }
    }

    /** {@code pcap_get_selectable_fd} on pcap4j's handle (its pcap_t pointer is private, hence reflection). */
    private static final class SelectableFd {
        private static final MethodHandle GET_SELECTABLE_FD;

        static {
            SymbolLookup pcap = lookup();
            GET_SELECTABLE_FD = Linker.nativeLinker().downcallHandle(pcap.find("pcap_get_selectable_fd")
                            .orElseThrow(() -> new LinkageError("libpcap has no pcap_get_selectable_fd")),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        }

        private static SymbolLookup lookup() {
            for (String lib : new String[] {"libpcap.so", "libpcap.so.1", "libpcap.so.0.8"}) {
                try {
                    return SymbolLookup.libraryLookup(lib, Arena.global());
                } catch (IllegalArgumentException e) {
                    // try the next name
                }
            }
            throw new LinkageError("libpcap not found (libpcap.so, libpcap.so.1, libpcap.so.0.8)");
        }

        static int of(PcapHandle handle) {
            try {
                Field f = PcapHandle.class.getDeclaredField("handle");
                f.setAccessible(true);
                long address = Pointer.nativeValue((Pointer) f.get(handle));
                int fd = (int) GET_SELECTABLE_FD.invokeExact(MemorySegment.ofAddress(address));
                if (fd < 0) {
                    throw new IllegalStateException("pcap_get_selectable_fd returned " + fd);
                }
                return fd;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("pcap4j's handle is not reachable: " + e, e);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new AssertionError("pcap_get_selectable_fd binding", t);
            }
        }
    }
}
