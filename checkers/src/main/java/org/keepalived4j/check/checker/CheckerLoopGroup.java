package org.keepalived4j.check.checker;

import io.netty.channel.IoEventLoop;
import io.netty.channel.IoEventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SingleThreadIoEventLoop;
import io.netty.channel.epoll.EpollIoHandle;
import io.netty.util.concurrent.Ticker;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The checkers' event loops: Netty's, with the clock read once per wakeup, as keepalived's scheduler reads it once
 * per pass ({@code set_time_now} after {@code epoll_wait}).
 *
 * <p>A check's timers and deadlines ({@link Attempt}, the {@code delay_loop} timer, its latency) read the loop's
 * {@link Ticker} several times per attempt, and Netty's loop reads it again to run its timers: about ten clock
 * reads per check. On a machine whose clock is not readable from user space (a virtual machine on HPET, where every
 * read is a system call and a trapped device access) they cost as much as a third of the check's own system calls.
 * Here the loop's thread sees the time taken just after the loop woke up; other threads see the current time. A
 * timer set during a pass counts from the wakeup, so it fires early by what that pass has run before it (well under
 * a millisecond per check).
 */
public final class CheckerLoopGroup extends MultiThreadIoEventLoopGroup {

    /**
     * @param threads number of loops
     * @param factory their threads' factory
     * @param handler the I/O handler ({@link Transport#ioHandlerFactory()})
     */
    public CheckerLoopGroup(int threads, ThreadFactory factory, IoHandlerFactory handler) {
        super(threads, factory, handler);
    }

    /**
     * Starts timing something on {@code loop}'s thread (a check's latency) without a clock read of its own: the
     * reading is the loop's time of this wakeup, tagged with the wakeup it belongs to.
     *
     * @return a start for {@link #elapsedNs}
     */
    public static Stopwatch startWatch(io.netty.channel.EventLoop loop) {
        if (loop instanceof Loop l && l.inEventLoop()) {
            return new Stopwatch(l.clock.now, l.clock.wakeups);
        }
        return new Stopwatch(Ticker.systemTicker().nanoTime(), -1);
    }

    /**
     * The time since {@code start}, on the loop's thread: from one wakeup's time to this one's (what happened
     * between two waits is timed from the wakeup that started it to the wakeup that saw it end: exact to the work
     * done earlier in the starting pass), or, still in the same wakeup, to the current time (one clock read).
     *
     * @param loop  the loop {@code start} was taken on
     * @param start from {@link #startWatch}
     * @return nanoseconds, at least 0
     */
    public static long elapsedNs(io.netty.channel.EventLoop loop, Stopwatch start) {
        long end;
        if (start.wakeup >= 0 && loop instanceof Loop l && l.inEventLoop() && l.clock.wakeups != start.wakeup) {
            end = l.clock.now;
        } else {
            end = Ticker.systemTicker().nanoTime();
        }
        return Math.max(0, end - start.ns);
    }

    /**
     * A reading of {@link #startWatch}.
     *
     * @param ns     the time (Netty's system ticker's base)
     * @param wakeup the loop's wakeup it was taken in, or -1 off a checkers' loop
     */
    public record Stopwatch(long ns, long wakeup) {
    }

    @Override
    protected IoEventLoop newChild(Executor executor, IoHandlerFactory handler, Object... args) {
        return new Loop(this, executor, handler);
    }

    /** One loop and its clock. */
    static final class Loop extends SingleThreadIoEventLoop {
        private final WakeupClock clock = new WakeupClock();
        /** Its I/O is epoll: checks may use bare sockets ({@link EpollConnection}); asked once, not per attempt. */
        final boolean bareSockets;

        Loop(IoEventLoopGroup parent, Executor executor, IoHandlerFactory handler) {
            super(parent, executor, handler);
            this.bareSockets = isCompatible(EpollIoHandle.class);
        }

        @Override
        public Ticker ticker() {
            WakeupClock c = clock;
            return c != null ? c : Ticker.systemTicker(); // Netty's constructor asks before the field is set
        }

        @Override
        protected int runIo() {
            int handled = super.runIo();
            clock.wokeUp();
            return handled;
        }

        /**
         * Netty calls this in a loop while shutting down, sleeping between calls and timing its quiet period and
         * timeout with the ticker, without another {@link #runIo}: the time is taken anew at each call, or a shutdown
         * would wait for ever.
         */
        @Override
        protected boolean confirmShutdown() {
            clock.wokeUp();
            return super.confirmShutdown();
        }
    }

    /** The system clock, read once per wakeup for the loop's own thread. */
    static final class WakeupClock implements Ticker {
        private static final Ticker SYSTEM = Ticker.systemTicker();
        private Thread loopThread;
        private long now;
        /** Wakeups so far (read on the loop's thread only). */
        private long wakeups;

        /** Called by the loop's thread after each wait: takes the time for the pass that follows. */
        void wokeUp() {
            if (loopThread == null) {
                loopThread = Thread.currentThread();
            }
            now = SYSTEM.nanoTime();
            wakeups++;
        }

        @Override
        public long initialNanoTime() {
            return SYSTEM.initialNanoTime();
        }

        @Override
        public long nanoTime() {
            return Thread.currentThread() == loopThread ? now : SYSTEM.nanoTime();
        }

        @Override
        public void sleep(long delay, TimeUnit unit) throws InterruptedException {
            SYSTEM.sleep(delay, unit);
        }
    }
}
