package org.keepalived4j.vrrp;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongFunction;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.netlink.rtnl.LinkMonitorThread;
import org.keepalived4j.vrrp.bind.BoundInstance;
import org.keepalived4j.vrrp.bind.ConfigBinder;
import org.keepalived4j.vrrp.bind.KeywordWarnings;
import org.keepalived4j.vrrp.bind.ScriptLauncher;
import org.keepalived4j.vrrp.bind.TrackEntry;
import org.keepalived4j.vrrp.net.NetlinkThread;
import org.keepalived4j.vrrp.net.RtnlVipManager;
import org.keepalived4j.vrrp.net.StaticNetwork;
import org.keepalived4j.vrrp.net.VmacManager;
import org.keepalived4j.vrrp.net.VmacPacketIo;
import org.keepalived4j.vrrp.notify.NotifyFifoWriter;
import org.keepalived4j.vrrp.notify.SmtpAlerts;
import org.keepalived4j.vrrp.runtime.NotifyRunner;
import org.keepalived4j.vrrp.runtime.PacketIo;
import org.keepalived4j.vrrp.runtime.VrrpAgent;
import org.keepalived4j.vrrp.state.SyncGroup;
import org.keepalived4j.vrrp.state.VrrpInstance;
import org.keepalived4j.vrrp.track.ScriptRunner;
import org.keepalived4j.vrrp.track.TrackerHub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link VrrpRuntime}: builds, from a config, the VRRP agent and everything around it, and applies reloads.
 *
 * <pre>{@code
 * try (VrrpRuntime vrrp = DefaultVrrpRuntime.create(config, VrrpRuntime.Options.defaults())) {
 *     vrrp.start();
 *     ... vrrp.reload(newConfig) on SIGHUP, vrrp.dumpData(out) on SIGUSR1 ...
 * }   // close(): priority 0, VIPs removed
 * }</pre>
 *
 * <table>
 * <caption>Threads</caption>
 * <tr><td>vrrp</td><td>{@link VrrpAgent}: every instance, adverts, timers; all changes go through it</td></tr>
 * <tr><td>vrrp-netlink</td><td>the rtnetlink socket ({@link NetlinkThread}): VIPs, routes, rules, VMACs</td></tr>
 * <tr><td>vrrp-track</td><td>{@link TrackerHub}; scripts on virtual threads</td></tr>
 * <tr><td>vrrp-links</td><td>rtnetlink link events ({@link LinkMonitorThread})</td></tr>
 * <tr><td>vrrp-fifo, notify-*</td><td>notify FIFO lines and notify scripts</td></tr>
 * </table>
 */
public final class DefaultVrrpRuntime implements VrrpRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultVrrpRuntime.class);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final Options options;
    private final RuntimeEnvironment env;
    private final KeywordWarnings warnings = new KeywordWarnings();
    private final ScriptLauncher launcher;
    private final List<StateListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, Long> lastTransitionWallUs = new ConcurrentHashMap<>();
    private final Map<String, PacketIo> ios = new ConcurrentHashMap<>();
    private volatile KeepalivedConfig config;
    private volatile ConfigBinder.Bound bound;
    private NetlinkThread netlink;
    private RtnlVipManager vips;
    private StaticNetwork statics;
    private VmacManager vmacs;
    private NotifyRunner notifier;
    private NotifyFifoWriter fifo;
    private SmtpAlerts smtp;
    private ScriptRunner scriptRunner;
    private TrackerHub hub;
    private LinkMonitorThread links;
    private VrrpAgent agent;
    private boolean started;
    private boolean stopped;

    private DefaultVrrpRuntime(KeepalivedConfig config, Options options, RuntimeEnvironment env) {
        this.config = config;
        this.options = options;
        this.env = env;
        this.launcher = ScriptLauncher.forHost(config.globalDefs()).withVerdicts(env.scriptVerdicts());
    }

    /** A runtime for {@code config} on this host. */
    public static DefaultVrrpRuntime create(KeepalivedConfig config, Options options) {
        return create(config, options, RuntimeEnvironment.host());
    }

    /** A runtime for {@code config} in {@code env}. */
    public static DefaultVrrpRuntime create(KeepalivedConfig config, Options options, RuntimeEnvironment env) {
        return new DefaultVrrpRuntime(config, options, env);
    }

    @Override
    public synchronized void start() throws IOException {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        bound = new ConfigBinder(launcher, warnings).bind(config);
        if (options.releaseVipsOnSignal()) {
            warnings.unsupported(null, "-X/--release-vips", "VIPs are released only on stop");
        }
        if (!config.globalDefs().vrrpStartupDelay().isZero()) {
            warnings.unsupported(null, "vrrp_startup_delay", "instances start at once");
        }
        netlink = NetlinkThread.start(env.rtnetlink(), NetlinkThread.DEFAULT_TIMEOUT);
        vips = new RtnlVipManager(netlink, warnings);
        statics = new StaticNetwork(vips, warnings);
        vmacs = new VmacManager(netlink);
        statics.apply(config.vrrp());
        notifier = new NotifyRunner(env.notifyTimeout());
        openFifo();
        smtp = new SmtpAlerts(env.mailer() != null ? env.mailer() : (g, n, s, subj, body) -> { },
                config.globalDefs().noEmailFaults());
        updateSmtp();
        notifier.addObserver(this::observe);
        notifier.addObserver(smtp);
        agent = new VrrpAgent(env.clock(), vips, notifier, options.logDetail(), config.globalDefs().logUnknownVrids());
        for (BoundInstance b : bound.instances()) {
            vips.setInstanceNet(b.name(), b.routes(), b.rules());
            try {
                agent.addInstance(b.params(), openIo(b));
            } catch (IOException | RuntimeException e) {
                LOG.error("({}) cannot start: {}", b.name(), e.getMessage());
            }
        }
        for (ConfigBinder.BoundGroup g : bound.groups()) {
            agent.addSyncGroup(g.name(), g.members(), g.scripts());
        }
        scriptRunner = new ScriptRunner();
        hub = new TrackerHub(agent::trackerChanged, scriptRunner, env.tracking());
        startTracking();
        awaitFirstScriptRuns();
        agent.startThread();
    }

    private void openFifo() {
        List<Path> paths = new ArrayList<>();
        if (config.globalDefs().notifyFifo() != null) {
            paths.add(Path.of(config.globalDefs().notifyFifo().path()));
        }
        if (config.globalDefs().vrrpNotifyFifo() != null) {
            paths.add(Path.of(config.globalDefs().vrrpNotifyFifo().path()));
        }
        if (paths.isEmpty()) {
            return;
        }
        try {
            fifo = NotifyFifoWriter.open(paths);
            notifier.addObserver(fifo);
        } catch (IOException e) {
            LOG.error("notify FIFO not available: {}", e.getMessage());
        }
        for (var f : List.of(config.globalDefs().notifyFifo(), config.globalDefs().vrrpNotifyFifo())) {
            if (f != null && f.script() != null) {
                List<String> argv = new ArrayList<>(launcher.argvOrNone(f.script()));
                if (!argv.isEmpty()) {
                    argv.add(f.path());
                    notifier.submit(argv);
                }
            }
        }
    }

    private void startTracking() {
        hub.configure(trackingMap(bound));
        hub.setLinks(netlink.call(r -> r.links().list()));
        if (env.linkMonitor() != null) {
            links = LinkMonitorThread.start("vrrp-links", env.linkMonitor(), hub::onLinkEvent,
                    e -> LOG.error("netlink link events: {}", e.toString()));
        }
    }

    private void awaitFirstScriptRuns() {
        long maxMs = bound.instances().stream().flatMap(b -> b.tracking().stream())
                .filter(t -> t instanceof TrackEntry.Script).mapToLong(t -> ((TrackEntry.Script) t).timeout()
                        .toMillis()).max().orElse(0);
        if (maxMs == 0) {
            return;
        }
        try {
            hub.scriptsRanOnce().get(maxMs + 2_000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            LOG.warn("tracked scripts did not all complete a first run; starting anyway");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, List<TrackEntry>> trackingMap(ConfigBinder.Bound b) {
        Map<String, List<TrackEntry>> m = new LinkedHashMap<>();
        b.instances().forEach(i -> m.put(i.name(), i.tracking()));
        return m;
    }

    private void updateSmtp() {
        boolean def = config.globalDefs().vrrpSmtpAlertDefault();
        Set<String> inst = new HashSet<>();
        config.vrrp().instances().stream().filter(i -> i.smtpAlert() || def).forEach(i -> inst.add(i.name()));
        Set<String> grp = new HashSet<>();
        config.vrrp().syncGroups().stream().filter(g -> g.smtpAlert() || def).forEach(g -> grp.add(g.name()));
        if (env.mailer() != null) {
            smtp.setEnabled(inst, grp);
        }
    }

    /** Opens (or shares) the io an instance runs on; creates its VMAC first. */
    private PacketIo openIo(BoundInstance b) throws IOException {
        String runIf = b.params().interfaceName();
        PacketIo io = ios.get(runIf);
        if (io != null) {
            return io;
        }
        if (b.vmac() != null) {
            vmacs.create(b.vmac());
            // frames leave through the parent with the VMAC as source: the macvlan has no address while BACKUP,
            // so the JDK (and thus the pcap adapter) cannot even look it up by name
            io = new VmacPacketIo(b.vmac().name(), b.vmac().mac(), env.packets().open(b.vmac().parent()), null);
        } else {
            io = env.packets().open(runIf);
        }
        ios.put(runIf, io);
        return io;
    }

    private void observe(boolean group, String name, org.keepalived4j.vrrp.state.VrrpState state, int priority) {
        if (group) {
            return;
        }
        lastTransitionWallUs.put(name, System.currentTimeMillis() * 1_000);
        for (StateListener l : listeners) {
            l.onStateChange(name, state.word(), priority);
        }
    }

    @Override
    public synchronized void reload(KeepalivedConfig newConfig) {
        if (!started || stopped) {
            throw new IllegalStateException("reload needs a running runtime");
        }
        ConfigBinder.Bound next = new ConfigBinder(launcher, warnings).bind(newConfig);
        ReloadPlan plan = ReloadPlan.of(bound.instances(), next.instances());
        LOG.info("Reloading VRRP: {} unchanged, {} changed, {} removed, {} added", plan.unchanged().size(),
                plan.changed().size(), plan.removed().size(), plan.added().size());
        Map<String, PacketIo> newIos = new LinkedHashMap<>();
        for (BoundInstance b : plan.added()) {
            openIoQuietly(b, newIos);
        }
        for (ReloadPlan.Change c : plan.changed()) {
            if (!c.after().params().interfaceName().equals(c.before().params().interfaceName())) {
                openIoQuietly(c.after(), newIos);
            }
            vips.setInstanceNet(c.after().name(), c.after().routes(), c.after().rules());
        }
        plan.added().forEach(b -> vips.setInstanceNet(b.name(), b.routes(), b.rules()));
        hub.configure(trackingMap(next));
        new Reloader(agent, vips, hub).apply(plan, bound.groups(), next.groups(), newIos, ios);
        for (BoundInstance r : plan.removed()) {
            if (next.instances().stream().noneMatch(n -> n.name().equals(r.name()))) {
                vips.removeInstanceNet(r.name());
            }
            if (r.vmac() != null && next.instances().stream().noneMatch(n -> r.vmac().equals(n.vmac()))) {
                vmacs.delete(r.vmac());
            }
        }
        statics.apply(newConfig.vrrp());
        config = newConfig;
        bound = next;
        updateSmtp();
    }

    private void openIoQuietly(BoundInstance b, Map<String, PacketIo> newIos) {
        try {
            newIos.put(b.params().interfaceName(), openIo(b));
        } catch (IOException | RuntimeException e) {
            LOG.error("({}) cannot start: {}", b.name(), e.getMessage());
        }
    }

    @Override
    public void addStateListener(StateListener listener) {
        listeners.add(listener);
    }

    @Override
    public List<InstanceStatus> status() {
        List<InstanceSnapshot> snaps = snapshots();
        List<InstanceStatus> out = new ArrayList<>();
        Map<String, BoundInstance> byName = new LinkedHashMap<>();
        bound.instances().forEach(b -> byName.put(b.name(), b));
        for (InstanceSnapshot s : snaps) {
            BoundInstance b = byName.get(s.name());
            out.add(new InstanceStatus(s.name(), s.state().word(), b == null ? 0 : b.params().priority(),
                    s.effectivePriority(), b == null ? null : b.params().interfaceName(),
                    b == null ? 0 : b.params().vrid(), s.stats().advertSent(), s.stats().advertRcvd(),
                    s.stats().becomeMaster(), s.stats().releaseMaster(),
                    s.stats().packetLenErr() + s.stats().ipTtlErr() + s.stats().invalidTypeRcvd()
                            + s.stats().advertIntervalErr() + s.stats().addrListErr() + s.stats().invalidAuthtype()
                            + s.stats().authtypeMismatch() + s.stats().authFailure()));
        }
        return out;
    }

    private List<InstanceSnapshot> snapshots() {
        long wallNow = System.currentTimeMillis() * 1_000;
        return onVrrpThread(now -> {
            List<InstanceSnapshot> l = new ArrayList<>();
            for (VrrpInstance v : agent.instances()) {
                l.add(InstanceSnapshot.of(v, now, wallNow, lastTransitionWallUs.getOrDefault(v.name(), 0L)));
            }
            return l;
        });
    }

    @Override
    public synchronized void dumpData(Appendable out) throws IOException {
        List<InstanceSnapshot> snaps = snapshots();
        List<String> groupStates = onVrrpThread(now -> {
            List<String> l = new ArrayList<>();
            for (ConfigBinder.BoundGroup g : bound.groups()) {
                l.add(agent.syncGroups().stream().filter(s -> s.name().equals(g.name())).findFirst()
                        .map(SyncGroup::state).map(s -> s.word()).orElse("INIT"));
            }
            return l;
        });
        List<BoundInstance> running = new ArrayList<>();
        List<InstanceSnapshot> matching = new ArrayList<>();
        for (InstanceSnapshot s : snaps) {
            bound.instances().stream().filter(b -> b.name().equals(s.name())).findFirst().ifPresent(b -> {
                running.add(b);
                matching.add(s);
            });
        }
        VrrpDump.data(running, matching, bound.groups(), groupStates, config.globalDefs(), out);
    }

    @Override
    public void dumpStats(Appendable out) throws IOException {
        VrrpDump.stats(snapshots(), out);
    }

    /** Runs {@code task} on the VRRP thread and waits for its result. */
    private <T> T onVrrpThread(LongFunction<T> task) {
        if (agent == null) {
            throw new IllegalStateException("not started");
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        agent.post(now -> {
            try {
                f.complete(task.apply(now));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("VRRP thread: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("VRRP thread did not answer within " + CALL_TIMEOUT.toSeconds() + " s",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public synchronized void stop(Duration timeout) {
        if (stopped || !started) {
            stopped = true;
            return;
        }
        stopped = true;
        if (links != null) {
            links.close();
        }
        if (hub != null) {
            hub.close();
        }
        if (agent != null) {
            if (options.releaseOnStop()) {
                agent.shutdown();
                try {
                    if (!agent.awaitStopped(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                        LOG.error("VRRP thread did not stop within {} ms", timeout.toMillis());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            agent.close();
        }
        if (scriptRunner != null) {
            scriptRunner.close();
        }
        if (statics != null) {
            statics.clear();
        }
        if (options.releaseOnStop() && bound != null) {
            bound.instances().stream().filter(b -> b.vmac() != null).forEach(b -> vmacs.delete(b.vmac()));
        }
        if (notifier != null) {
            notifier.close();
        }
        if (fifo != null) {
            fifo.close();
        }
        if (netlink != null) {
            netlink.close();
        }
    }
}
