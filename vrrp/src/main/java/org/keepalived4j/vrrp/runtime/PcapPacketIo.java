package org.keepalived4j.vrrp.runtime;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
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
 * {@link PacketIo} over libpcap on one interface: pcap4j opens the handle, compiles the filter and sets
 * non-blocking mode; the per-frame calls ({@code pcap_next_ex}, {@code pcap_sendpacket}) go through
 * {@code java.lang.foreign} on the same {@code pcap_t} ({@link LibPcap}).
 *
 * <table>
 * <caption>Setup</caption>
 * <tr><td>capture</td><td>not promiscuous, immediate mode, direction IN (our own frames are not seen), BPF filter
 *     {@value #FILTER}</td></tr>
 * <tr><td>waiting</td><td>non-blocking handle; the VRRP thread polls {@code pcap_get_selectable_fd} in
 *     {@link Poller}</td></tr>
 * <tr><td>group membership</td><td>a datagram socket joins 224.0.0.18 / ff02::12 on the interface and stays open,
 *     so that the NIC's multicast filter passes 01:00:5e:00:00:12 / 33:33:00:00:00:12</td></tr>
 * <tr><td>receiving</td><td>{@code pcap_next_ex} with out-parameters in native memory allocated once; the frame
 *     is copied from libpcap's buffer into the caller's array</td></tr>
 * <tr><td>sending</td><td>the whole frame is copied into a native buffer allocated once, then
 *     {@code pcap_sendpacket}</td></tr>
 * <tr><td>unicast sending</td><td>{@code unicast_peer} adverts go through a {@link RawIpSocket} per family
 *     (opened by {@link #openUnicast}): the kernel routes them and resolves the peer's MAC, as for keepalived's
 *     raw socket. Unicast adverts addressed to us are received by the capture like multicast ones</td></tr>
 * </table>
 *
 * <p>Allocation: nothing per frame, received or sent, once the JIT has compiled the path; measured with
 * {@code ThreadMXBean.getThreadAllocatedBytes} on a veth pair ({@code PcapAllocationTest}, which asserts it).
 * pcap4j's own {@code getNextRawPacket} / {@code sendPacket} (JNA) allocated about 2.2 KB per received frame
 * and 0 to 70 bytes per sent one. The rest of the path (decode, checks, state machine, encode) allocates nothing
 * either ({@code SteadyPathAllocationTest}).
 *
 * <p>Errors: a failing {@code pcap_next_ex} or {@code pcap_sendpacket} is logged with libpcap's text the first
 * time, counted while it repeats ({@link #receiveErrors()}, {@link #sendErrors()}), and the recovery is logged
 * with the count. "No frame waiting" is not an error. Not thread-safe: the VRRP thread owns it.
 */
public final class PcapPacketIo implements PacketIo {
    private static final Logger LOG = LoggerFactory.getLogger(PcapPacketIo.class);
    /** The capture filter: VRRP over IPv4 and IPv6, and IPv4 AH (VRRPv2 auth_type AH). */
    public static final String FILTER = "ip proto 112 or ip proto 51 or ip6 proto 112";
    private static final int SNAPLEN = 2048;
    /** Largest frame {@link #send} takes: an advert with 255 IPv6 addresses is 4142 octets. */
    static final int MAX_SEND_FRAME = 65_535;

    private final String name;
    private final PcapHandle handle;
    private final byte[] mac;
    private final byte[] ipv4;
    private final byte[] ipv6LinkLocal;
    private final int fd;
    private final List<DatagramChannel> memberships;
    private final MemorySegment pcap;
    private final Arena arena = Arena.ofShared();
    /** {@code struct pcap_pkthdr *} and {@code const u_char *}, written by {@code pcap_next_ex}. */
    private final MemorySegment headerOut;
    private final MemorySegment dataOut;
    private final MemorySegment sendBuffer;
    private boolean closed;
    private long receiveErrors;
    private long receiveErrorRun;
    private long sendErrors;
    private long sendErrorRun;
    private int unicastErrors;
    private RawIpSocket unicast4;
    private RawIpSocket unicast6;

    private PcapPacketIo(String name, PcapHandle handle, MemorySegment pcap, byte[] mac, byte[] ipv4,
                         byte[] ipv6LinkLocal, int fd, List<DatagramChannel> memberships) {
        this.name = name;
        this.handle = handle;
        this.mac = mac;
        this.ipv4 = ipv4;
        this.ipv6LinkLocal = ipv6LinkLocal;
        this.fd = fd;
        this.memberships = memberships;
        this.pcap = pcap;
        this.headerOut = arena.allocate(ValueLayout.ADDRESS);
        this.dataOut = arena.allocate(ValueLayout.ADDRESS);
        this.sendBuffer = arena.allocate(MAX_SEND_FRAME, 8);
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
        MemorySegment pcap;
        try {
            pcap = LibPcap.pcapT(handle);
            fd = LibPcap.selectableFd(pcap);
        } catch (RuntimeException | LinkageError e) {
            handle.close();
            throw new IOException("cannot bind libpcap for " + interfaceName + ": " + rootCause(e), e);
        }
        List<DatagramChannel> joined = new ArrayList<>();
        join(joined, StandardProtocolFamily.INET, "224.0.0.18", nif, v4 != null);
        join(joined, StandardProtocolFamily.INET6, "ff02::12", nif, v6 != null);
        LOG.debug("capturing VRRP on {} (fd {})", interfaceName, fd);
        return new PcapPacketIo(interfaceName, handle, pcap, mac, v4, v6, fd, List.copyOf(joined));
    }

    /** The message of a failed class initialisation (LibPcap's library lookup), not the wrapper's. */
    private static String rootCause(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && (c instanceof ExceptionInInitializerError || c instanceof NoClassDefFoundError)) {
            c = c.getCause();
        }
        return c.getMessage();
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
        if (closed) {
            return 0;
        }
        int r;
        try {
            r = (int) LibPcap.NEXT_EX.invokeExact(pcap, headerOut, dataOut);
        } catch (Throwable t) {
            throw new AssertionError("pcap_next_ex binding", t);
        }
        if (r == 1) {
            long header = headerOut.get(ValueLayout.JAVA_LONG, 0);
            long data = dataOut.get(ValueLayout.JAVA_LONG, 0);
            int caplen = LibPcap.ALL_MEMORY.get(ValueLayout.JAVA_INT, header + LibPcap.CAPLEN_OFFSET);
            int n = Math.min(caplen, buffer.length);
            MemorySegment.copy(LibPcap.ALL_MEMORY, ValueLayout.JAVA_BYTE, data, buffer, 0, n);
            if (receiveErrorRun != 0) {
                LOG.info("receiving on {} works again after {} failures", name, receiveErrorRun);
                receiveErrorRun = 0;
            }
            return n;
        }
        if (r < 0) {
            receiveErrors++;
            if (receiveErrorRun++ == 0) {
                LOG.warn("receiving on {} failed: {}", name,
                        r == -2 ? "pcap_next_ex: no more packets" : LibPcap.lastError(pcap));
            }
        }
        return 0;
    }

    @Override
    public boolean send(byte[] frame, int length) {
        if (closed) {
            return false;
        }
        if (length < 0 || length > MAX_SEND_FRAME) {
            sendFailed("frame of " + length + " octets (at most " + MAX_SEND_FRAME + ")");
            return false;
        }
        MemorySegment.copy(frame, 0, sendBuffer, ValueLayout.JAVA_BYTE, 0, length);
        int r;
        try {
            r = (int) LibPcap.SENDPACKET.invokeExact(pcap, sendBuffer, length);
        } catch (Throwable t) {
            throw new AssertionError("pcap_sendpacket binding", t);
        }
        if (r != 0) {
            sendFailed(LibPcap.lastError(pcap));
            return false;
        }
        if (sendErrorRun != 0) {
            LOG.info("sending on {} works again after {} failures", name, sendErrorRun);
            sendErrorRun = 0;
        }
        return true;
    }

    private void sendFailed(String why) {
        sendErrors++;
        if (sendErrorRun++ == 0) {
            LOG.warn("sending on {} failed: {}", name, why);
        }
    }

    /** Failed {@code pcap_next_ex} calls since opening ("no frame waiting" is not one). */
    public long receiveErrors() {
        return receiveErrors;
    }

    /** Frames {@link #send} could not hand to libpcap since opening. */
    public long sendErrors() {
        return sendErrors;
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
        if (closed) {
            return;
        }
        closed = true;
        for (DatagramChannel ch : memberships) {
            try {
                ch.close();
            } catch (IOException e) {
                LOG.warn("closing the multicast membership on {} failed: {}", name, e.getMessage());
            }
        }
        handle.close();
        arena.close();
        if (unicast4 != null) {
            unicast4.close();
        }
        if (unicast6 != null) {
            unicast6.close();
        }
    }
}
