package org.keepalived4j.netlink.ffm;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The libc functions the netlink module calls, bound once through {@link Linker#nativeLinker()} into
 * {@code static final} method handles (so the JIT treats them as constants).
 *
 * <p>Every call that can fail takes a <em>call-state</em> segment as its first argument; the binding is made with
 * {@link Linker.Option#captureCallState(String...) captureCallState("errno")} so the errno of exactly this call is
 * stored there, and {@link #errno(MemorySegment)} reads it back. Each socket (or each thread, for one-off calls)
 * owns its own call-state segment from {@link #allocateCallState(Arena)}: there is no shared static errno buffer,
 * which would race between threads.
 *
 * <p>The bindings return the raw C result ({@code -1} on failure); the layer above decides whether that is an
 * exception. A {@link Throwable} out of {@code invokeExact} means a binding bug and becomes an
 * {@link AssertionError}. Internal to the module: other modules use {@code NetlinkSocket} and the managers.
 */
@SuppressWarnings("restricted") // binding libc is this class's purpose; the JVM runs with --enable-native-access
public final class Libc {
    /** {@code AF_NETLINK}. */
    public static final int AF_NETLINK = 16;
    /** {@code AF_INET}. */
    public static final int AF_INET = 2;
    /** {@code AF_INET6}. */
    public static final int AF_INET6 = 10;
    /** {@code SOCK_RAW}. */
    public static final int SOCK_RAW = 3;
    /** {@code SOCK_CLOEXEC}. */
    public static final int SOCK_CLOEXEC = 0x80000;
    /** {@code SOL_SOCKET}. */
    public static final int SOL_SOCKET = 1;
    /** {@code SO_SNDBUF}. */
    public static final int SO_SNDBUF = 7;
    /** {@code SO_RCVBUF}. */
    public static final int SO_RCVBUF = 8;
    /** {@code SO_RCVBUFFORCE} (root may exceed {@code rmem_max}). */
    public static final int SO_RCVBUFFORCE = 33;
    /** {@code SOL_NETLINK}. */
    public static final int SOL_NETLINK = 270;
    /** {@code MSG_PEEK}. */
    public static final int MSG_PEEK = 0x2;
    /** {@code MSG_TRUNC}: return the real length even when it exceeds the buffer. */
    public static final int MSG_TRUNC = 0x20;
    /** {@code MSG_DONTWAIT}. */
    public static final int MSG_DONTWAIT = 0x40;
    /** {@code POLLIN}. */
    public static final short POLLIN = 0x1;
    /** {@code O_RDONLY}. */
    public static final int O_RDONLY = 0;
    /** {@code O_CLOEXEC}. */
    public static final int O_CLOEXEC = 0x80000;
    /** {@code CLONE_NEWNET} for {@code setns}. */
    public static final int CLONE_NEWNET = 0x40000000;
    /** {@code IF_NAMESIZE}, including the terminating NUL. */
    public static final int IF_NAMESIZE = 16;
    /** {@code sizeof(struct sockaddr_nl)}. */
    public static final int SOCKADDR_NL_SIZE = 12;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final StructLayout CALL_STATE_LAYOUT = Linker.Option.captureStateLayout();
    private static final VarHandle errno$vh = CALL_STATE_LAYOUT.varHandle(groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

    private static final MethodHandle socket$mh = bind("socket",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle bind$mh = bind("bind",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle setsockopt$mh = bind("setsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle getsockopt$mh = bind("getsockopt",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle getsockname$mh = bind("getsockname",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle sendto$mh = bind("sendto",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle recvfrom$mh = bind("recvfrom",
            FunctionDescriptor.of(JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS, ADDRESS));
    private static final MethodHandle poll$mh = bind("poll",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
    private static final MethodHandle close$mh = bind("close",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT));
    private static final MethodHandle open$mh = bind("open",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT));
    private static final MethodHandle setns$mh = bind("setns",
            FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
    private static final MethodHandle if_nametoindex$mh = bind("if_nametoindex",
            FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle if_indextoname$mh = bind("if_indextoname",
            FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
    private static final MethodHandle getpid$mh = LINKER.downcallHandle(find("getpid"),
            FunctionDescriptor.of(JAVA_INT));

    private Libc() {
    }

    private static MemorySegment find(String name) {
        return LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new LinkageError("libc symbol not found: " + name));
    }

    private static MethodHandle bind(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(find(name), descriptor, CAPTURE_ERRNO);
    }

    /**
     * Allocates a call-state segment to pass as the first argument of the calls below.
     *
     * @param arena the owner's arena (the socket's, or a call-scoped confined one)
     * @return a zeroed segment of {@link Linker.Option#captureStateLayout()}
     */
    public static MemorySegment allocateCallState(Arena arena) {
        return arena.allocate(CALL_STATE_LAYOUT);
    }

    /**
     * @param callState the segment passed to the last failing call
     * @return the errno that call left
     */
    public static int errno(MemorySegment callState) {
        return (int) errno$vh.get(callState, 0L);
    }

    /** {@code int socket(int domain, int type, int protocol)}. */
    public static int socket(MemorySegment callState, int domain, int type, int protocol) {
        try {
            return (int) socket$mh.invokeExact(callState, domain, type, protocol);
        } catch (Throwable t) {
            throw new AssertionError("socket binding", t);
        }
    }

    /** {@code int bind(int fd, const struct sockaddr *addr, socklen_t len)}. */
    public static int bind(MemorySegment callState, int fd, MemorySegment addr, int len) {
        try {
            return (int) bind$mh.invokeExact(callState, fd, addr, len);
        } catch (Throwable t) {
            throw new AssertionError("bind binding", t);
        }
    }

    /** {@code int setsockopt(int fd, int level, int name, const void *value, socklen_t len)}. */
    public static int setsockopt(MemorySegment callState, int fd, int level, int name, MemorySegment value,
                                 int len) {
        try {
            return (int) setsockopt$mh.invokeExact(callState, fd, level, name, value, len);
        } catch (Throwable t) {
            throw new AssertionError("setsockopt binding", t);
        }
    }

    /** {@code int getsockopt(int fd, int level, int name, void *value, socklen_t *len)}. */
    public static int getsockopt(MemorySegment callState, int fd, int level, int name, MemorySegment value,
                                 MemorySegment lenPtr) {
        try {
            return (int) getsockopt$mh.invokeExact(callState, fd, level, name, value, lenPtr);
        } catch (Throwable t) {
            throw new AssertionError("getsockopt binding", t);
        }
    }

    /** {@code int getsockname(int fd, struct sockaddr *addr, socklen_t *len)}. */
    public static int getsockname(MemorySegment callState, int fd, MemorySegment addr, MemorySegment lenPtr) {
        try {
            return (int) getsockname$mh.invokeExact(callState, fd, addr, lenPtr);
        } catch (Throwable t) {
            throw new AssertionError("getsockname binding", t);
        }
    }

    /** {@code ssize_t sendto(int fd, const void *buf, size_t len, int flags, const struct sockaddr *to, socklen_t)}. */
    public static long sendto(MemorySegment callState, int fd, MemorySegment buf, long len, int flags,
                              MemorySegment to, int toLen) {
        try {
            return (long) sendto$mh.invokeExact(callState, fd, buf, len, flags, to, toLen);
        } catch (Throwable t) {
            throw new AssertionError("sendto binding", t);
        }
    }

    /** {@code ssize_t recvfrom(int fd, void *buf, size_t len, int flags, struct sockaddr *from, socklen_t *len)}. */
    public static long recvfrom(MemorySegment callState, int fd, MemorySegment buf, long len, int flags,
                                MemorySegment from, MemorySegment fromLenPtr) {
        try {
            return (long) recvfrom$mh.invokeExact(callState, fd, buf, len, flags, from, fromLenPtr);
        } catch (Throwable t) {
            throw new AssertionError("recvfrom binding", t);
        }
    }

    /** {@code int poll(struct pollfd *fds, nfds_t n, int timeoutMs)}. */
    public static int poll(MemorySegment callState, MemorySegment fds, long n, int timeoutMs) {
        try {
            return (int) poll$mh.invokeExact(callState, fds, n, timeoutMs);
        } catch (Throwable t) {
            throw new AssertionError("poll binding", t);
        }
    }

    /** {@code int close(int fd)}. */
    public static int close(MemorySegment callState, int fd) {
        try {
            return (int) close$mh.invokeExact(callState, fd);
        } catch (Throwable t) {
            throw new AssertionError("close binding", t);
        }
    }

    /** {@code int open(const char *path, int flags)} (no mode: never with {@code O_CREAT}). */
    public static int open(MemorySegment callState, MemorySegment path, int flags) {
        try {
            return (int) open$mh.invokeExact(callState, path, flags);
        } catch (Throwable t) {
            throw new AssertionError("open binding", t);
        }
    }

    /** {@code int setns(int fd, int nstype)}: moves the <em>calling thread</em> into a namespace. */
    public static int setns(MemorySegment callState, int fd, int nsType) {
        try {
            return (int) setns$mh.invokeExact(callState, fd, nsType);
        } catch (Throwable t) {
            throw new AssertionError("setns binding", t);
        }
    }

    /** {@code unsigned if_nametoindex(const char *name)}; {@code 0} when absent (errno {@code ENODEV}). */
    public static int ifNameToIndex(MemorySegment callState, MemorySegment name) {
        try {
            return (int) if_nametoindex$mh.invokeExact(callState, name);
        } catch (Throwable t) {
            throw new AssertionError("if_nametoindex binding", t);
        }
    }

    /** {@code char *if_indextoname(unsigned index, char *buf)}; NULL when absent (errno {@code ENXIO}). */
    public static MemorySegment ifIndexToName(MemorySegment callState, int index, MemorySegment buf) {
        try {
            return (MemorySegment) if_indextoname$mh.invokeExact(callState, index, buf);
        } catch (Throwable t) {
            throw new AssertionError("if_indextoname binding", t);
        }
    }

    /** {@code pid_t getpid(void)}; cannot fail. */
    public static int getpid() {
        try {
            return (int) getpid$mh.invokeExact();
        } catch (Throwable t) {
            throw new AssertionError("getpid binding", t);
        }
    }
}
