package org.keepalived4j.vrrp.track;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code vrrp_script}s without a shell, each on a virtual thread of its own, as keepalived's
 * {@code system_call_script}: the exit status decides (0 success), a script outliving its timeout gets SIGTERM,
 * then SIGKILL 2 s later (with its descendants), and counts as failed ("timed_out"). Never blocks the caller.
 */
public final class ScriptRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ScriptRunner.class);
    private static final long KILL_GRACE_MS = 2_000;

    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("vrrp-script-", 0).factory());

    /** How one run ended. */
    public enum Outcome {
        /** Exit status 0. */
        SUCCEEDED,
        /** Non-zero exit, killed by a signal, or not startable. */
        FAILED,
        /** Killed after its timeout. */
        TIMED_OUT;

        /** Whether the run counts as a success. */
        public boolean success() {
            return this == SUCCEEDED;
        }
    }

    /**
     * Starts {@code argv}.
     *
     * @param name    the vrrp_script name, for log lines
     * @param argv    the command (no shell); empty means refused, which fails
     * @param timeout how long it may run
     * @return completes with the outcome (and the exit status in the log)
     */
    public CompletableFuture<Outcome> run(String name, List<String> argv, Duration timeout) {
        CompletableFuture<Outcome> f = new CompletableFuture<>();
        if (argv.isEmpty()) {
            f.complete(Outcome.FAILED);
            return f;
        }
        try {
            executor.execute(() -> f.complete(runNow(name, argv, timeout)));
        } catch (RejectedExecutionException e) {
            f.complete(Outcome.FAILED);
        }
        return f;
    }

    private static Outcome runNow(String name, List<String> argv, Duration timeout) {
        Process p;
        try {
            p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        } catch (IOException e) {
            LOG.error("VRRP_Script({}) cannot exec {}: {}", name, argv.getFirst(), e.getMessage());
            return Outcome.FAILED;
        }
        try {
            if (p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return p.exitValue() == 0 ? Outcome.SUCCEEDED : Outcome.FAILED;
            }
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            if (!p.waitFor(KILL_GRACE_MS, TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
            return Outcome.TIMED_OUT;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return Outcome.FAILED;
        }
    }

    /** Stops starting scripts; running ones are killed. */
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
