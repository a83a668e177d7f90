package org.keepalived4j.vrrp.runtime;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Blocks the VRRP thread until a packet fd is readable, another thread calls {@link #wakeup()}, or the timeout
 * passes: {@code ppoll(2)} with nanosecond timeouts over the {@link PacketIo#pollFd()}s and an {@code eventfd(2)}.
 * No spinning, no allocation per wait (the pollfd array and timespec are allocated once).
 */
public final class Poller implements AutoCloseable {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle PPOLL = downcall("ppoll", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    private static final MethodHandle EVENTFD = downcall("eventfd", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle READ = downcall("read", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    private static final MethodHandle WRITE = downcall("write", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    private static final MethodHandle CLOSE = downcall("close", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT));
    private static final int EFD_NONBLOCK = 0x800;
    private static final int EFD_CLOEXEC = 0x80000;
    private static final short POLLIN = 1;
    /** Longest single wait, so that a lost wakeup can never park the thread for long. */
    public static final long MAX_WAIT_US = 1_000_000L;

    private final Arena arena = Arena.ofShared();
    private final MemorySegment timespec;
    private final MemorySegment readBuf;
    private final MemorySegment wakeBuf;
    private final int eventFd;
    private MemorySegment pollFds;
    private int count;

    /** Polls {@code fds} (entries below 0 are skipped) and a private eventfd. */
    public Poller(int[] fds) {
        try {
            eventFd = (int) EVENTFD.invokeExact(0, EFD_NONBLOCK | EFD_CLOEXEC);
        } catch (Throwable t) {
            throw new AssertionError("eventfd binding", t);
        }
        if (eventFd < 0) {
            throw new IllegalStateException("eventfd failed");
        }
        updateFds(fds);
        timespec = arena.allocate(16, 8);
        readBuf = arena.allocate(8, 8);
        wakeBuf = arena.allocate(8, 8);
        wakeBuf.set(ValueLayout.JAVA_LONG, 0, 1L);
    }

    /**
     * Polling thread only: replaces the polled fds (entries below 0 skipped), e.g. after a reload added or removed
     * an interface. Rare: a larger set is allocated from the poller's arena and kept until {@link #close()}.
     */
    public void updateFds(int[] fds) {
        int n = 1;
        for (int fd : fds) {
            n += fd >= 0 ? 1 : 0;
        }
        if (pollFds == null || pollFds.byteSize() < 8L * n) {
            pollFds = arena.allocate(8L * n, 8);
        }
        int i = 0;
        setFd(i++, eventFd);
        for (int fd : fds) {
            if (fd >= 0) {
                setFd(i++, fd);
            }
        }
        count = n;
    }

    private void setFd(int i, int fd) {
        pollFds.set(ValueLayout.JAVA_INT, 8L * i, fd);
        pollFds.set(ValueLayout.JAVA_SHORT, 8L * i + 4, POLLIN);
        pollFds.set(ValueLayout.JAVA_SHORT, 8L * i + 6, (short) 0);
    }

    /** Waits at most {@code timeoutUs} (capped at {@link #MAX_WAIT_US}); returns early on a packet or wakeup. */
    public void await(long timeoutUs) {
        long us = Math.max(0, Math.min(timeoutUs, MAX_WAIT_US));
        timespec.set(ValueLayout.JAVA_LONG, 0, us / 1_000_000L);
        timespec.set(ValueLayout.JAVA_LONG, 8, (us % 1_000_000L) * 1_000L);
        int r;
        try {
            r = (int) PPOLL.invokeExact(pollFds, (long) count, timespec, MemorySegment.NULL);
        } catch (Throwable t) {
            throw new AssertionError("ppoll binding", t);
        }
        if (r > 0 && (pollFds.get(ValueLayout.JAVA_SHORT, 6) & POLLIN) != 0) {
            try {
                long ignored = (long) READ.invokeExact(eventFd, readBuf, 8L);
            } catch (Throwable t) {
                throw new AssertionError("read binding", t);
            }
        }
    }

    /** Any thread: makes the current or next {@link #await} return at once. */
    public void wakeup() {
        try {
            long ignored = (long) WRITE.invokeExact(eventFd, wakeBuf, 8L);
        } catch (Throwable t) {
            throw new AssertionError("write binding", t);
        }
    }

    @Override
    public void close() {
        try {
            int ignored = (int) CLOSE.invokeExact(eventFd);
        } catch (Throwable t) {
            throw new AssertionError("close binding", t);
        }
        arena.close();
    }

    static MethodHandle downcall(String name, FunctionDescriptor fd) {
        MemorySegment symbol = LINKER.defaultLookup().find(name)
                .orElseThrow(() -> new LinkageError("libc symbol not found: " + name));
        return LINKER.downcallHandle(symbol, fd);
    }
}
