package org.keepalived4j.vrrp.runtime;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;

/**
 * Sends whole IP packets (header included) to unicast peers through the kernel's routing and neighbour tables, as
 * keepalived sends {@code unicast_peer} adverts: a raw socket {@code socket(AF_INET|AF_INET6, SOCK_RAW,
 * IPPROTO_VRRP)} on {@code java.lang.foreign}.
 *
 * <table>
 * <caption>Socket setup</caption>
 * <tr><td>{@code IP_HDRINCL} / {@code IPV6_HDRINCL}</td><td>our encoder's header goes out as written (TTL / hop
 *     limit {@code unicast_ttl}, TOS 0xc0, source {@code unicast_src_ip}); the kernel fills in the IPv4 total
 *     length and header checksum</td></tr>
 * <tr><td>{@code SO_BINDTODEVICE}</td><td>the instance's interface, as keepalived</td></tr>
 * <tr><td>{@code SO_ATTACH_FILTER} "ret 0"</td><td>the socket queues nothing: frames are read through libpcap.
 *     Its mere existence makes the kernel treat IP protocol 112 as handled, so unicast adverts addressed to us
 *     are not answered with ICMP "protocol unreachable" (IPv6: parameter problem), as with keepalived</td></tr>
 * </table>
 *
 * <p>Why not libpcap for unicast: a frame needs the peer's MAC, which the kernel already resolves (ARP / ND) for
 * a routed socket; keepalived lets the kernel do it too. No allocation per send: the packet is copied into a
 * native buffer and the {@code sockaddr} written in place, both allocated once. One owner thread.
 */
public final class RawIpSocket implements AutoCloseable {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
    private static final VarHandle errno$vh = CALL_STATE.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");
    private static final MethodHandle socket$mh = downcall("socket", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle setsockopt$mh = downcall("setsockopt", FunctionDescriptor.of(
            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle sendto$mh = downcall("sendto", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle close$mh = downcall("close", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT));
    private static final MethodHandle ifNameToIndex$mh = downcall("if_nametoindex", FunctionDescriptor.of(
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS));

    static final int AF_INET = 2;
    static final int AF_INET6 = 10;
    static final int SOCK_RAW = 3;
    static final int SOCK_CLOEXEC = 0x80000;
    static final int IPPROTO_VRRP = 112;
    static final int SOL_SOCKET = 1;
    static final int SO_BINDTODEVICE = 25;
    static final int SO_ATTACH_FILTER = 26;
    static final int IPPROTO_IP = 0;
    static final int IP_HDRINCL = 3;
    static final int IPPROTO_IPV6 = 41;
    static final int IPV6_HDRINCL = 36;
    static final int SOCKADDR_IN_SIZE = 16;
    static final int SOCKADDR_IN6_SIZE = 28;
    /** Largest packet sent: an advert with 255 IPv6 addresses fits easily. */
    static final int MAX_PACKET = 4096;

    private final String interfaceName;
    private final boolean ipv6;
    private final int ifIndex;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment callState;
    private final MemorySegment packet;
    private final MemorySegment sockaddr;
    private int fd;

    private RawIpSocket(String interfaceName, boolean ipv6, int ifIndex) {
        this.interfaceName = interfaceName;
        this.ipv6 = ipv6;
        this.ifIndex = ifIndex;
        this.callState = arena.allocate(CALL_STATE);
        this.packet = arena.allocate(MAX_PACKET, 8);
        this.sockaddr = arena.allocate(SOCKADDR_IN6_SIZE, 8);
        this.fd = -1;
    }

    /**
     * Opens a sending socket for one family on {@code interfaceName} in the calling thread's network namespace
     * (root or CAP_NET_RAW).
     *
     * @throws IOException naming the interface and the failing call with its errno
     */
    public static RawIpSocket open(String interfaceName, boolean ipv6) throws IOException {
        RawIpSocket s;
        try (Arena tmp = Arena.ofConfined()) {
            MemorySegment name = tmp.allocateFrom(interfaceName, StandardCharsets.US_ASCII);
            int index = (int) ifNameToIndex$mh.invokeExact(tmp.allocate(CALL_STATE), name);
            if (index == 0) {
                throw new IOException("interface " + interfaceName + " not found");
            }
            s = new RawIpSocket(interfaceName, ipv6, index);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError("if_nametoindex binding", t);
        }
        try {
            s.setUp();
            return s;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private void setUp() throws IOException {
        fd = invokeInt(socket$mh, "socket", ipv6 ? AF_INET6 : AF_INET, SOCK_RAW | SOCK_CLOEXEC, IPPROTO_VRRP);
        try (Arena tmp = Arena.ofConfined()) {
            MemorySegment one = tmp.allocate(ValueLayout.JAVA_INT);
            one.set(ValueLayout.JAVA_INT, 0, 1);
            setOption(ipv6 ? IPPROTO_IPV6 : IPPROTO_IP, ipv6 ? IPV6_HDRINCL : IP_HDRINCL, one, 4,
                    ipv6 ? "IPV6_HDRINCL" : "IP_HDRINCL");
            MemorySegment dev = tmp.allocateFrom(interfaceName, StandardCharsets.US_ASCII);
            setOption(SOL_SOCKET, SO_BINDTODEVICE, dev, (int) dev.byteSize(), "SO_BINDTODEVICE");
            // struct sock_filter { u16 code; u8 jt; u8 jf; u32 k; } = BPF_RET|BPF_K, k = 0: accept 0 bytes
            MemorySegment insn = tmp.allocate(8, 8);
            insn.set(ValueLayout.JAVA_SHORT, 0, (short) 0x06);
            insn.set(ValueLayout.JAVA_INT, 4, 0);
            // struct sock_fprog { u16 len; struct sock_filter *filter; }
            MemorySegment prog = tmp.allocate(16, 8);
            prog.set(ValueLayout.JAVA_SHORT, 0, (short) 1);
            prog.set(ValueLayout.ADDRESS, 8, insn);
            setOption(SOL_SOCKET, SO_ATTACH_FILTER, prog, 16, "SO_ATTACH_FILTER");
        }
    }

    private void setOption(int level, int name, MemorySegment value, int len, String what) throws IOException {
        int r;
        try {
            r = (int) setsockopt$mh.invokeExact(callState, fd, level, name, value, len);
        } catch (Throwable t) {
            throw new AssertionError("setsockopt binding", t);
        }
        if (r != 0) {
            throw new IOException("setsockopt(" + what + ") on " + interfaceName + " failed: errno " + errno());
        }
    }

    private int invokeInt(MethodHandle mh, String what, int a, int b, int c) throws IOException {
        int r;
        try {
            r = (int) mh.invokeExact(callState, a, b, c);
        } catch (Throwable t) {
            throw new AssertionError(what + " binding", t);
        }
        if (r < 0) {
            int e = errno();
            throw new IOException(what + "(" + (ipv6 ? "AF_INET6" : "AF_INET") + ", SOCK_RAW, IPPROTO_VRRP) for "
                    + interfaceName + " failed: errno " + e + (e == 1 ? " (EPERM: needs root or CAP_NET_RAW)" : ""));
        }
        return r;
    }

    /** The errno the last failing call left. */
    public int errno() {
        return (int) errno$vh.get(callState, 0L);
    }

    /** Whether this socket sends IPv6. */
    public boolean ipv6() {
        return ipv6;
    }

    /**
     * Sends one IP packet to {@code destination}; the kernel routes it and resolves the next hop's MAC.
     *
     * @param buffer      holds the packet (IPv4 or IPv6 header first)
     * @param offset      where the IP header starts
     * @param length      IP packet length, at most {@value #MAX_PACKET}
     * @param destination 4 or 16 octets at {@code destinationOffset} (a link-local IPv6 peer is reached through
     *                    this socket's interface)
     * @return the bytes sent, or -1 with {@link #errno()} set
     */
    public long send(byte[] buffer, int offset, int length, byte[] destination, int destinationOffset) {
        if (length > MAX_PACKET || length < 0) {
            return -1;
        }
        MemorySegment.copy(buffer, offset, packet, ValueLayout.JAVA_BYTE, 0, length);
        int addrLen;
        if (ipv6) {
            // struct sockaddr_in6 { u16 family; u16 port; u32 flowinfo; u8 addr[16]; u32 scope_id; }
            sockaddr.set(ValueLayout.JAVA_SHORT, 0, (short) AF_INET6);
            sockaddr.set(ValueLayout.JAVA_SHORT, 2, (short) 0);
            sockaddr.set(ValueLayout.JAVA_INT, 4, 0);
            MemorySegment.copy(destination, destinationOffset, sockaddr, ValueLayout.JAVA_BYTE, 8, 16);
            sockaddr.set(ValueLayout.JAVA_INT, 24, ifIndex);
            addrLen = SOCKADDR_IN6_SIZE;
        } else {
            // struct sockaddr_in { u16 family; u16 port; u8 addr[4]; u8 zero[8]; }
            sockaddr.set(ValueLayout.JAVA_SHORT, 0, (short) AF_INET);
            sockaddr.set(ValueLayout.JAVA_SHORT, 2, (short) 0);
            MemorySegment.copy(destination, destinationOffset, sockaddr, ValueLayout.JAVA_BYTE, 4, 4);
            sockaddr.set(ValueLayout.JAVA_LONG, 8, 0L);
            addrLen = SOCKADDR_IN_SIZE;
        }
        try {
            return (long) sendto$mh.invokeExact(callState, fd, packet, (long) length, 0, sockaddr, addrLen);
        } catch (Throwable t) {
            throw new AssertionError("sendto binding", t);
        }
    }

    @Override
    public void close() {
        if (fd >= 0) {
            try {
                int ignored = (int) close$mh.invokeExact(callState, fd);
            } catch (Throwable t) {
                throw new AssertionError("close binding", t);
            }
            fd = -1;
        }
        arena.close();
    }

    private static MethodHandle downcall(String name, FunctionDescriptor fd) {
        MemorySegment symbol = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new LinkageError("libc symbol not found: " + name));
        return LINKER.downcallHandle(symbol, fd, CAPTURE_ERRNO);
    }

}
