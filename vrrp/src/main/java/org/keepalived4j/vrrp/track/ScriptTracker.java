package org.keepalived4j.vrrp.track;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.keepalived4j.vrrp.bind.TrackEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code vrrp_script}: run every {@code interval} (a run still going is not started twice, as keepalived),
 * its outcome fed to the rise/fall {@link ScriptState} on the tracker thread, the hub told when the state changes.
 * Tracker thread only.
 */
final class ScriptTracker {
    private static final Logger LOG = LoggerFactory.getLogger(ScriptTracker.class);

    final TrackEntry.Script spec;
    final ScriptState state;
    private final ScheduledExecutorService exec;
    private final ScriptRunner runner;
    private final Runnable onChange;
    private ScheduledFuture<?> schedule;
    private boolean running;
    private boolean ranOnce;
    private ScriptRunner.Outcome lastOutcome;

    ScriptTracker(TrackEntry.Script spec, ScheduledExecutorService exec, ScriptRunner runner, Runnable onChange) {
        this.spec = spec;
        this.state = new ScriptState(spec.rise(), spec.fall(), spec.initFail());
        this.exec = exec;
        this.runner = runner;
        this.onChange = onChange;
    }

    /** Starts the periodic runs, the first at once. */
    void start() {
        if (spec.argv().isEmpty()) {
            LOG.warn("VRRP_Script({}) is not run (refused by script security or without a runnable user)",
                    spec.name());
        }
        schedule = exec.scheduleAtFixedRate(this::tick, 0, Math.max(1, spec.interval().toMillis()),
                TimeUnit.MILLISECONDS);
    }

    private void tick() {
        if (running) {
            return;
        }
        running = true;
        runner.run(spec.name(), spec.argv(), spec.timeout())
                .thenAcceptAsync(this::completed, exec);
    }

    private void completed(ScriptRunner.Outcome outcome) {
        running = false;
        ranOnce = true;
        if (outcome != lastOutcome && outcome == ScriptRunner.Outcome.TIMED_OUT) {
            LOG.info("VRRP_Script({}) timed out", spec.name());
        }
        lastOutcome = outcome;
        if (state.onResult(outcome.success())) {
            LOG.info("VRRP_Script({}) {}", spec.name(), outcome.success() ? "succeeded"
                    : outcome == ScriptRunner.Outcome.TIMED_OUT ? "timed_out" : "failed");
            onChange.run();
        }
    }

    /** Whether the script completed at least one run. */
    boolean ranOnce() {
        return ranOnce;
    }

    /** Stops the periodic runs (a running script finishes on its own). */
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
