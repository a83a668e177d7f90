package org.keepalived4j.check.ipvs;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.keepalived4j.netlink.ipvs.IpvsException;
import org.keepalived4j.netlink.ipvs.IpvsTable;
import org.keepalived4j.netlink.ipvs.IpvsTimeouts;

/**
 * The thread that owns the kernel's IPVS table (role {@code "ipvs"}): it opens the table, runs the
 * {@link IpvsReconciler} and the {@link SyncDaemonControl}, and re-reads the kernel every
 * {@link IpvsSettings#resyncInterval()}. Netlink calls block, so they never run on the checkers' event loop: that
 * loop hands tables over with {@link #submit}, which coalesces (only the newest pending table is applied).
 *
 * <p>Without IPVS (no {@code IPVS} generic netlink family, no socket) it logs keepalived's one line
 * ({@code IPVS: Can't initialize ipvs: ...}) and stays inert; everything else keeps running, as keepalived's VRRP
 * process does when its checker process gives up.
 *
 * <p>Start-up order (keepalived's {@code start_check}): {@code lvs_timeouts}, the sync daemon, {@code lvs_flush},
 * then the first table. The table is opened only when IPVS is needed: at start with a sync daemon, otherwise with
 * the first desired table that has services. Stop: services per {@code lvs_flush_on_stop} (unless {@code -I}), the sync daemon, the
 * timeouts put back as they were, the socket closed.
 */
public final class IpvsAgent implements AutoCloseable {

    private static final long CLOSE_WAIT_SECONDS = 30;

    private final Supplier<IpvsTable> factory;
    private final IpvsLog log;
    private final ScheduledExecutorService executor;
    private IpvsSettings settings;
    private IpvsTable table;
    private IpvsReconciler reconciler;
    private SyncDaemonControl sync;
    private IpvsTimeouts originalTimeouts;
    private ScheduledFuture<?> resyncTask;
    private DesiredIpvsTable pending;
    private boolean applyQueued;
    private boolean inert;
    private boolean started;
    private boolean closed;

    /**
     * @param factory  opens the table; called once, on the agent's thread (a {@code GenlIpvsTable} belongs to the
     *                 thread that opened it)
     * @param log      where lines go
     * @param settings the global settings
     */
    public IpvsAgent(Supplier<IpvsTable> factory, IpvsLog log, IpvsSettings settings) {
        this.factory = Objects.requireNonNull(factory, "factory");
        this.log = Objects.requireNonNull(log, "log");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ipvs");
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens the table and applies the start-up settings (asynchronously; see {@link #awaitIdle()}). */
    public void start() {
        executor.execute(this::doStart);
    }

    /** Hands over a new desired table; applied soon, on the agent's thread. Callable from any thread. */
    public void submit(DesiredIpvsTable desired) {
        Objects.requireNonNull(desired, "desired");
        synchronized (this) {
            pending = desired;
            if (applyQueued) {
                return;
            }
            applyQueued = true;
        }
        executor.execute(this::applyPending);
    }

    /**
     * The VRRP instance named in {@code lvs_sync_daemon} changed state (the daemon calls this from its VRRP thread).
     *
     * @param isMaster true on MASTER, false on BACKUP or FAULT
     */
    public void vrrpState(boolean isMaster) {
        executor.execute(() -> {
            if (sync != null) {
                sync.vrrpState(isMaster);
            }
        });
    }

    /**
     * New global settings after a reload: timeouts and sync daemon are changed if theirs differ
     * ({@code lvs_flush} does not apply on reload, as in keepalived).
     */
    public void reconfigure(IpvsSettings next) {
        Objects.requireNonNull(next, "next");
        executor.execute(() -> doReconfigure(next));
    }

    /** Re-reads the kernel now (also done every {@link IpvsSettings#resyncInterval()}). */
    public void resyncNow() {
        executor.execute(this::resync);
    }

    /**
     * Runs {@code query} on the agent's thread with the reconciler (null when IPVS is unavailable) and waits.
     *
     * @return its result
     */
    public <T> T query(Function<IpvsReconciler, T> query) {
        try {
            return CompletableFuture.supplyAsync(() -> query.apply(reconciler), executor)
                    .get(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the ipvs thread", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("ipvs thread: " + e.getMessage(), e);
        }
    }

    /** Waits until every task handed over so far has run. */
    public void awaitIdle() {
        query(r -> Boolean.TRUE);
    }

    /** True once start-up found no IPVS: the agent does nothing. */
    public boolean inert() {
        return query(r -> inert);
    }

    /** Stops: releases entries per the settings, stops the sync daemon, restores the timeouts, closes the socket. */
    @Override
    public void close() {
        if (executor.isShutdown()) {
            return;
        }
        executor.execute(this::doClose);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.error("IPVS: the ipvs thread did not stop within " + CLOSE_WAIT_SECONDS + " s");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }

    // ---- on the agent's thread ----

    private void doStart() {
        started = true;
        if (settings.syncDaemon() != null) {
            open();
        }
    }

    /**
     * Opens the table the first time IPVS is needed: at start with a sync daemon, else with the first table that
     * has services (keepalived starts no checker process, hence touches no IPVS, without virtual servers).
     */
    private void open() {
        if (reconciler != null || inert || closed) {
            return;
        }
        try {
            table = factory.get();
        } catch (IpvsException e) {
            inert = true;
            log.error(e.getMessage());
            return;
        }
        reconciler = new IpvsReconciler(table, log);
        setTimeouts(settings.timeouts());
        if (settings.syncDaemon() != null) {
            sync = new SyncDaemonControl(table, log, settings.syncDaemon(), settings.syncFollowsVrrp());
            sync.start();
        }
        if (settings.flushAtStart()) {
            reconciler.flush();
        }
        scheduleResync();
    }

    private void scheduleResync() {
        long ns = settings.resyncInterval().toNanos();
        resyncTask = executor.scheduleWithFixedDelay(this::resync, ns, ns, TimeUnit.NANOSECONDS);
    }

    private void applyPending() {
        DesiredIpvsTable next;
        synchronized (this) {
            next = pending;
            pending = null;
            applyQueued = false;
        }
        if (next == null || !started || closed) {
            return;
        }
        if (reconciler == null && !next.services().isEmpty()) {
            open();
        }
        if (reconciler == null) {
            return;
        }
        guard("apply", () -> reconciler.apply(next));
    }

    private void resync() {
        if (reconciler == null || closed) {
            return;
        }
        guard("resync", () -> {
            reconciler.resync();
            IpvsTimeouts want = settings.timeouts();
            if (want != null && !matches(table.timeouts(), want)) {
                log.info("IPVS: connection timeouts were changed behind our back; restoring them");
                setTimeouts(want);
            }
        });
    }

    private void doReconfigure(IpvsSettings next) {
        IpvsSettings previous = settings;
        settings = next;
        if (reconciler == null) {
            if (started && next.syncDaemon() != null) {
                open();
            }
            return;
        }
        if (!java.util.Objects.equals(previous.timeouts(), next.timeouts())) {
            setTimeouts(next.timeouts() != null ? next.timeouts() : originalTimeouts);
        }
        if (!java.util.Objects.equals(previous.syncDaemon(), next.syncDaemon())
                || previous.syncFollowsVrrp() != next.syncFollowsVrrp()) {
            if (sync != null) {
                sync.stop();
                sync = null;
            }
            if (next.syncDaemon() != null) {
                sync = new SyncDaemonControl(table, log, next.syncDaemon(), next.syncFollowsVrrp());
                sync.start();
            }
        }
        if (!previous.resyncInterval().equals(next.resyncInterval())) {
            resyncTask.cancel(false);
            scheduleResync();
        }
    }

    private void doClose() {
        closed = true;
        if (reconciler == null) {
            return;
        }
        if (resyncTask != null) {
            resyncTask.cancel(false);
        }
        guard("stop", () -> {
            if (settings.releaseOnStop()) {
                reconciler.release(settings.flushOnStop());
            }
            if (sync != null) {
                sync.stop();
            }
            if (originalTimeouts != null) {
                setTimeouts(originalTimeouts);
            }
        });
        table.close();
    }

    private void setTimeouts(IpvsTimeouts want) {
        if (want == null) {
            return;
        }
        try {
            if (originalTimeouts == null) {
                originalTimeouts = table.timeouts();
            }
            table.setTimeouts(want);
        } catch (IpvsException e) {
            log.error(e.getMessage());
            log.info("Failed to set ipvs timeouts");
        }
    }

    private static boolean matches(IpvsTimeouts actual, IpvsTimeouts want) {
        return (want.tcpSeconds() == 0 || want.tcpSeconds() == actual.tcpSeconds())
                && (want.tcpFinSeconds() == 0 || want.tcpFinSeconds() == actual.tcpFinSeconds())
                && (want.udpSeconds() == 0 || want.udpSeconds() == actual.udpSeconds());
    }

    /** Runs a step; an unexpected failure is logged, never lost, and the agent goes on. */
    private void guard(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            log.error("IPVS: " + what + " failed: " + e);
        }
    }
}
