package org.keepalived4j.vrrp.runtime;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our agent against Debian's keepalived 2.2.7 in two network namespaces joined by veth (root needed; skipped with
 * a message otherwise, failed instead when CI=true). keepalived runs with its own pid files under a temp dir.
 * Ours runs in a child JVM ({@link InteropAgentMain}) so that it can be killed with SIGKILL.
 */
class KeepalivedInteropTest {
    private static final String VIP = "10.78.0.100";
    private final List<Process> processes = new ArrayList<>();
    @TempDir
    Path dir;
    private Netns ns;

    @BeforeEach
    void setUp() throws Exception {
        Netns.requireRootAndTools("ip", "keepalived");
        ns = Netns.create("k4jvrrp" + ProcessHandle.current().pid() % 10000, "10.78.0");
    }

    @AfterEach
    void tearDown() {
        System.out.println("---- keepalived4j log ----\n" + log("k4j.log") + "---- keepalived log ----\n"
                + log("keepalived.log"));
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (ns != null) {
            ns.close();
        }
    }

    private Process startKeepalived(String conf) throws IOException {
        Path cfg = dir.resolve("keepalived.conf");
        Files.writeString(cfg, conf);
        Process p = Netns.spawn(ns.a, dir.resolve("keepalived.log"), List.of("keepalived", "-n", "-l", "-D",
                "-f", cfg.toString(), "-p", dir.resolve("ka.pid").toString(), "-r",
                dir.resolve("vrrp.pid").toString(), "-c", dir.resolve("chk.pid").toString()));
        processes.add(p);
        return p;
    }

    private Process startOurs(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-XX:+UseZGC",
                "-Dk4j.vrrp.log=info", "-cp", System.getProperty("java.class.path"),
                InteropAgentMain.class.getName()));
        cmd.addAll(List.of(args));
        Process p = Netns.spawn(ns.b, dir.resolve("k4j.log"), cmd);
        processes.add(p);
        return p;
    }

    private String log(String name) {
        try {
            Path p = dir.resolve(name);
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String keepalivedConf(int priority) {
        return """
                global_defs {
                  router_id ka_peer
                  vrrp_garp_master_delay 1
                }
                vrrp_instance VI_1 {
                  state BACKUP
                  interface veth0
                  virtual_router_id 61
                  priority %d
                  advert_int 1
                  authentication {
                    auth_type PASS
                    auth_pass secret
                  }
                  virtual_ipaddress {
                    %s/24
                  }
                }
                """.formatted(priority, VIP);
    }

    private boolean vipIn(String namespace) throws IOException, InterruptedException {
        return Netns.sh("ip", "-n", namespace, "-4", "addr", "show", "dev", "veth0").contains(VIP + "/24");
    }

    @Test
    void weAreMasterOverKeepalivedAndKeepalivedTakesOverWhenWeAreKilled() throws Exception {
        Process ours = startOurs("veth0", "61", "150", "2", "100", VIP + "/24", "secret");
        // JVM start (about 1 s) + Master_Down_Interval of priority 150 (3.414 s)
        await().atMost(Duration.ofSeconds(8)).pollInterval(Duration.ofMillis(20))
                .until(() -> log("k4j.log").contains("(VI_1) Entering MASTER STATE"));
        startKeepalived(keepalivedConf(100));
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> log("keepalived.log").contains("(VI_1) Entering BACKUP STATE"));
        // keepalived must stay BACKUP past its own Master_Down_Interval (3.609 s) while we advertise
        await().during(Duration.ofMillis(4_500)).atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(100))
                .until(() -> !log("keepalived.log").contains("Entering MASTER STATE"));
        assertTrue(vipIn(ns.b), "our VIP is on our side");
        assertFalse(vipIn(ns.a), "keepalived holds no VIP");

        long killedAt = System.nanoTime();
        ours.destroyForcibly();
        await().atMost(Duration.ofMillis(3_609 + 300)).pollInterval(Duration.ofMillis(10))
                .until(() -> log("keepalived.log").contains("(VI_1) Entering MASTER STATE"));
        long tookMs = (System.nanoTime() - killedAt) / 1_000_000;
        System.out.println("keepalived took over " + tookMs + " ms after SIGKILL of our agent");
        await().atMost(Duration.ofSeconds(2)).until(() -> vipIn(ns.a));
    }
}
