package org.keepalived4j.vrrp.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.ParseResult;
import org.keepalived4j.vrrp.DefaultVrrpRuntime;
import org.keepalived4j.vrrp.VrrpRuntime;

/**
 * TEST-ONLY stand-in for {@code keepalived4j -n -l -D -f FILE} until the daemon runs VRRP: parses a
 * keepalived.conf and runs its VRRP part through {@link DefaultVrrpRuntime} (the whole mapping, trackers,
 * rtnetlink VIP manager) in this JVM's network namespace; every 200 ms writes keepalived's stats file layout
 * ({@link VrrpRuntime#dumpStats}) to STATS_FILE. SIGTERM stops gracefully (priority 0, VIPs removed).
 *
 * <p>Arguments: {@code CONFIG_FILE STATS_FILE}.
 */
public final class RuntimeFromConfigMain {
    private RuntimeFromConfigMain() {
    }

    /** Runs until SIGTERM / SIGINT. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: RuntimeFromConfigMain CONFIG_FILE STATS_FILE");
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
        VrrpRuntime runtime = DefaultVrrpRuntime.create(parsed.config(),
                new VrrpRuntime.Options(true, true, false));
        ScheduledExecutorService statsWriter = Executors.newSingleThreadScheduledExecutor();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            statsWriter.shutdownNow();
            runtime.stop(Duration.ofSeconds(5));
            System.out.println("Stopped");
        }));
        runtime.start();
        statsWriter.scheduleWithFixedDelay(() -> {
            try {
                StringBuilder sb = new StringBuilder();
                runtime.dumpStats(sb);
                Path tmp = statsFile.resolveSibling(statsFile.getFileName() + ".tmp");
                Files.writeString(tmp, sb);
                Files.move(tmp, statsFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                System.err.println("stats: " + e);
            }
        }, 200, 200, TimeUnit.MILLISECONDS);
        Thread.currentThread().join();
    }
}
