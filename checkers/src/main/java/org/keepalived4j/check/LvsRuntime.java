package org.keepalived4j.check;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.keepalived4j.check.checker.ScriptUser;
import org.keepalived4j.check.checker.CheckerLoopGroup;
import org.keepalived4j.check.checker.Transport;
import org.keepalived4j.check.health.HealthEvent;
import org.keepalived4j.check.health.HealthSink;
import org.keepalived4j.check.health.RealServerHealth;
import org.keepalived4j.check.health.VirtualServerHealth;
import org.keepalived4j.check.ipvs.IpvsAgent;
import org.keepalived4j.check.ipvs.IpvsLog;
import org.keepalived4j.check.ipvs.IpvsReconciler;
import org.keepalived4j.check.ipvs.IpvsSettings;
import org.keepalived4j.check.runtime.CheckEngine;
import org.keepalived4j.check.runtime.CheckerFactory;
import org.keepalived4j.check.runtime.DefaultCheckerFactory;
import org.keepalived4j.check.runtime.TrackFiles;
import org.keepalived4j.check.track.TrackFileWatcher;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.config.model.vrrp.TrackFile;
import org.keepalived4j.netlink.ipvs.IpvsTable;
import org.keepalived4j.netlink.rtnl.IfAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * keepalived's checker process as one object: the checks of a {@link KeepalivedConfig}'s virtual servers on a Netty
 * event loop ({@link CheckEngine}), and the kernel's IPVS table kept equal to what they decide on an
 * {@code "ipvs"} thread ({@link IpvsAgent}: reconciler, drift healing, {@code lvs_timeouts}, {@code lvs_flush},
 * {@code lvs_sync_daemon}).
 *
 * <pre>{@code
 * LvsRuntime lvs = LvsRuntime.builder(config)
 *         .ipvs(GenlIpvsTable::open)            // opened on the ipvs thread
 *         .scripts(scriptExecutor)              // MISC_CHECK and notify scripts
 *         .dontReleaseIpvs(options.dontReleaseIpvs())
 *         .build();
 * lvs.start();
 * vrrpAgent.onStateChange((instance, state) -> lvs.vrrpState(instance, state == VrrpState.MASTER));
 * ...
 * lvs.reload(newConfig);                        // SIGHUP
 * lvs.close();                                  // SIGTERM: removes our IPVS entries unless -I
 * }</pre>
 *
 * <p>Around the checks, as keepalived's checker process: FILE_CHECK's {@code track_file}s are watched off the loop;
 * with {@code ha_suspend} the runtime follows this host's addresses through its own rtnetlink monitor (or the caller
 * reports them, {@link #addressChanged}); notify scripts run as {@code script_user}; {@code notify_fifo} and
 * {@code lvs_notify_fifo} get keepalived's {@code VS ...}/{@code RS ...} lines.
 *
 * <p>Without IPVS in the kernel it logs {@code IPVS: Can't initialize ipvs: ...} once; the checks still run (their
 * state is visible in {@link #status()}), nothing is programmed, and the rest of the daemon is unaffected.
 *
 * <p>Thread-safe: every method hops onto the owning threads.
 */
public final class LvsRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("Keepalived_healthcheckers");
    private static final long WAIT_SECONDS = 30;

    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final EventLoop loop;
    private final CheckerFactory checkers;
    private final boolean ownsCheckers;
    private final HealthSink sink;
    private final IpvsAgent ipvs;
    private final Duration resyncInterval;
    private final boolean dontReleaseIpvs;
    private final RandomGenerator random;
    private KeepalivedConfig config;
    private volatile TrackFileWatcher files;
    private final boolean watchAddresses;
    private final Notifier notifier;
    private final Map<InetAddress, Set<Integer>> addresses = new HashMap<>(); // loop-owned: address -> interfaces
    private boolean addressesKnown;
    private AddressWatch addressWatch;
    private CheckEngine engine;
    private String syncInstance;
    private boolean started;
    private boolean closed;

    private LvsRuntime(Builder b) {
        this.ownsGroup = b.group == null;
        this.group = ownsGroup
                ? new CheckerLoopGroup(1, new DefaultThreadFactory("checker", true), Transport.ioHandlerFactory())
                : b.group;
        this.loop = group.next();
        this.ownsCheckers = b.checkers == null;
        this.checkers = ownsCheckers ? new DefaultCheckerFactory(b.scripts, null) : b.checkers;
        this.notifier = new Notifier(new NotifyScripts(b.scripts), b.globalFifo);
        HealthSink base = b.sink != null ? b.sink : new LoggingSink(b.events != null ? b.events : notifier);
        this.sink = b.observer == null ? base : new ObservedSink(base, b.observer);
        this.resyncInterval = b.resyncInterval;
        this.dontReleaseIpvs = b.dontReleaseIpvs;
        this.random = b.random;
        this.config = b.config;
        this.ipvs = new IpvsAgent(b.ipvs, b.ipvsLog != null ? b.ipvsLog : new LoggingIpvsLog(),
                LvsSettings.ipvs(b.config, b.resyncInterval, b.dontReleaseIpvs));
        this.syncInstance = LvsSettings.syncInstance(b.config);
        this.watchAddresses = b.watchAddresses;
    }

    /** @param config the configuration to run @return a builder */
    public static Builder builder(KeepalivedConfig config) {
        return new Builder(config);
    }

    /** Starts: IPVS set-up on its thread, then the checks; the first table is programmed at once. */
    public void start() {
        LvsSettings.problems(config).forEach(LOG::error);
        ipvs.start();
        useGlobals(config);
        TrackFileWatcher w = followFiles(config, false);
        watchAddressesIfNeeded(config);
        onLoop(() -> {
            if (started || closed) {
                return;
            }
            started = true;
            engine = newEngine(config, null, w);
            engine.start();
        });
    }

    /**
     * Applies a new configuration (SIGHUP) as keepalived's reload does: unchanged virtual and real servers keep
     * their check state and their IPVS entries are not touched; changed ones are adjusted in place; removed ones
     * are removed; new ones start as at start-up.
     */
    public void reload(KeepalivedConfig next) {
        Objects.requireNonNull(next, "next");
        LvsSettings.problems(next).forEach(LOG::error);
        ipvs.reconfigure(LvsSettings.ipvs(next, resyncInterval, dontReleaseIpvs));
        useGlobals(next);
        TrackFileWatcher w = followFiles(next, true);
        watchAddressesIfNeeded(next);
        onLoop(() -> {
            if (closed) {
                return;
            }
            config = next;
            syncInstance = LvsSettings.syncInstance(next);
            CheckEngine previous = engine;
            if (previous != null) {
                previous.close();
            }
            engine = newEngine(next, previous, w);
            if (started) {
                engine.start();
            }
        });
    }

    /**
     * A VRRP instance changed state; the daemon calls this for every instance (only the one named in
     * {@code lvs_sync_daemon} matters): MASTER runs the master sync daemon, BACKUP and FAULT the backup one.
     *
     * @param instanceName the {@code vrrp_instance} name
     * @param isMaster     true when it entered MASTER, false when it entered BACKUP or FAULT
     */
    public void vrrpState(String instanceName, boolean isMaster) {
        onLoop(() -> {
            if (instanceName.equals(syncInstance)) {
                ipvs.vrrpState(isMaster);
            }
        });
    }

    /**
     * An address appeared on or left this host ({@code ha_suspend}: the checks of a virtual server run only while
     * its address is here). The runtime follows the host's addresses itself when the config uses ha_suspend (see
     * {@link Builder#watchAddresses}); a caller that does it instead reports every change here.
     *
     * @param address the address
     * @param ifIndex the interface it is on (the same address on two interfaces counts until both are gone)
     * @param present true if added, false if removed
     */
    public void addressChanged(InetAddress address, int ifIndex, boolean present) {
        onLoop(() -> {
            addressesKnown = true;
            if (present) {
                addresses.computeIfAbsent(address, a -> new HashSet<>()).add(ifIndex);
            } else {
                Set<Integer> on = addresses.get(address);
                if (on != null && on.remove(ifIndex) && on.isEmpty()) {
                    addresses.remove(address);
                }
            }
            pushAddresses();
        });
    }

    private void allAddresses(List<IfAddress> now) {
        onLoop(() -> {
            addressesKnown = true;
            addresses.clear();
            for (IfAddress a : now) {
                addresses.computeIfAbsent(a.address(), k -> new HashSet<>()).add(a.ifIndex());
            }
            pushAddresses();
        });
    }

    private void pushAddresses() {
        if (engine != null && !closed) {
            engine.presentAddresses(addressesKnown ? addresses.keySet() : null);
        }
    }

    /** keepalived opens its reflector only when some virtual server uses ha_suspend. */
    private synchronized void watchAddressesIfNeeded(KeepalivedConfig cfg) {
        boolean needed = watchAddresses && cfg.lvs().virtualServers().stream().anyMatch(v -> v.haSuspend());
        if (!needed || addressWatch != null) {
            return;
        }
        try {
            addressWatch = AddressWatch.start(new AddressWatch.Listener() {
                @Override
                public void all(List<IfAddress> now) {
                    allAddresses(now);
                }

                @Override
                public void changed(IfAddress address, boolean present) {
                    addressChanged(address.address(), address.ifIndex(), present);
                }
            }, e -> LOG.error("ha_suspend: address monitor failed: {}", e.toString()));
        } catch (IllegalStateException e) {
            LOG.error("ha_suspend: cannot watch this host's addresses ({}); checks are not suspended",
                    e.getMessage());
            onLoop(() -> {
                addressesKnown = false;
                pushAddresses();
            });
        }
    }

    /** The state of every virtual and real server, in config order. */
    public List<VirtualServerStatus> status() {
        return callOnLoop(() -> {
            List<VirtualServerStatus> out = new ArrayList<>();
            if (engine == null) {
                return out;
            }
            for (VirtualServerHealth vsh : engine.virtualServers()) {
                List<RealServerStatus> rss = new ArrayList<>();
                for (RealServerHealth rs : vsh.realServers()) {
                    rss.add(new RealServerStatus(rs.text(), rs.alive(), rs.ipvsWeight(), rs.failedCheckers(),
                            engine.lastCheckLatencyNs(rs)));
                }
                out.add(new VirtualServerStatus(vsh.text(), vsh.quorumUp(), vsh.sorryActive(), vsh.weightSum(),
                        rss));
            }
            return out;
        });
    }

    /** True when the kernel has no IPVS and nothing is programmed. */
    public boolean ipvsUnavailable() {
        return ipvs.inert();
    }

    /** Runs {@code query} with the reconciler on the ipvs thread (null when IPVS is unavailable), for stats. */
    public <T> T ipvsQuery(java.util.function.Function<IpvsReconciler, T> query) {
        return ipvs.query(query);
    }

    /** Re-reads the kernel's table now and repairs drift (also done periodically). */
    public void resyncIpvs() {
        ipvs.resyncNow();
    }

    /** Waits until the desired table of this moment has been handed to the kernel. */
    public void awaitIpvs() {
        callOnLoop(() -> Boolean.TRUE);
        ipvs.awaitIdle();
    }

    /**
     * Stops the checks, then removes our IPVS entries as keepalived's {@code clear_services} (per
     * {@code lvs_flush_on_stop}; nothing with {@code -I}), stops the sync daemon and restores the timeouts.
     */
    @Override
    public void close() {
        if (!loop.isShuttingDown()) {
            callOnLoop(() -> {
                if (!closed) {
                    closed = true;
                    if (engine != null) {
                        engine.close();
                        if (!dontReleaseIpvs) {
                            LvsSettings.shutdownLines(engine.virtualServers(), config).forEach(sink::log);
                        }
                    }
                }
                return Boolean.TRUE;
            });
        }
        ipvs.close();
        synchronized (this) {
            if (addressWatch != null) {
                addressWatch.close();
            }
        }
        TrackFileWatcher w = files;
        if (w != null) {
            w.close();
        }
        if (checkers instanceof DefaultCheckerFactory own && ownsCheckers) {
            own.close();
        }
        notifier.close();
        if (ownsGroup) {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    private CheckEngine newEngine(KeepalivedConfig cfg, CheckEngine previous, TrackFileWatcher w) {
        Map<String, TrackFile> defs = new LinkedHashMap<>();
        cfg.vrrp().trackFiles().forEach(t -> defs.put(t.name(), t));
        CheckEngine e = new CheckEngine(cfg.lvs().virtualServers(), new TrackFiles(defs, w.values()), loop,
                checkers, sink, ipvs::submit, random, previous);
        e.presentAddresses(addressesKnown ? addresses.keySet() : null);
        return e;
    }

    /** {@code script_user} and the notify FIFOs of a config (blocking: called off the loop). */
    private void useGlobals(KeepalivedConfig cfg) {
        ScriptUser user = ScriptUser.of(cfg.globalDefs());
        if (checkers instanceof DefaultCheckerFactory own) {
            own.scriptUser(user);
        }
        notifier.useGlobals(cfg.globalDefs(), user, line -> onLoop(() -> sink.log(line)));
    }

    /**
     * Starts following the config's FILE_CHECK track files (off the loop: it reads them) and retires the previous
     * watcher; changes reach the engine of the moment, on the loop, and only from the current watcher.
     */
    private synchronized TrackFileWatcher followFiles(KeepalivedConfig cfg, boolean reload) {
        TrackFileWatcher[] self = new TrackFileWatcher[1];
        TrackFileWatcher w = TrackFileWatcher.start(LvsSettings.fileCheckTrackFiles(cfg), reload,
                line -> onLoop(() -> sink.log(line)),
                (name, value) -> onLoop(() -> {
                    if (files == self[0] && engine != null && !closed) {
                        engine.onTrackFile(name, value);
                    }
                }));
        self[0] = w;
        TrackFileWatcher old = files;
        files = w;
        if (old != null) {
            old.close();
        }
        return w;
    }

    private void onLoop(Runnable r) {
        if (loop.inEventLoop()) {
            r.run();
        } else {
            loop.execute(r);
        }
    }

    private <T> T callOnLoop(java.util.concurrent.Callable<T> c) {
        if (loop.inEventLoop()) {
            try {
                return c.call();
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        try {
            return loop.submit(c).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the checker loop", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("checker loop: " + e.getMessage(), e);
        }
    }

    /** Health lines to the log, events to a handler. */
    private record LoggingSink(Consumer<HealthEvent> events) implements HealthSink {
        @Override
        public void log(String line) {
            LOG.info(line);
        }

        @Override
        public void event(HealthEvent event) {
            events.accept(event);
        }
    }

    /** Another sink whose events are also shown to an observer (metrics, smtp alerts), after the sink's own. */
    private record ObservedSink(HealthSink sink, Consumer<HealthEvent> observer) implements HealthSink {
        @Override
        public void log(String line) {
            sink.log(line);
        }

        @Override
        public void event(HealthEvent event) {
            sink.event(event);
            observer.accept(event);
        }
    }

    /** IPVS lines to the log. */
    private static final class LoggingIpvsLog implements IpvsLog {
        @Override
        public void info(String line) {
            LOG.info(line);
        }

        @Override
        public void error(String line) {
            LOG.error(line);
        }
    }

    /**
     * Builds an {@link LvsRuntime}.
     *
     * <table>
     * <caption>settings</caption>
     * <tr><th>method</th><th>default</th></tr>
     * <tr><td>{@link #ipvs}</td><td>required</td></tr>
     * <tr><td>{@link #scripts}</td><td>required: where MISC_CHECK and notify scripts start</td></tr>
     * <tr><td>{@link #dontReleaseIpvs}</td><td>false ({@code -I} sets it)</td></tr>
     * <tr><td>{@link #resyncInterval}</td><td>{@link IpvsSettings#DEFAULT_RESYNC}</td></tr>
     * <tr><td>{@link #events}</td><td>runs notify_up/notify_down/quorum_up/quorum_down on {@link #scripts} (as
     * {@code script_user}) and writes keepalived's line to {@code notify_fifo} and {@code lvs_notify_fifo}</td></tr>
     * <tr><td>{@link #globalNotifyFifo}</td><td>the runtime opens {@code notify_fifo} itself</td></tr>
     * <tr><td>{@link #sink}</td><td>log lines to SLF4J logger {@code Keepalived_healthcheckers}, events to
     * {@link #events}</td></tr>
     * <tr><td>{@link #observe}</td><td>none: an extra receiver of every event (smtp alerts)</td></tr>
     * <tr><td>{@link #ipvsLog}</td><td>the same logger</td></tr>
     * <tr><td>{@link #eventLoopGroup}</td><td>its own one-thread NIO group, thread {@code checker-*}</td></tr>
     * <tr><td>{@link #checkers}</td><td>{@link DefaultCheckerFactory}</td></tr>
     * <tr><td>{@link #watchAddresses}</td><td>true: an rtnetlink address monitor when ha_suspend is used</td></tr>
     * </table>
     */
    public static final class Builder {
        private final KeepalivedConfig config;
        private Supplier<IpvsTable> ipvs;
        private Executor scripts;
        private boolean dontReleaseIpvs;
        private Duration resyncInterval = IpvsSettings.DEFAULT_RESYNC;
        private Consumer<HealthEvent> events;
        private Consumer<HealthEvent> observer;
        private HealthSink sink;
        private IpvsLog ipvsLog;
        private EventLoopGroup group;
        private CheckerFactory checkers;
        private RandomGenerator random = RandomGenerator.getDefault();
        private boolean watchAddresses = true;
        private Consumer<String> globalFifo;

        private Builder(KeepalivedConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        /** @param factory opens the kernel's table (on the ipvs thread) @return this */
        public Builder ipvs(Supplier<IpvsTable> factory) {
            this.ipvs = factory;
            return this;
        }

        /** @param executor where scripts are started (blocking allowed) @return this */
        public Builder scripts(Executor executor) {
            this.scripts = executor;
            return this;
        }

        /** @param dont keepalived's {@code -I}: leave IPVS entries at stop @return this */
        public Builder dontReleaseIpvs(boolean dont) {
            this.dontReleaseIpvs = dont;
            return this;
        }

        /** @param interval how often the kernel is re-read to heal drift @return this */
        public Builder resyncInterval(Duration interval) {
            this.resyncInterval = interval;
            return this;
        }

        /** @param handler notify events (scripts, notify_fifo) @return this */
        public Builder events(Consumer<HealthEvent> handler) {
            this.events = handler;
            return this;
        }

        /**
         * @param eventObserver also receives every event, after the notify scripts are handed on; runs on the
         *                      checker loop and must not block
         * @return this
         */
        public Builder observe(Consumer<HealthEvent> eventObserver) {
            this.observer = eventObserver;
            return this;
        }

        /** @param healthSink health log lines and events, replacing the default logger and {@link #events} @return this */
        public Builder sink(HealthSink healthSink) {
            this.sink = healthSink;
            return this;
        }

        /** @param log IPVS log lines @return this */
        public Builder ipvsLog(IpvsLog log) {
            this.ipvsLog = log;
            return this;
        }

        /** @param eventLoopGroup a group to run the checks on (not shut down by {@link #close}) @return this */
        public Builder eventLoopGroup(EventLoopGroup eventLoopGroup) {
            this.group = eventLoopGroup;
            return this;
        }

        /** @param factory makes the checkers (tests) @return this */
        public Builder checkers(CheckerFactory factory) {
            this.checkers = factory;
            return this;
        }

        /** @param generator random source for the warmup spread @return this */
        public Builder random(RandomGenerator generator) {
            this.random = Objects.requireNonNull(generator, "generator");
            return this;
        }

        /**
         * @param watch true (default) to follow this host's addresses through rtnetlink when a virtual server uses
         *              {@code ha_suspend}; false when the caller reports them with {@link #addressChanged}
         * @return this
         */
        public Builder watchAddresses(boolean watch) {
            this.watchAddresses = watch;
            return this;
        }

        /**
         * @param lines where the lines for the global {@code notify_fifo} go when another part of the daemon owns
         *              that FIFO (by default the runtime opens it itself, as keepalived's checker process does)
         * @return this
         */
        public Builder globalNotifyFifo(Consumer<String> lines) {
            this.globalFifo = lines;
            return this;
        }

        /** @return the runtime, not started */
        public LvsRuntime build() {
            Objects.requireNonNull(ipvs, "ipvs table factory");
            Objects.requireNonNull(scripts, "script executor");
            return new LvsRuntime(this);
        }
    }
}
