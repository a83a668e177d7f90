package org.keepalived4j.check.runtime;

import io.netty.channel.EventLoop;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.keepalived4j.check.checker.Checker;
import org.keepalived4j.check.health.HealthSink;
import org.keepalived4j.check.health.RealServerHealth;
import org.keepalived4j.check.health.VirtualServerHealth;
import org.keepalived4j.check.ipvs.DesiredIpvsTable;
import org.keepalived4j.check.ipvs.DesiredTableBuilder;
import org.keepalived4j.check.health.TrackFileWeight;
import org.keepalived4j.config.model.lvs.Check;
import org.keepalived4j.config.model.lvs.FileCheck;
import org.keepalived4j.config.model.lvs.PeriodicCheck;
import org.keepalived4j.config.model.lvs.RealServer;
import org.keepalived4j.config.model.lvs.VirtualServer;
import org.keepalived4j.config.model.vrrp.TrackFile;

/**
 * The checkers of one configuration (keepalived's checker process minus the IPVS calls): the health state of every
 * virtual server, one {@link SharedCheck} per distinct check, and the desired IPVS table, published to a listener
 * each time it changes.
 *
 * <p>Everything runs on one event loop: call {@link #start()} and {@link #close()} on it (or from any thread: they
 * hop onto it), and read state from it. Typical wiring:
 * <pre>{@code
 * CheckEngine engine = new CheckEngine(config.virtualServers(), loop,
 *         new DefaultCheckerFactory(scriptExecutor, null), sink, table -> reconciler.apply(table));
 * engine.start();
 * }</pre>
 *
 * <table>
 * <caption>timing (keepalived 2.2.7 {@code register_checkers_thread})</caption>
 * <tr><td>first attempt</td><td>{@link #BOOTSTRAP_DELAY} + a random part of {@code warmup}</td></tr>
 * <tr><td>next attempt</td><td>{@code delay_loop}, or {@code delay_before_retry} while retrying</td></tr>
 * </table>
 */
public final class CheckEngine {

    /** keepalived's {@code BOOTSTRAP_DELAY}: the first check runs at least this long after start. */
    public static final Duration BOOTSTRAP_DELAY = Duration.ofSeconds(1);

    private final EventLoop loop;
    private final HealthSink sink;
    private final Consumer<DesiredIpvsTable> onTable;
    private final RandomGenerator random;
    private final List<VirtualServerHealth> virtualServers = new ArrayList<>();
    private final Map<Object, SharedCheck> checks = new LinkedHashMap<>(); // CheckKey, or ProbeKey for ha_suspend
    private final List<Activation> activations = new ArrayList<>();
    private final Set<InetAddress> presentAddresses = new HashSet<>();
    private boolean addressesKnown = true;
    private final Map<RealServerHealth, List<SharedCheck>> probesOf = new java.util.IdentityHashMap<>();
    private final java.util.Set<VirtualServerHealth> migrated =
            java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Map<String, List<FileSubscriber>> fileSubscribers = new LinkedHashMap<>();
    private final Map<String, Long> fileValues = new LinkedHashMap<>();
    private final List<Runnable> afterInit = new ArrayList<>();
    private DesiredIpvsTable table = DesiredIpvsTable.EMPTY;
    private boolean started;

    /** A check of an {@code ha_suspend} virtual server: probed apart from other virtual servers' checks. */
    private record SuspendableKey(CheckKey check, String virtualServer) {
    }

    /** One keepalived checker: a (virtual server, real server, check) and the probe that serves it. */
    private record Activation(VirtualServerHealth virtualServer, RealServerHealth realServer, SharedCheck probe) {
    }

    /** A FILE_CHECK of a real server: keepalived's {@code tracking_obj_t} for a checker. */
    private record FileSubscriber(VirtualServerHealth virtualServer, RealServerHealth realServer, int checkIndex,
                                  long weight, boolean reverse) {
        long status(long value) {
            return TrackFileWeight.status(value, weight, reverse);
        }
    }

    /**
     * @param config  the virtual servers
     * @param loop    the loop that owns all state and runs the checks
     * @param factory makes a checker per distinct check
     * @param sink    log lines and notify events
     * @param onTable called on the loop with each new desired table (first at {@link #start()})
     */
    public CheckEngine(List<VirtualServer> config, EventLoop loop, CheckerFactory factory, HealthSink sink,
                       Consumer<DesiredIpvsTable> onTable) {
        this(config, loop, factory, sink, onTable, RandomGenerator.getDefault());
    }

    /** As above, with the random source for warmup (tests pass a fixed one). */
    public CheckEngine(List<VirtualServer> config, EventLoop loop, CheckerFactory factory, HealthSink sink,
                       Consumer<DesiredIpvsTable> onTable, RandomGenerator random) {
        this(config, loop, factory, sink, onTable, random, null);
    }

    /**
     * The engine of a reloaded configuration: virtual servers with the same identity and real servers with the
     * same address and checks keep their state from {@code previous} (keepalived's reload {@code compare} and
     * {@code migrate}), so an unchanged server is neither removed nor re-added. Build it on the loop, after
     * {@code previous.close()}.
     *
     * @param previous the engine of the previous configuration, or null
     */
    public CheckEngine(List<VirtualServer> config, EventLoop loop, CheckerFactory factory, HealthSink sink,
                       Consumer<DesiredIpvsTable> onTable, RandomGenerator random, CheckEngine previous) {
        this(config, TrackFiles.NONE, loop, factory, sink, onTable, random, previous);
    }

    /**
     * The engine with FILE_CHECKs: their track files' definitions and current values.
     *
     * @param trackFiles the {@code track_file}s followed and their values (a FILE_CHECK whose file is not there
     *                   counts as up)
     */
    public CheckEngine(List<VirtualServer> config, TrackFiles trackFiles, EventLoop loop, CheckerFactory factory,
                       HealthSink sink, Consumer<DesiredIpvsTable> onTable, RandomGenerator random,
                       CheckEngine previous) {
        this.loop = Objects.requireNonNull(loop, "loop");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.onTable = Objects.requireNonNull(onTable, "onTable");
        this.random = Objects.requireNonNull(random, "random");
        Map<CheckKey, Checker> made = new LinkedHashMap<>();
        CheckKey.Maker keys = new CheckKey.Maker();
        for (VirtualServer vs : config) {
            VirtualServerHealth vsh = new VirtualServerHealth(vs, sink);
            virtualServers.add(vsh);
            for (RealServerHealth rsh : vsh.realServers()) {
                RealServer rs = rsh.config();
                for (int i = 0; i < rs.checks().size(); i++) {
                    Check check = rs.checks().get(i);
                    if (check instanceof FileCheck file) {
                        TrackFile tf = trackFiles.definitions().get(file.trackFile());
                        if (tf != null && trackFiles.values().containsKey(tf.name())) {
                            boolean own = file.weight() != null;
                            fileSubscribers.computeIfAbsent(tf.name(), k -> new ArrayList<>()).add(
                                    new FileSubscriber(vsh, rsh, i, own ? file.weight() : tf.weight(),
                                            own ? file.reverse() : tf.weightReverse()));
                        }
                        continue;
                    }
                    if (!(check instanceof PeriodicCheck periodic)) {
                        continue;
                    }
                    CheckKey key = keys.of(check);
                    Object probeKey = vs.haSuspend() ? new SuspendableKey(key, VirtualServerHealth.identity(vs))
                            : key;
                    SharedCheck shared = checks.get(probeKey);
                    if (shared == null) {
                        if (!made.containsKey(key)) {
                            Checker checker = factory.create(check);
                            made.put(key, checker);
                            if (checker == null) {
                                sink.log(check.keyword() + " is not supported yet; " + rsh.text()
                                        + " counts as up for it");
                            }
                        }
                        Checker checker = made.get(key);
                        if (checker != null) {
                            shared = new SharedCheck(periodic, checker, loop, sink, this::publish);
                            checks.put(probeKey, shared);
                        }
                    }
                    if (shared != null) {
                        shared.subscribe(new SharedCheck.Subscriber(vsh, rsh, i));
                        probesOf.computeIfAbsent(rsh, k -> new ArrayList<>()).add(shared);
                        activations.add(new Activation(vsh, rsh, shared));
                    }
                }
            }
        }
        java.util.Set<RealServerHealth> kept = previous == null ? java.util.Set.of() : migrate(previous);
        fileValues.putAll(trackFiles.values());
        for (Map.Entry<String, List<FileSubscriber>> e : fileSubscribers.entrySet()) {
            long value = fileValues.get(e.getKey());
            Long before = previous == null ? null : previous.fileValues.get(e.getKey());
            for (FileSubscriber f : e.getValue()) {
                if (kept.contains(f.realServer()) && before != null) {
                    // state taken over: the change since, if any, is applied once the state is initialised
                    afterInit.add(() -> f.virtualServer().onFileStatus(f.realServer(), f.checkIndex(),
                            f.status(before), f.status(value)));
                } else {
                    f.virtualServer().initFileCheck(f.realServer(), f.checkIndex(), f.status(value));
                }
            }
        }
    }

    private java.util.Set<RealServerHealth> migrate(CheckEngine previous) {
        java.util.Set<RealServerHealth> kept =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<String, VirtualServerHealth> old = new LinkedHashMap<>();
        for (VirtualServerHealth vsh : previous.virtualServers) {
            old.putIfAbsent(VirtualServerHealth.identity(vsh.config()), vsh);
        }
        for (VirtualServerHealth vsh : virtualServers) {
            VirtualServerHealth before = old.get(VirtualServerHealth.identity(vsh.config()));
            if (before != null) {
                kept.addAll(vsh.migrateFrom(before, CheckEngine::sameChecks));
                migrated.add(vsh);
            }
        }
        for (Map.Entry<Object, SharedCheck> e : checks.entrySet()) {
            SharedCheck before = previous.checks.get(e.getKey());
            if (before != null) {
                e.getValue().migrateFrom(before);
            }
        }
        return kept;
    }

    /**
     * A track file's value changed (from the watcher, on the loop): every FILE_CHECK on it is re-evaluated and the
     * table republished.
     *
     * @param trackFile the {@code track_file} name
     * @param value     its new value
     */
    public void onTrackFile(String trackFile, long value) {
        List<FileSubscriber> subs = fileSubscribers.get(trackFile);
        Long old = fileValues.get(trackFile);
        if (subs == null || old == null || old == value) {
            return;
        }
        fileValues.put(trackFile, value);
        for (FileSubscriber f : subs) {
            if (started) {
                f.virtualServer().onFileStatus(f.realServer(), f.checkIndex(), f.status(old), f.status(value));
            } else {
                f.virtualServer().initFileCheck(f.realServer(), f.checkIndex(), f.status(value));
            }
        }
        if (started) {
            publish();
        }
    }

    /** True when two real servers' checks are the same, positions aside. */
    static boolean sameChecks(RealServer a, RealServer b) {
        if (a.checks().size() != b.checks().size()) {
            return false;
        }
        for (int i = 0; i < a.checks().size(); i++) {
            if (!CheckKey.of(a.checks().get(i)).equals(CheckKey.of(b.checks().get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Starts: initial state and table, then the first attempts after their warmup. */
    public void start() {
        if (!loop.inEventLoop()) {
            loop.execute(this::start);
            return;
        }
        if (started) {
            return;
        }
        started = true;
        for (VirtualServerHealth vsh : virtualServers) {
            vsh.init();
        }
        afterInit.forEach(Runnable::run);
        afterInit.clear();
        publish();
        // keepalived's register_checkers_thread, after init_services
        for (Activation a : activations) {
            boolean enabled = !a.virtualServer().config().haSuspend() || addressPresent(a.virtualServer());
            a.probe().enabled(enabled);
            sink.log((enabled ? "A" : "Dea") + "ctivating healthchecker for service " + a.realServer().text()
                    + " for VS " + a.virtualServer().text());
        }
        for (SharedCheck c : checks.values()) {
            PeriodicCheck p = c.subscribers().isEmpty() ? null : (PeriodicCheck) c.subscribers().getFirst()
                    .realServer().config().checks().get(c.subscribers().getFirst().checkIndex());
            long warmupNs = p == null ? 0 : p.settings().warmup().toNanos();
            long jitter = warmupNs > 0 ? random.nextLong(warmupNs + 1) : 0;
            c.start(BOOTSTRAP_DELAY.toNanos() + jitter);
        }
    }

    /**
     * The addresses on this host changed (keepalived's {@code update_checker_activity}): the checks of an
     * {@code ha_suspend} virtual server run only while its address is here. Call on the loop; before
     * {@link #start()} it only sets the initial state.
     *
     * @param present every address now configured on this host, or null when they cannot be known (then no check
     *                is suspended)
     */
    public void presentAddresses(Set<InetAddress> present) {
        presentAddresses.clear();
        addressesKnown = present != null;
        if (present != null) {
            presentAddresses.addAll(present);
        }
        if (!started) {
            return;
        }
        for (Activation a : activations) {
            if (!a.virtualServer().config().haSuspend()) {
                continue;
            }
            boolean enable = addressPresent(a.virtualServer());
            if (enable != a.probe().enabled()) {
                sink.log((enable ? "Activat" : "Suspend") + "ing healthchecker for service " + a.realServer().text()
                        + " for VS " + a.virtualServer().text());
                a.probe().enabled(enable);
            }
        }
    }

    private boolean addressPresent(VirtualServerHealth vsh) {
        if (!addressesKnown) {
            return true;
        }
        for (InetAddress a : presentAddresses) {
            if (HaSuspend.matches(vsh.config(), a)) {
                return true;
            }
        }
        return false;
    }

    /** Stops every check (the table is left as it is; clearing IPVS at shutdown is the caller's decision). */
    public void close() {
        if (!loop.inEventLoop()) {
            loop.execute(this::close);
            return;
        }
        checks.values().forEach(SharedCheck::close);
    }

    /** The current desired table (read on the loop). */
    public DesiredIpvsTable desiredTable() {
        return table;
    }

    /** The virtual servers' state (read on the loop). */
    public List<VirtualServerHealth> virtualServers() {
        return List.copyOf(virtualServers);
    }

    /**
     * How long the last finished attempt of a real server's checks took (the slowest of its checks), in
     * nanoseconds; -1 before any finished (read on the loop).
     */
    public long lastCheckLatencyNs(RealServerHealth realServer) {
        long worst = -1;
        for (SharedCheck c : probesOf.getOrDefault(realServer, List.of())) {
            worst = Math.max(worst, c.lastLatencyNs());
        }
        return worst;
    }

    /** True if this virtual server's state was taken over from the previous configuration. */
    public boolean migrated(VirtualServerHealth virtualServer) {
        return migrated.contains(virtualServer);
    }

    /** Number of distinct probes (each shared by one or more real servers). */
    public int probeCount() {
        return checks.size();
    }

    /** Total attempts started so far, over all probes (read on the loop). */
    public long attempts() {
        long n = 0;
        for (SharedCheck c : checks.values()) {
            n += c.attempts();
        }
        return n;
    }

    private void publish() {
        DesiredIpvsTable next = DesiredTableBuilder.build(virtualServers);
        if (!next.equals(table)) {
            table = next;
            onTable.accept(next);
        }
    }
}
