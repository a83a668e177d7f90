package org.keepalived4j.vrrp.runtime;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.keepalived4j.vrrp.state.NotifyScripts;
import org.keepalived4j.vrrp.state.VrrpState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs notify scripts off the VRRP thread, without a shell, as keepalived's {@code notify_exec} /
 * {@code system_call_script}: each on its own thread, concurrently, killed (with its descendants) when it outlives
 * the timeout (keepalived gives notify scripts one second, {@code TIMER_HZ}).
 *
 * <table>
 * <caption>What runs on a transition</caption>
 * <tr><th>Script</th><th>Arguments</th></tr>
 * <tr><td>{@code notify_master|backup|fault|stop}</td><td>as configured</td></tr>
 * <tr><td>{@code notify}</td><td>as configured, then {@code INSTANCE name state priority} or
 *     {@code GROUP name state 0}</td></tr>
 * </table>
 */
public final class NotifyRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NotifyRunner.class);
    /** keepalived's notify script timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);

    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("notify-", 0).factory());
    private final Duration timeout;
    private final AtomicLong failures = new AtomicLong();
    private final List<StateObserver> observers = new CopyOnWriteArrayList<>();

    /**
     * Sees every instance and group transition the scripts are run for (notify_fifo, smtp_alert, metrics), on the
     * VRRP thread: it must not block.
     */
    @FunctionalInterface
    public interface StateObserver {
        /**
         * @param group    true for a {@code vrrp_sync_group}, false for an instance
         * @param name     the instance or group name
         * @param state    the state entered
         * @param priority the instance's effective priority (0 for a group)
         */
        void stateChanged(boolean group, String name, VrrpState state, int priority);
    }

    /** A runner with keepalived's one second timeout. */
    public NotifyRunner() {
        this(DEFAULT_TIMEOUT);
    }

    /** A runner killing scripts after {@code timeout}. */
    public NotifyRunner(Duration timeout) {
        this.timeout = timeout;
    }

    /** Adds an observer of every transition. */
    public void addObserver(StateObserver observer) {
        observers.add(observer);
    }

    /** An instance entered {@code state}: runs its state script, then {@code notify} with the four arguments. */
    public void instanceState(NotifyScripts scripts, String instanceName, VrrpState state, int priority) {
        submit(scripts.forState(state));
        submit(withArgs(scripts.any(), "INSTANCE", instanceName, state, priority));
        observe(false, instanceName, state, priority);
    }

    /** A sync group entered {@code state}. */
    public void groupState(NotifyScripts scripts, String groupName, VrrpState state) {
        submit(scripts.forState(state));
        submit(withArgs(scripts.any(), "GROUP", groupName, state, 0));
        observe(true, groupName, state, 0);
    }

    private void observe(boolean group, String name, VrrpState state, int priority) {
        for (StateObserver o : observers) {
            try {
                o.stateChanged(group, name, state, priority);
            } catch (RuntimeException e) {
                LOG.error("state observer failed for {} {}: {}", name, state.word(), e.toString());
            }
        }
    }

    /** Scripts that failed to start, exited non-zero or timed out. */
    public long failures() {
        return failures.get();
    }

    private static List<String> withArgs(List<String> argv, String type, String name, VrrpState state, int prio) {
        if (argv.isEmpty()) {
            return argv;
        }
        List<String> all = new ArrayList<>(argv);
        all.add(type);
        all.add(name);
        all.add(state.word());
        all.add(Integer.toString(prio));
        return all;
    }

    /** Runs {@code argv} (no shell) on a notify thread; empty means nothing to run. */
    public void submit(List<String> argv) {
        if (argv.isEmpty()) {
            return;
        }
        try {
            executor.execute(() -> run(argv));
        } catch (RejectedExecutionException e) {
            failures.incrementAndGet();
            LOG.warn("notify script {} not run: notify runner stopped", argv.getFirst());
        }
    }

    private void run(List<String> argv) {
        Process p;
        try {
            p = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            failures.incrementAndGet();
            LOG.error("Error exec-ing command '{}': {}", argv.getFirst(), e.getMessage());
            return;
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                failures.incrementAndGet();
                LOG.warn("Process {} (pid {}) timed out after {} ms - killing", argv.getFirst(), p.pid(),
                        timeout.toMillis());
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            } else if (p.exitValue() != 0) {
                failures.incrementAndGet();
                LOG.info("Script {} exited with status {}", argv.getFirst(), p.exitValue());
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Stops accepting scripts and waits briefly for running ones. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(timeout.toMillis() + 500, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
