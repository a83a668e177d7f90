package org.keepalived4j.core.log;


import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

/**
 * Sends datagrams to a local AF_UNIX datagram socket: the syslog socket ({@code /dev/log}) as syslog(3) does, and
 * systemd's {@code $NOTIFY_SOCKET} (sd_notify). Java's own sockets cannot open AF_UNIX datagram sockets, so this
 * uses java.lang.foreign. An abstract socket name starts with {@code @}.
 *
 * <p>Calls are serialised.
 */
public final class UnixDatagram implements AutoCloseable {

    private static final int AF_UNIX = 1;
    private static final int SOCK_DGRAM = 2;
    private static final int SOCK_CLOEXEC = 0x80000;
    private static final int SUN_PATH_MAX = 108;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final MethodHandle SOCKET$MH = handle("socket",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
                    ValueLayout.JAVA_INT));
    private static final MethodHandle CONNECT$MH = handle("connect",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                    ValueLayout.JAVA_INT));
    private static final MethodHandle SEND$MH = handle("send",
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS,
                    ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    private static final MethodHandle CLOSE$MH = handle("close",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    private final String path;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment buffer = arena.allocate(8192);
    private int fd = -1;

    /** A sender to the socket at {@code path} (connects lazily). */
    public UnixDatagram(String path) {
        this.path = path;
    }

    /** Sends one message; reconnects once if the socket went away (syslog daemon restarted). */
    public synchronized boolean send(String message) {
        byte[] b = message.getBytes(StandardCharsets.UTF_8);
        int len = Math.min(b.length, (int) buffer.byteSize());
        MemorySegment.copy(b, 0, buffer, ValueLayout.JAVA_BYTE, 0, len);
        for (int attempt = 0; attempt < 2; attempt++) {
            if (fd < 0 && !connect()) {
                return false;
            }
            try {
                long n = (long) SEND$MH.invokeExact(fd, buffer, (long) len, 0);
                if (n >= 0) {
                    return true;
                }
            } catch (Throwable t) {
                throw new AssertionError("send binding", t);
            }
            closeFd();
        }
        return false;
    }

    private boolean connect() {
        byte[] p = path.getBytes(StandardCharsets.UTF_8);
        if (p.length >= SUN_PATH_MAX) {
            return false;
        }
        try (Arena a = Arena.ofConfined()) {
            MemorySegment addr = a.allocate(2 + SUN_PATH_MAX);
            addr.set(ValueLayout.JAVA_SHORT, 0, (short) AF_UNIX);
            MemorySegment.copy(p, 0, addr, ValueLayout.JAVA_BYTE, 2, p.length);
            if (p.length > 0 && p[0] == '@') {
                addr.set(ValueLayout.JAVA_BYTE, 2, (byte) 0); // abstract namespace
            }
            int s = (int) SOCKET$MH.invokeExact(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
            if (s < 0) {
                return false;
            }
            int addrLen = p.length > 0 && p[0] == '@' ? 2 + p.length : 2 + p.length + 1;
            int rc = (int) CONNECT$MH.invokeExact(s, addr, addrLen);
            if (rc < 0) {
                int ignored = (int) CLOSE$MH.invokeExact(s);
                return false;
            }
            fd = s;
            return true;
        } catch (Throwable t) {
            throw new AssertionError("socket binding", t);
        }
    }

    private void closeFd() {
        if (fd >= 0) {
            try {
                int ignored = (int) CLOSE$MH.invokeExact(fd);
            } catch (Throwable t) {
                throw new AssertionError("close binding", t);
            }
            fd = -1;
        }
    }

    @Override
    public synchronized void close() {
        closeFd();
        arena.close();
    }

    private static MethodHandle handle(String name, FunctionDescriptor fd) {
        MemorySegment sym = LIBC.find(name).orElseThrow(() -> new LinkageError("libc symbol not found: " + name));
        return LINKER.downcallHandle(sym, fd);
    }
}
