package org.keepalived4j.check.checker;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.Promise;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.keepalived4j.config.model.lvs.MiscCheck;

/**
 * {@code MISC_CHECK} (keepalived's {@code check_misc.c}): runs {@code misc_path} without a shell (its words as the
 * config split them) and judges the exit status: 0 passes; with {@code misc_dynamic} 2-255 pass too and set the real
 * server's weight to status - 2 (see {@link CheckOutcome#exitStatus()}); anything else fails.
 *
 * <p>The process is started on the given process executor (fork/exec can block), its exit is awaited without a
 * thread ({@link Process#onExit()}), and {@code misc_timeout} is a timer on the event loop: when it fires the script
 * and its descendants get SIGTERM, then SIGKILL two seconds later, and the attempt fails as "timed out". Output is
 * discarded. The script runs as its {@code user}/{@code group}, else {@code script_user} ({@link ScriptUser}).
 */
public final class MiscChecker implements Checker {

    /** How long a script has after SIGTERM before SIGKILL. */
    static final Duration KILL_GRACE = Duration.ofSeconds(2);

    private final MiscCheck check;
    private final Executor processExecutor;
    private final ScriptUser scriptUser;

    /**
     * @param check           the MISC_CHECK block
     * @param processExecutor where processes are started (not an event loop)
     */
    public MiscChecker(MiscCheck check, Executor processExecutor) {
        this(check, processExecutor, ScriptUser.asThisProcess());
    }

    /**
     * @param check           the MISC_CHECK block
     * @param processExecutor where processes are started (not an event loop)
     * @param scriptUser      whom scripts run as
     */
    public MiscChecker(MiscCheck check, Executor processExecutor, ScriptUser scriptUser) {
        this.check = Objects.requireNonNull(check, "check");
        this.processExecutor = Objects.requireNonNull(processExecutor, "processExecutor");
        this.scriptUser = Objects.requireNonNull(scriptUser, "scriptUser");
    }

    @Override
    public Future<CheckOutcome> attempt(EventLoop loop) {
        Promise<CheckOutcome> promise = loop.newPromise();
        try {
            processExecutor.execute(() -> start(loop, promise));
        } catch (RejectedExecutionException e) {
            promise.trySuccess(CheckOutcome.failure("failed (process executor is shut down)"));
        }
        return promise;
    }

    private void start(EventLoop loop, Promise<CheckOutcome> promise) {
        Process process;
        try {
            process = new ProcessBuilder(scriptUser.command(check.script()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
        } catch (IOException | RuntimeException e) {
            // keepalived's child exits 127 when exec fails; report the same status.
            promise.trySuccess(judge(127, false));
            return;
        }
        loop.execute(() -> watch(loop, process, promise));
    }

    private void watch(EventLoop loop, Process process, Promise<CheckOutcome> promise) {
        io.netty.util.concurrent.ScheduledFuture<?> timeout = loop.schedule(() -> {
            if (!process.isAlive()) {
                return;
            }
            promise.trySuccess(judge(-1, true));
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            loop.schedule(() -> {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }, KILL_GRACE.toNanos(), TimeUnit.NANOSECONDS);
        }, Math.max(1, check.timeout().toNanos()), TimeUnit.NANOSECONDS);
        process.onExit().thenAccept(p -> loop.execute(() -> {
            timeout.cancel(false);
            promise.trySuccess(judge(p.exitValue(), false));
        }));
    }

    /** The outcome for an exit status (or a timeout). */
    CheckOutcome judge(int status, boolean timedOut) {
        if (timedOut) {
            return new CheckOutcome(false, "timed out", CheckOutcome.NO_EXIT_STATUS);
        }
        boolean ok = status == 0 || (check.dynamic() && status >= 2 && status <= 255);
        return new CheckOutcome(ok, ok ? "succeeded" : "failed", status);
    }

    @Override
    public CheckWording wording() {
        return CheckWording.MISC;
    }
}
