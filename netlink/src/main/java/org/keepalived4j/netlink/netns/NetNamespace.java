package org.keepalived4j.netlink.netns;

import org.keepalived4j.netlink.NetlinkException;
import org.keepalived4j.netlink.ffm.Libc;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;

/**
 * Moves the calling thread into a network namespace with {@code setns(2)}. {@code setns} changes the namespace of
 * the <em>calling thread only</em>: a socket opened afterwards on that thread lives in the namespace, other
 * threads are unaffected, and the thread cannot be handed back to a pool. Never from a virtual thread: the
 * namespace would stick to whichever carrier thread ran it. Use {@link NetnsExecutor} to get a
 * dedicated thread; keepalived's {@code net_namespace} keyword needs the same mechanism.
 */
public final class NetNamespace {
    /** Where {@code ip netns add NAME} binds namespaces. */
    public static final Path RUN_DIR = Path.of("/var/run/netns");

    private NetNamespace() {
    }

    /**
     * @param name a namespace created with {@code ip netns add NAME}
     * @throws NetlinkException with the errno ({@code ENOENT}: no such namespace; {@code EPERM}: not root)
     */
    public static void enterOnCurrentThread(String name) {
        if (name.isEmpty() || name.contains("/")) {
            throw new IllegalArgumentException("invalid network namespace name '" + name + "'");
        }
        enterOnCurrentThread(RUN_DIR.resolve(name));
    }

    /**
     * @param nsFile a namespace file: {@code /var/run/netns/NAME} or {@code /proc/PID/ns/net}
     * @throws NetlinkException with the errno
     */
    public static void enterOnCurrentThread(Path nsFile) {
        if (Thread.currentThread().isVirtual()) {
            throw new IllegalStateException("setns on a virtual thread would move its carrier thread instead");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cs = Libc.allocateCallState(arena);
            int fd = Libc.open(cs, arena.allocateFrom(nsFile.toString()), Libc.O_RDONLY | Libc.O_CLOEXEC);
            if (fd < 0) {
                throw new NetlinkException("open(" + nsFile + ")", Libc.errno(cs), null);
            }
            try {
                if (Libc.setns(cs, fd, Libc.CLONE_NEWNET) < 0) {
                    throw new NetlinkException("setns(" + nsFile + ", CLONE_NEWNET)", Libc.errno(cs), null);
                }
            } finally {
                Libc.close(cs, fd);
            }
        }
    }
}
