package org.keepalived4j.vrrp.track;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.keepalived4j.netlink.rtnl.Link;
import org.keepalived4j.netlink.rtnl.RtnlEvent;
import org.keepalived4j.vrrp.bind.TrackEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns every tracked object on one thread ("vrrp-track") and keeps, per instance, the total keepalived derives
 * from them ({@link TrackWeights}): how many are in fault and what they add to the priority. When a total changes
 * it is published ({@link #current}) and handed to the {@link Sink}, which offers it to the VRRP thread's command
 * queue: the VRRP thread never waits for a tracker, and a slow script only delays its own result.
 *
 * <table>
 * <caption>Sources</caption>
 * <tr><td>{@code track_interface}</td><td>{@link #setLinks} and {@link #onLinkEvent} (rtnetlink): usable means
 *     IFF_UP and IFF_RUNNING; a missing interface is down</td></tr>
 * <tr><td>{@code track_script}</td><td>{@link ScriptTracker}: runs on {@link ScriptRunner}'s threads</td></tr>
 * <tr><td>{@code track_file}</td><td>polled every {@link Settings#filePoll()}</td></tr>
 * <tr><td>{@code track_process}</td><td>{@code /proc} scanned every {@link Settings#processScan()}</td></tr>
 * </table>
 */
public final class TrackerHub implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrackerHub.class);

    /** Where totals go: the VRRP agent's {@code trackerChanged}. Called on the tracker thread; must not block. */
    @FunctionalInterface
    public interface Sink {
        /** The total of {@code instance} changed. */
        void trackerChanged(String instance, int faults, int priorityDelta);
    }

    /**
     * One instance's total.
     *
     * @param faults        tracked objects in fault
     * @param priorityDelta sum of the weights that apply
     */
    public record Total(int faults, int priorityDelta) {
        /** Nothing tracked, or nothing failed. */
        public static final Total ZERO = new Total(0, 0);
    }

    /**
     * Polling periods.
     *
     * @param filePoll    how often track files are read
     * @param processScan how often {@code /proc} is scanned
     * @param procRoot    the proc file system
     */
    public record Settings(Duration filePoll, Duration processScan, Path procRoot) {
        /** 250 ms file polling, 1 s process scans, {@code /proc}. */
        public static final Settings DEFAULTS = new Settings(Duration.ofMillis(250), Duration.ofSeconds(1),
                Path.of("/proc"));
    }

    private final ScheduledExecutorService exec;
    private final ScriptRunner runner;
    private final Sink sink;
    private final Settings settings;
    private final Map<String, Total> published = new ConcurrentHashMap<>();
    private final Map<String, ScriptTracker> scripts = new HashMap<>();
    private final Map<String, ProcessTracker> processes = new HashMap<>();
    private final Map<String, Long> fileValues = new HashMap<>();
    private final Map<String, TrackEntry.File> files = new HashMap<>();
    private final Map<String, Boolean> links = new HashMap<>();
    private Map<String, List<TrackEntry>> byInstance = Map.of();
    private boolean linksKnown;
    private ScheduledFuture<?> filePoll;
    private ScheduledFuture<?> processScan;

    /**
     * @param sink     where totals go
     * @param runner   runs scripts
     * @param settings polling periods
     */
    public TrackerHub(Sink sink, ScriptRunner runner, Settings settings) {
        this.sink = sink;
        this.runner = runner;
        this.settings = settings;
        this.exec = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().name("vrrp-track")
                .daemon(true).unstarted(r));
    }

    /**
     * Sets what each instance tracks (at start and on every reload): trackers no longer referenced stop, new ones
     * start, unchanged ones keep their state. Track files get their {@code init_file} values. Waits until applied.
     */
    public void configure(Map<String, List<TrackEntry>> tracking) {
        Map<String, List<TrackEntry>> copy = new LinkedHashMap<>();
        tracking.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        onThread(() -> apply(copy));
    }

    private void apply(Map<String, List<TrackEntry>> tracking) {
        byInstance = tracking;
        Map<String, TrackEntry> wanted = new LinkedHashMap<>();
        tracking.values().forEach(l -> l.forEach(e -> wanted.putIfAbsent(e.key(), e)));
        scripts.entrySet().removeIf(e -> {
            TrackEntry w = wanted.get(e.getKey());
            boolean keep = w instanceof TrackEntry.Script s && sameScript(s, e.getValue().spec);
            if (!keep) {
                e.getValue().stop();
            }
            return !keep;
        });
        processes.keySet().removeIf(k -> !(wanted.get(k) instanceof TrackEntry.Process p)
                || !p.process().equals(processes.get(k).spec));
        files.keySet().removeIf(k -> !(wanted.get(k) instanceof TrackEntry.File f) || !f.path().equals(files.get(k).path()));
        fileValues.keySet().retainAll(files.keySet());
        for (TrackEntry e : wanted.values()) {
            switch (e) {
                case TrackEntry.Script s -> scripts.computeIfAbsent(s.key(), k -> {
                    ScriptTracker t = new ScriptTracker(s, exec, runner, this::recompute);
                    t.start();
                    return t;
                });
                case TrackEntry.File f -> {
                    if (!files.containsKey(f.key())) {
                        files.put(f.key(), f);
                        TrackFileValue.init(Path.of(f.path()), f.init());
                        fileValues.put(f.key(), TrackFileValue.read(Path.of(f.path())).orElse(0));
                    }
                }
                case TrackEntry.Process p -> processes.computeIfAbsent(p.key(), k -> new ProcessTracker(p.process()));
                case TrackEntry.Interface i -> {
                }
            }
        }
        if (!processes.isEmpty()) {
            scanProcesses();
        }
        schedulePolls();
        recompute();
    }

    private static boolean sameScript(TrackEntry.Script a, TrackEntry.Script b) {
        return a.argv().equals(b.argv()) && a.interval().equals(b.interval()) && a.timeout().equals(b.timeout())
                && a.rise() == b.rise() && a.fall() == b.fall() && a.initFail() == b.initFail();
    }

    private void schedulePolls() {
        if (!files.isEmpty() && filePoll == null) {
            long ms = settings.filePoll().toMillis();
            filePoll = exec.scheduleWithFixedDelay(guarded(this::pollFiles, "track_file"), ms, ms, TimeUnit.MILLISECONDS);
        }
        if (!processes.isEmpty() && processScan == null) {
            long ms = settings.processScan().toMillis();
            processScan = exec.scheduleWithFixedDelay(guarded(this::scanProcesses, "track_process"), ms, ms, TimeUnit.MILLISECONDS);
        }
    }

    /** A periodic task that logs a failure instead of being cancelled by it. */
    private static Runnable guarded(Runnable r, String what) {
        return () -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.error("{} tracking failed: {}", what, e.toString());
            }
        };
    }

    private void pollFiles() {
        boolean changed = false;
        for (TrackEntry.File f : files.values()) {
            OptionalLong v = TrackFileValue.read(Path.of(f.path()));
            if (v.isPresent() && v.getAsLong() != fileValues.getOrDefault(f.key(), 0L)) {
                LOG.info("Tracked file {} ({}) now {}", f.name(), f.path(), v.getAsLong());
                fileValues.put(f.key(), v.getAsLong());
                changed = true;
            }
        }
        if (changed) {
            recompute();
        }
    }

    private void scanProcesses() {
        ProcessTable table;
        try {
            table = ProcessTable.scan(settings.procRoot());
        } catch (IllegalStateException e) {
            LOG.error("track_process: {}", e.getMessage());
            return;
        }
        long now = System.nanoTime() / 1_000_000;
        boolean changed = false;
        for (ProcessTracker t : processes.values()) {
            changed |= t.onScan(table.count(t.spec), now);
            long due = t.pendingDueMs();
            if (due >= 0) {
                exec.schedule(this::scanProcesses, Math.max(1, due - now), TimeUnit.MILLISECONDS);
            }
        }
        if (changed) {
            recompute();
        }
    }

    /** The initial link states (every interface), before the monitor's events. */
    public void setLinks(Collection<Link> all) {
        List<Link> copy = List.copyOf(all);
        onThread(() -> {
            links.clear();
            for (Link l : copy) {
                links.put(l.name(), l.usable());
            }
            linksKnown = true;
            recompute();
        });
    }

    /** Any thread: a link event from the rtnetlink monitor. */
    public void onLinkEvent(RtnlEvent event) {
        exec.execute(() -> {
            switch (event) {
                case RtnlEvent.LinkChanged c -> setLink(c.link().name(), c.link().usable());
                case RtnlEvent.LinkRemoved r -> setLink(r.link().name(), false);
                case RtnlEvent.EventsLost l -> LOG.warn("netlink events lost; link states may be stale until the"
                        + " next change");
                default -> {
                }
            }
        });
    }

    private void setLink(String name, boolean usable) {
        Boolean old = links.put(name, usable);
        if (old == null || old != usable) {
            if (old != null || !usable) {
                LOG.info("Netlink reports {} {}", name, usable ? "up" : "down");
            }
            recompute();
        }
    }

    /** Completes when every tracked script has run once (keepalived's instances wait for them in INIT). */
    public CompletableFuture<Void> scriptsRanOnce() {
        CompletableFuture<Void> f = new CompletableFuture<>();
        exec.execute(() -> checkRan(f));
        return f;
    }

    private void checkRan(CompletableFuture<Void> f) {
        if (scripts.values().stream().allMatch(ScriptTracker::ranOnce)) {
            f.complete(null);
        } else if (!exec.isShutdown()) {
            exec.schedule(() -> checkRan(f), 10, TimeUnit.MILLISECONDS);
        }
    }

    /** Any thread: the instance's current total ({@link Total#ZERO} if unknown). */
    public Total current(String instance) {
        return published.getOrDefault(instance, Total.ZERO);
    }

    /** Any thread: a script's state for dumps: true good, false bad, null not known; null if not tracked. */
    public Boolean scriptState(String name) {
        return callOnThread(() -> {
            ScriptTracker t = scripts.get("script:" + name);
            return t == null ? null : t.state.ok();
        });
    }

    private void recompute() {
        for (Map.Entry<String, List<TrackEntry>> e : byInstance.entrySet()) {
            int faults = 0;
            int delta = 0;
            for (TrackEntry t : e.getValue()) {
                TrackWeights.Contribution c = contribution(t);
                faults += c.fault() ? 1 : 0;
                delta += c.delta();
            }
            Total total = new Total(faults, delta);
            Total old = published.put(e.getKey(), total);
            if (!total.equals(old)) {
                sink.trackerChanged(e.getKey(), faults, delta);
            }
        }
        published.keySet().retainAll(byInstance.keySet());
    }

    private TrackWeights.Contribution contribution(TrackEntry t) {
        return switch (t) {
            case TrackEntry.Interface i -> TrackWeights.ofState(linksKnown ? links.getOrDefault(i.interfaceName(),
                    false) : null, i.weight(), i.reverse());
            case TrackEntry.Script s -> {
                ScriptTracker st = scripts.get(s.key());
                yield TrackWeights.ofState(st == null ? null : st.state.ok(), s.weight(), s.reverse());
            }
            case TrackEntry.File f -> TrackWeights.ofFile(fileValues.getOrDefault(f.key(), 0L), f.weight(),
                    f.reverse());
            case TrackEntry.Process p -> {
                ProcessTracker pt = processes.get(p.key());
                yield TrackWeights.ofState(pt == null ? null : pt.haveQuorum(), p.weight(), p.reverse());
            }
        };
    }

    private void onThread(Runnable r) {
        callOnThread(() -> {
            r.run();
            return null;
        });
    }

    private <T> T callOnThread(java.util.concurrent.Callable<T> c) {
        try {
            return exec.submit(c).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("tracker thread: " + e.getCause(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("tracker thread did not answer within 10 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Stops every tracker and the thread. */
    @Override
    public void close() {
        exec.shutdownNow();
        try {
            exec.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
