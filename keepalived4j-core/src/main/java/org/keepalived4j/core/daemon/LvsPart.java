package org.keepalived4j.core.daemon;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.keepalived4j.check.LvsRuntime;
import org.keepalived4j.check.RealServerStatus;
import org.keepalived4j.check.VirtualServerStatus;
import org.keepalived4j.check.health.HealthEvent;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.core.cli.Options;
import org.keepalived4j.core.status.IpvsCounters;
import org.keepalived4j.netlink.ipvs.GenlIpvsTable;
import org.keepalived4j.netlink.ipvs.IpvsTable;

/** The checker part (keepalived's checker child): health checks driving IPVS through generic netlink. */
final class LvsPart implements Part {

    private final ExecutorService scripts = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().name("checker-script-", 0).daemon(true).factory());
    private final LvsRuntime runtime;

    /**
     * @param config        the configuration
     * @param options       the command line
     * @param alertObserver also receives the health events (smtp alerts), on the checker loop
     */
    LvsPart(KeepalivedConfig config, Options options, Consumer<HealthEvent> alertObserver) {
        this(config, options, alertObserver, GenlIpvsTable::open);
    }

    /** With another IPVS table (tests: the in-memory kernel). */
    LvsPart(KeepalivedConfig config, Options options, Consumer<HealthEvent> alertObserver,
            Supplier<IpvsTable> ipvs) {
        this.runtime = LvsRuntime.builder(config)
                .ipvs(ipvs)
                .scripts(scripts)
                .dontReleaseIpvs(options.dontReleaseIpvs())
                .observe(alertObserver)
                .build();
    }

    /** The runtime, for the VRRP part's sync-daemon link and for status. */
    LvsRuntime runtime() {
        return runtime;
    }

    /** The IPVS reconciler's counters, for the status endpoint (waits on the ipvs thread). */
    IpvsCounters ipvsCounters() {
        IpvsCounters c = runtime.ipvsQuery(r -> r == null ? null
                : new IpvsCounters(true, r.commands(), r.failures(), r.repairs()));
        return c != null ? c : new IpvsCounters(!runtime.ipvsUnavailable(), 0, 0, 0);
    }

    @Override
    public String name() {
        return "checker";
    }

    @Override
    public void start() {
        runtime.start();
    }

    @Override
    public void reload(KeepalivedConfig config) {
        runtime.reload(config);
    }

    @Override
    public void dumpData(Appendable out) throws IOException {
        out.append("------< Health checkers >------\n");
        for (VirtualServerStatus vs : runtime.status()) {
            out.append(" VS = ").append(vs.name()).append('\n')
                    .append("   Quorum = ").append(vs.quorumUp() ? "up" : "down")
                    .append(", sorry server active = ").append(Boolean.toString(vs.sorryActive()))
                    .append(", weight sum = ").append(Long.toString(vs.weightSum())).append('\n');
            for (RealServerStatus rs : vs.realServers()) {
                out.append("   RS = ").append(rs.address())
                        .append(", alive = ").append(rs.alive() ? "yes" : "no")
                        .append(", weight = ").append(Integer.toString(rs.weight()))
                        .append(", failed checkers = ").append(Integer.toString(rs.failedCheckers()))
                        .append(", last check = ").append(Long.toString(rs.lastCheckLatencyNs() / 1000))
                        .append(" us\n");
            }
        }
    }

    @Override
    public void dumpStats(Appendable out) {
        // keepalived's stats file is VRRP-only; the checker part has nothing to add.
    }

    @Override
    public void close() {
        runtime.close();
        scripts.shutdown();
        try {
            scripts.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
