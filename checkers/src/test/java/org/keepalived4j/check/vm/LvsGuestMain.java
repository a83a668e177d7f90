package org.keepalived4j.check.vm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.keepalived4j.check.LvsRuntime;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.ParseResult;
import org.keepalived4j.netlink.ipvs.GenlIpvsTable;

/**
 * Our side of the VM conformance test, run inside the guest: reads a keepalived.conf with {@link ConfigParser},
 * runs {@link LvsRuntime} on the real kernel ({@link GenlIpvsTable}) as keepalived's checker process would run, and
 * writes a ready file once started. SIGTERM closes it (entries removed as keepalived removes them) and exits.
 *
 * <p>Arguments: {@code CONFIG READY_FILE [RESYNC_SECONDS]}.
 */
public final class LvsGuestMain {

    private LvsGuestMain() {
    }

    /** @param args config file, ready file, optional resync interval in seconds */
    public static void main(String[] args) throws Exception {
        ParseResult parsed = ConfigParser.parse(Path.of(args[0]), ParseOptions.defaults());
        for (Diagnostic d : parsed.diagnostics().all()) {
            System.err.println("config: " + d);
        }
        Duration resync = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 5);
        ExecutorService scripts = Executors.newCachedThreadPool();
        LvsRuntime runtime = LvsRuntime.builder(parsed.config())
                .ipvs(GenlIpvsTable::open)
                .scripts(scripts)
                .resyncInterval(resync)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            scripts.shutdownNow();
            System.err.println("k4j: stopped");
            stopped.countDown();
        }, "stop"));
        runtime.start();
        runtime.awaitIpvs();
        Files.writeString(Path.of(args[1]), "ready\n");
        stopped.await();
    }
}
