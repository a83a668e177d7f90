package org.keepalived4j.vrrp.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.ParseResult;
import org.keepalived4j.config.model.vrrp.VrrpInstance;
import org.keepalived4j.config.model.vrrp.VrrpSyncGroup;
import org.keepalived4j.vrrp.runtime.MonotonicClock;
import org.keepalived4j.vrrp.runtime.NotifyRunner;
import org.keepalived4j.vrrp.runtime.PacketIo;
import org.keepalived4j.vrrp.runtime.PcapPacketIo;
import org.keepalived4j.vrrp.runtime.VrrpAgent;
import org.keepalived4j.vrrp.state.NotifyScripts;

/**
 * TEST-ONLY: runs the VRRP instances and sync groups of a keepalived.conf on one {@link VrrpAgent} in this JVM's
 * network namespace, with {@link ConfigToParams}' small mapping and {@link RtnlVipManager}; every 200 ms writes
 * the agent's statistics in keepalived's stats-file layout. SIGTERM stops gracefully (priority 0, VIPs removed).
 * The interop tests and the failover benchmark use it until the daemon runs VRRP.
 *
 * <p>Arguments: {@code CONFIG_FILE STATS_FILE}.
 */
public final class AgentFromConfigMain {
    private AgentFromConfigMain() {
    }

    /** Runs until SIGTERM / SIGINT. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: AgentFromConfigMain CONFIG_FILE STATS_FILE");
            System.exit(2);
        }
        ParseResult parsed = ConfigParser.parse(Path.of(args[0]), ParseOptions.defaults());
        for (Diagnostic d : parsed.diagnostics().all()) {
            System.out.println(d);
        }
        if (parsed.diagnostics().fatal()) {
            System.exit(1);
        }
        Path statsFile = Path.of(args[1]);
        NotifyRunner notifier = new NotifyRunner();
        VrrpAgent agent = new VrrpAgent(MonotonicClock.SYSTEM, new RtnlVipManager(), notifier, true, false);
        Map<String, PacketIo> ios = new HashMap<>();
        for (VrrpInstance i : parsed.config().vrrp().instances()) {
            PacketIo io = ios.get(i.interfaceName());
            if (io == null) {
                io = PcapPacketIo.open(i.interfaceName());
                ios.put(i.interfaceName(), io);
            }
            agent.addInstance(ConfigToParams.map(i), io);
        }
        for (VrrpSyncGroup g : parsed.config().vrrp().syncGroups()) {
            agent.addSyncGroup(g.name(), g.members(), NotifyScripts.NONE);
        }
        ScheduledExecutorService statsWriter = Executors.newSingleThreadScheduledExecutor();
        statsWriter.scheduleWithFixedDelay(() -> agent.requestStats(text -> statsWriter.execute(() -> {
            try {
                Path tmp = statsFile.resolveSibling(statsFile.getFileName() + ".tmp");
                Files.writeString(tmp, text);
                Files.move(tmp, statsFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                System.err.println("stats: " + e);
            }
        })), 200, 200, TimeUnit.MILLISECONDS);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            agent.shutdown();
            try {
                agent.awaitStopped(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            agent.close();
            notifier.close();
            statsWriter.shutdownNow();
            System.out.println("Stopped");
        }));
        agent.startThread();
        Thread.currentThread().join();
    }
}
