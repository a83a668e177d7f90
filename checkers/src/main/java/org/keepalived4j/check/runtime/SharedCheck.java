package org.keepalived4j.check.runtime;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.keepalived4j.check.checker.CheckOutcome;
import org.keepalived4j.check.checker.Checker;
import org.keepalived4j.check.checker.CheckerLoopGroup;
import org.keepalived4j.check.checker.CheckWording;
import org.keepalived4j.check.health.CheckerState;
import org.keepalived4j.check.health.HealthSink;
import org.keepalived4j.check.health.RealServerHealth;
import org.keepalived4j.check.health.VirtualServerHealth;
import org.keepalived4j.config.model.lvs.MiscCheck;
import org.keepalived4j.config.model.lvs.PeriodicCheck;
import org.keepalived4j.config.model.lvs.PingCheck;

/**
 * One probe and its retry state, shared by every (virtual server, real server, check) that has the same
 * {@link CheckKey}: it runs one attempt at a time on the owner's loop, every {@code delay_loop} (every
 * {@code delay_before_retry} while retrying), and fans each report out to its subscribers, logging for each as
 * keepalived would for its own checker.
 */
final class SharedCheck {

    /** One user of the probe. */
    record Subscriber(VirtualServerHealth virtualServer, RealServerHealth realServer, int checkIndex) {
    }

    /** The coarsest grid a check's timer is put on. */
    static final long MAX_GRID_NS = TimeUnit.MILLISECONDS.toNanos(100);
    /** Below this no grid: the delay is used as it is. */
    static final long MIN_GRID_NS = TimeUnit.MILLISECONDS.toNanos(3);
    /** A delay is at least this many times its grid: an attempt is at most about 3% late. */
    static final long DELAYS_PER_GRID = 32;

    private final PeriodicCheck check;
    private final Checker checker;
    private final CheckerState state;
    private final EventLoop loop;
    private final HealthSink sink;
    private final Runnable afterReport;
    private final List<Subscriber> subscribers = new ArrayList<>();
    private final Runnable runTask = this::run;
    private final long delayLoopNs;
    private final long delayBeforeRetryNs;
    private final long gridLoopNs;
    private final long gridRetryNs;
    private ScheduledFuture<?> timer;
    private Future<CheckOutcome> running;
    private boolean closed;
    private boolean enabled = true;
    private long attempts;
    private CheckerLoopGroup.Stopwatch attemptStart;
    private long lastLatencyNs = -1;

    SharedCheck(PeriodicCheck check, Checker checker, EventLoop loop, HealthSink sink, Runnable afterReport) {
        this.check = check;
        this.checker = checker;
        this.state = new CheckerState(check.settings().retry(), check.settings().alpha(),
                check instanceof PingCheck);
        this.loop = loop;
        this.sink = sink;
        this.afterReport = afterReport;
        this.delayLoopNs = check.settings().delayLoop().toNanos();
        this.delayBeforeRetryNs = check.settings().delayBeforeRetry().toNanos();
        this.gridLoopNs = gridNs(delayLoopNs);
        this.gridRetryNs = gridNs(delayBeforeRetryNs);
    }

    void subscribe(Subscriber s) {
        subscribers.add(s);
    }

    List<Subscriber> subscribers() {
        return subscribers;
    }

    /** Number of attempts started (for tests and stats). */
    long attempts() {
        return attempts;
    }

    /** The retry state (for a reload to take over). */
    CheckerState state() {
        return state;
    }

    /** How long the last finished attempt took, in nanoseconds; -1 before the first. */
    long lastLatencyNs() {
        return lastLatencyNs;
    }

    /** Takes over the state of the same check in the previous configuration. */
    void migrateFrom(SharedCheck old) {
        state.copyFrom(old.state);
        lastLatencyNs = old.lastLatencyNs;
    }

    /** False while suspended by {@code ha_suspend}: the timer keeps running but no attempt is made. */
    boolean enabled() {
        return enabled;
    }

    /** Suspends or resumes the probe (keepalived's {@code checker->enabled}). */
    void enabled(boolean on) {
        this.enabled = on;
    }

    /** Schedules the first attempt after {@code initialDelayNs}. */
    void start(long initialDelayNs) {
        schedule(initialDelayNs, gridLoopNs);
    }

    /** Stops: no further attempts; a running one is ignored. */
    void close() {
        closed = true;
        if (timer != null) {
            timer.cancel(false);
        }
        if (running != null) {
            running.cancel(false);
        }
    }

    /**
     * The grid for a delay: 100 ms, halved until it is at most 1/32 of the delay (100, 50, 25, 12.5, 6.25, 3.125 ms,
     * so that a finer grid's points include the coarser ones'), or none (0) for delays under 0.1 s.
     */
    static long gridNs(long delayNs) {
        long grid = MAX_GRID_NS;
        while (grid >= MIN_GRID_NS && grid > delayNs / DELAYS_PER_GRID) {
            grid /= 2;
        }
        return grid >= MIN_GRID_NS ? grid : 0;
    }

    /** @return the delay from {@code now} to the first point of {@code gridNs} at or after {@code now + delayNs} */
    static long gridDelay(long now, long delayNs, long gridNs) {
        long d = Math.max(0, delayNs);
        return gridNs == 0 ? d : Math.ceilDiv(now + d, gridNs) * gridNs - now;
    }

    /**
     * Arms the timer {@code delayNs} from now, rounded up to the delay's grid on the loop's clock: checks that fall
     * due within the same grid step run in one wakeup of the loop. Measured in the benchmark VM, checks run in such
     * batches cost about a third less CPU each than checks run one by one (the connections' kernel work is cheaper
     * in a burst); an attempt is never early, and late by less than its grid step.
     */
    private void schedule(long delayNs, long gridNs) {
        if (!closed) {
            long d = gridNs == 0 ? Math.max(0, delayNs) : gridDelay(loop.ticker().nanoTime(), delayNs, gridNs);
            timer = loop.schedule(runTask, d, TimeUnit.NANOSECONDS);
        }
    }

    private void run() {
        if (closed) {
            return;
        }
        if (!enabled) {
            schedule(delayLoopNs, gridLoopNs); // keepalived re-arms a disabled checker
            return;
        }
        attempts++;
        attemptStart = CheckerLoopGroup.startWatch(loop); // no clock read of its own (a system call on some VMs)
        Future<CheckOutcome> f;
        try {
            f = checker.attempt(loop);
        } catch (RuntimeException e) {
            sink.log("Checker " + checker.getClass().getSimpleName() + " failed to start: " + e);
            onOutcome(CheckOutcome.failure("failed"));
            return;
        }
        running = f;
        f.addListener(done -> {
            running = null;
            if (!closed) {
                onOutcome(done.isSuccess() ? f.getNow() : CheckOutcome.failure("failed"));
            }
        });
    }

    void onOutcome(CheckOutcome outcome) {
        if (outcome.skipped()) {
            schedule(delayLoopNs, gridLoopNs);
            return;
        }
        lastLatencyNs = CheckerLoopGroup.elapsedNs(loop, attemptStart);
        CheckerState.Step step = state.onResult(outcome.success());
        boolean reported = step.report() != CheckerState.Report.NONE;
        boolean up = step.report() == CheckerState.Report.PASSED;
        long versionsBefore = versions();
        // Per subscriber, as keepalived per checker: weight, the check's line, then the state change and its lines.
        for (Subscriber s : subscribers) {
            if (check instanceof MiscCheck misc) {
                if (outcome.exitStatus() != CheckOutcome.NO_EXIT_STATUS || !outcome.success()) {
                    s.virtualServer().onMiscStatus(s.realServer(), s.checkIndex(), outcome.exitStatus(),
                            outcome.success(), !outcome.success() && !step.retryNext());
                }
                if (reported) {
                    logMisc(misc, outcome, s);
                }
            } else if (reported) {
                log(outcome, step, s);
            }
            if (reported) {
                s.virtualServer().onCheckerReport(s.realServer(), s.checkIndex(), up);
            }
        }
        if (versions() != versionsBefore) {
            afterReport.run(); // the table is rebuilt only when a virtual server changed
        }
        if (step.retryNext()) {
            schedule(delayBeforeRetryNs, gridRetryNs);
        } else {
            schedule(delayLoopNs, gridLoopNs);
        }
    }

    private long versions() {
        long sum = 0;
        for (Subscriber s : subscribers) {
            sum += s.virtualServer().version();
        }
        return sum;
    }

    private void log(CheckOutcome outcome, CheckerState.Step step, Subscriber s) {
        CheckWording wording = checker.wording();
        String rs = s.realServer().text();
        if (step.report() == CheckerState.Report.PASSED) {
            wording.successLines(rs, outcome.detail()).forEach(sink::log);
        } else {
            String line = wording.failureLine(rs, s.virtualServer().text(), step.afterRetries(), outcome.detail());
            if (line != null) {
                sink.log(line);
            }
        }
    }

    /** keepalived's {@code misc_check_child_thread} lines. */
    private void logMisc(MiscCheck misc, CheckOutcome outcome, Subscriber s) {
        String what;
        String reason = "";
        if (outcome.success()) {
            what = "succeeded";
        } else {
            long retry = misc.settings().retry();
            String after = retry == 0 ? " with retry disabled"
                    : " after " + retry + (retry == 1 ? " retry" : " retries");
            if (outcome.exitStatus() == CheckOutcome.NO_EXIT_STATUS) {
                what = outcome.detail() + after;
            } else {
                what = "failed" + after;
                reason = " (exited with status " + outcome.exitStatus() + ")";
            }
        }
        sink.log("Misc check for [" + s.realServer().text() + " VS " + s.virtualServer().text() + "] by ["
                + misc.script().program() + "] " + what + reason + ".");
    }
}
