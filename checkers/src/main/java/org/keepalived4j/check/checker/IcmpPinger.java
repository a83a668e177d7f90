package org.keepalived4j.check.checker;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.keepalived4j.netlink.Errno;
import org.keepalived4j.netlink.ffm.Libc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ICMP side of PING_CHECK: one socket per address family, shared by every PING_CHECK of the process, and one
 * small thread ({@code checker-icmp}) that waits for echo replies with {@code poll(2)} and hands each to the ping
 * that asked for it. Sending never blocks ({@code MSG_DONTWAIT}) and is done by the caller (the checkers' event
 * loop); nothing here runs on, or waits for, the loop.
 *
 * <table>
 * <caption>sockets ({@link Mode#AUTO})</caption>
 * <tr><td>first choice</td><td>{@code socket(AF_INET[6], SOCK_DGRAM, IPPROTO_ICMP[V6])}, the unprivileged "ping"
 * socket, allowed when the process's group is inside {@code net.ipv4.ping_group_range} (keepalived uses only this
 * one, and widens the range at start-up; we do not rewrite the sysctl). The kernel sets the identifier and the
 * checksum and delivers only the replies to this socket.</td></tr>
 * <tr><td>fallback</td><td>{@code SOCK_RAW} (needs {@code CAP_NET_RAW}, i.e. root): we set our own identifier,
 * compute the ICMPv4 checksum, skip the IPv4 header of what we receive and ignore every message that is not an echo
 * reply with our identifier.</td></tr>
 * </table>
 *
 * <p>A reply is matched to its ping by sequence number and source address. A ping that gets no reply is never
 * told: the caller bounds it with its own deadline ({@code connect_timeout}); its slot is reused when the 16-bit
 * sequence wraps. ICMP errors (host unreachable) are not reported on an unconnected socket, so such a ping ends at
 * its deadline, as keepalived's does.
 */
public final class IcmpPinger implements AutoCloseable {

    /** Which sockets to use. */
    public enum Mode {
        /** The unprivileged datagram socket, else a raw socket. */
        AUTO,
        /** Only the unprivileged datagram socket. */
        DATAGRAM,
        /** Only a raw socket. */
        RAW
    }

    /** What {@link #ping} did. */
    public enum SendResult {
        /** The request is on its way; the listener hears of a reply. */
        SENT,
        /** No socket of that family could be opened (keepalived reschedules without a verdict). */
        NO_SOCKET,
        /** {@code sendto} refused it (keepalived: a failed attempt). */
        SEND_FAILED
    }

    /** Told, on the pinger's thread, when the reply to a ping arrives. */
    @FunctionalInterface
    public interface Listener {
        /** The echo reply arrived. */
        void replied();
    }

    /** How long one {@code poll} waits, i.e. how quickly {@link #close()} is noticed. */
    static final int POLL_INTERVAL_MS = 200;

    private static final Logger LOG = LoggerFactory.getLogger("Keepalived_healthcheckers");
    private static final int SOCK_DGRAM = 2;
    private static final int SOCK_NONBLOCK = 0x800;
    private static final int IPPROTO_ICMP = 1;
    private static final int IPPROTO_ICMPV6 = 58;
    private static final int RCVBUF_BYTES = 128 * 1024; // keepalived's SOCK_RECV_BUFF
    private static final int RECV_BYTES = 2048;
    private static final int SOCKADDR_BYTES = 28;

    private final Mode mode;
    private final IcmpSocket v4;
    private final IcmpSocket v6;
    private final IcmpSocket[] sockets;
    private final int identifier = ThreadLocalRandom.current().nextInt(1, 0x10000);
    private final AtomicInteger sequence = new AtomicInteger(ThreadLocalRandom.current().nextInt(0x10000));
    private final Arena sendArena = Arena.ofShared();
    private final MemorySegment sendBuf = sendArena.allocate(IcmpEcho.MESSAGE_BYTES, 8);
    private final MemorySegment sendAddr = sendArena.allocate(SOCKADDR_BYTES, 8);
    private final MemorySegment sendState = Libc.allocateCallState(sendArena);
    private final Thread receiver;
    private volatile boolean running = true;
    private boolean closed;

    private IcmpPinger(Mode mode) {
        this.mode = mode;
        this.v4 = new IcmpSocket(false);
        this.v6 = new IcmpSocket(true);
        this.sockets = new IcmpSocket[] {v4, v6};
        synchronized (this) {
            open(v4);
            open(v6);
        }
        this.receiver = Thread.ofPlatform().name("checker-icmp").daemon(true).unstarted(this::receiveLoop);
    }

    /**
     * Opens the sockets (a family that cannot be opened is retried at each ping) and starts the receiving thread.
     *
     * @param mode which sockets to use
     * @return the running pinger
     */
    public static IcmpPinger start(Mode mode) {
        IcmpPinger p = new IcmpPinger(mode);
        p.receiver.start();
        return p;
    }

    /** True if the family's socket is open and raw (for tests and the log). */
    public synchronized boolean raw(boolean ipv6) {
        IcmpSocket s = ipv6 ? v6 : v4;
        return s.fd >= 0 && s.raw;
    }

    /**
     * Sends one echo request (never blocks).
     *
     * @param address  the destination, 4 or 16 bytes in network order
     * @param scopeId  the IPv6 scope (interface index) for a link-local destination, else 0
     * @param listener told on the pinger's thread when the matching reply arrives
     * @return whether it was sent
     */
    public SendResult ping(byte[] address, int scopeId, Listener listener) {
        boolean ipv6 = address.length == 16;
        IcmpSocket s = ipv6 ? v6 : v4;
        synchronized (this) {
            if (closed) {
                return SendResult.NO_SOCKET;
            }
            if (s.fd < 0 && !open(s)) {
                return SendResult.NO_SOCKET;
            }
            int seq = sequence.getAndIncrement() & 0xffff;
            s.pending.set(seq, new Pending(address, listener));
            IcmpEcho.writeRequest(sendBuf, ipv6, identifier, seq, s.raw && !ipv6);
            int len = writeSockaddr(sendAddr, address, scopeId);
            long sent = Libc.sendto(sendState, s.fd, sendBuf, IcmpEcho.MESSAGE_BYTES, Libc.MSG_DONTWAIT, sendAddr,
                    len);
            if (sent < 0) {
                s.pending.set(seq, null);
                if (ipv6) {
                    LOG.info("send ICMPv6 packet fail - errno {}", Libc.errno(sendState));
                } else {
                    LOG.info("send ICMP packet fail");
                }
                return SendResult.SEND_FAILED;
            }
            return SendResult.SENT;
        }
    }

    /** Stops the thread and closes the sockets. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        running = false;
        if (receiver.isAlive() && receiver != Thread.currentThread()) {
            try {
                receiver.join(POLL_INTERVAL_MS * 10L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            v4.close(sendState);
            v6.close(sendState);
        }
        if (!receiver.isAlive()) {
            sendArena.close();
        }
    }

    /** Opens the family's socket as {@link #mode} allows; called holding the lock. */
    private boolean open(IcmpSocket s) {
        int family = s.ipv6 ? Libc.AF_INET6 : Libc.AF_INET;
        int protocol = s.ipv6 ? IPPROTO_ICMPV6 : IPPROTO_ICMP;
        int flags = SOCK_NONBLOCK | Libc.SOCK_CLOEXEC;
        int fd = -1;
        int err = 0;
        if (mode != Mode.RAW) {
            fd = Libc.socket(sendState, family, SOCK_DGRAM | flags, protocol);
            err = fd < 0 ? Libc.errno(sendState) : 0;
            s.raw = false;
        }
        if (fd < 0 && mode != Mode.DATAGRAM && err != Errno.EAFNOSUPPORT.code()) {
            fd = Libc.socket(sendState, family, Libc.SOCK_RAW | flags, protocol);
            err = fd < 0 ? Libc.errno(sendState) : 0;
            s.raw = true;
        }
        if (fd < 0) {
            s.openErrno = err;
            return false;
        }
        MemorySegment size = sendArena.allocate(ValueLayout.JAVA_INT);
        size.set(ValueLayout.JAVA_INT, 0, RCVBUF_BYTES);
        if (Libc.setsockopt(sendState, fd, Libc.SOL_SOCKET, Libc.SO_RCVBUF, size, 4) < 0) {
            LOG.info("setsockopt SO_RCVBUF for socket {} failed ({})", fd, Libc.errno(sendState));
        }
        s.fd = fd;
        return true;
    }

    /** The errno of the family's last failed socket(), 0 if none (for the log). */
    synchronized int openErrno(boolean ipv6) {
        return (ipv6 ? v6 : v4).openErrno;
    }

    private static int writeSockaddr(MemorySegment out, byte[] address, int scopeId) {
        out.fill((byte) 0);
        if (address.length == 4) {
            out.set(ValueLayout.JAVA_SHORT, 0, (short) Libc.AF_INET);
            MemorySegment.copy(address, 0, out, ValueLayout.JAVA_BYTE, 4, 4);
            return 16;
        }
        out.set(ValueLayout.JAVA_SHORT, 0, (short) Libc.AF_INET6);
        MemorySegment.copy(address, 0, out, ValueLayout.JAVA_BYTE, 8, 16);
        out.set(ValueLayout.JAVA_INT, 24, scopeId);
        return 28;
    }

    private void receiveLoop() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.allocateCallState(arena);
            MemorySegment fds = arena.allocate(16, 8);
            MemorySegment buf = arena.allocate(RECV_BYTES, 8);
            MemorySegment from = arena.allocate(SOCKADDR_BYTES, 8);
            MemorySegment fromLen = arena.allocate(ValueLayout.JAVA_INT);
            IcmpSocket[] polled = new IcmpSocket[2];
            while (running) {
                int n = 0;
                for (IcmpSocket s : sockets) {
                    int fd = s.fd;
                    if (fd >= 0) {
                        fds.set(ValueLayout.JAVA_INT, n * 8L, fd);
                        fds.set(ValueLayout.JAVA_SHORT, n * 8L + 4, Libc.POLLIN);
                        fds.set(ValueLayout.JAVA_SHORT, n * 8L + 6, (short) 0);
                        polled[n++] = s;
                    }
                }
                int r = Libc.poll(state, fds, n, POLL_INTERVAL_MS);
                if (r <= 0) {
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    if (fds.get(ValueLayout.JAVA_SHORT, i * 8L + 6) != 0) {
                        drain(polled[i], state, buf, from, fromLen);
                    }
                }
            }
        }
    }

    /** Reads every queued message of one socket. */
    private void drain(IcmpSocket s, MemorySegment state, MemorySegment buf, MemorySegment from,
                       MemorySegment fromLen) {
        while (running) {
            fromLen.set(ValueLayout.JAVA_INT, 0, SOCKADDR_BYTES);
            int fd = s.fd;
            if (fd < 0) {
                return;
            }
            long len = Libc.recvfrom(state, fd, buf, RECV_BYTES, Libc.MSG_DONTWAIT, from, fromLen);
            if (len < 0) {
                int err = Libc.errno(state);
                if (err != Errno.EAGAIN.code() && err != Errno.EINTR.code() && err != Errno.EBADF.code()) {
                    LOG.info(s.ipv6 ? "recv ICMPv6 packet error" : "recv ICMP packet error");
                }
                if (err != Errno.EINTR.code()) {
                    return;
                }
                continue;
            }
            onMessage(s, buf, (int) len, from);
        }
    }

    private void onMessage(IcmpSocket s, MemorySegment buf, int len, MemorySegment from) {
        int off = IcmpEcho.icmpOffset(buf, len, s.raw && !s.ipv6);
        if (off < 0 || len - off < IcmpEcho.HEADER_BYTES) {
            if (!s.raw) {
                LOG.info("Error, got short ICMP{} packet, {} bytes", s.ipv6 ? "v6" : "", len);
            }
            return;
        }
        int type = IcmpEcho.type(buf, off);
        int reply = s.ipv6 ? IcmpEcho.ECHO_REPLY_V6 : IcmpEcho.ECHO_REPLY_V4;
        if (type != reply) {
            if (!s.raw) {
                LOG.info("Got ICMP{} packet with type 0x{}", s.ipv6 ? "v6" : "", Integer.toHexString(type));
            }
            return; // a raw socket sees all ICMP traffic
        }
        if (s.raw && IcmpEcho.identifier(buf, off) != identifier) {
            return;
        }
        int seq = IcmpEcho.sequence(buf, off);
        Pending p = s.pending.get(seq);
        if (p != null && p.from(from) && s.pending.compareAndSet(seq, p, null)) {
            p.listener.replied();
        }
    }

    /** A ping waiting for its reply. */
    private record Pending(byte[] address, Listener listener) {
        boolean from(MemorySegment sockaddr) {
            long off = address.length == 4 ? 4 : 8;
            for (int i = 0; i < address.length; i++) {
                if (sockaddr.get(ValueLayout.JAVA_BYTE, off + i) != address[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One family's socket and its pings in flight, indexed by sequence number. */
    private static final class IcmpSocket {
        final boolean ipv6;
        final AtomicReferenceArray<Pending> pending = new AtomicReferenceArray<>(0x10000);
        volatile int fd = -1;
        volatile boolean raw;
        int openErrno;

        IcmpSocket(boolean ipv6) {
            this.ipv6 = ipv6;
        }

        void close(MemorySegment state) {
            if (fd >= 0) {
                Libc.close(state, fd);
                fd = -1;
            }
        }
    }
}
