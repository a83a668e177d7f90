package org.keepalived4j.core.signals;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.keepalived4j.core.Exec;
import org.keepalived4j.core.SystemTests;

/**
 * keepalived's signals against the real daemon in a network namespace: 50 SIGHUPs while {@code ip monitor address}
 * watches (no unchanged VIP is ever removed; the one VIP that comes and goes does), a broken configuration on reload
 * (refused, daemon and VIPs stay), SIGUSR1 and SIGUSR2 dumps in $TMPDIR, SIGTERM (VIPs and pid file removed, exit 0)
 * and SIGINT.
 */
class DaemonSignalsTest {

    private static final String NS = "k4jsig" + ProcessHandle.current().pid();
    private static final String CONF = """
            global_defs {
                router_id SIGNALS
            }
            vrrp_instance VI_1 {
                state MASTER
                interface eth0
                virtual_router_id 61
                priority 255
                advert_int 1
                virtual_ipaddress {
                    10.66.0.100/24
                    10.66.0.101/24
            %s    }
            }
            """;
    private static final String EXTRA = "            10.66.0.102/24\n";

    @TempDir
    Path dir;
    private Process daemon;
    private Process monitor;

    @BeforeEach
    void namespace() throws Exception {
        SystemTests.requireRootAnd("ip");
        SystemTests.sh(List.of("ip", "netns", "add", NS));
        SystemTests.sh(List.of("ip", "-n", NS, "link", "add", "eth0", "type", "veth", "peer", "name", "peer0"));
        SystemTests.sh(List.of("ip", "-n", NS, "addr", "add", "10.66.0.1/24", "dev", "eth0"));
        for (String l : List.of("eth0", "peer0", "lo")) {
            SystemTests.sh(List.of("ip", "-n", NS, "link", "set", l, "up"));
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (Process p : new Process[] {daemon, monitor}) {
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        }
        Exec.run(List.of("ip", "netns", "del", NS), Duration.ofSeconds(10));
    }

    @Test
    void fiftyReloadsNeverTouchUnchangedVipsAndSignalsWorkAsKeepalived() throws Exception {
        Path conf = dir.resolve("keepalived.conf");
        Files.writeString(conf, CONF.formatted(""));
        Path log = dir.resolve("daemon.log");
        Path pid = dir.resolve("k4j.pid");
        daemon = start(conf, log, pid, "HUP");
        await().atMost(Duration.ofSeconds(20)).until(() -> vips().containsAll(List.of("10.66.0.100", "10.66.0.101")));
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(pid));

        Path events = dir.resolve("monitor.log");
        monitor = new ProcessBuilder("ip", "-n", NS, "monitor", "address").redirectErrorStream(true)
                .redirectOutput(events.toFile()).start();
        // ip monitor prints nothing until something happens: make sure it is listening before the first reload. An
        // address added before it subscribed is never printed, so add and remove one until it shows.
        int[] toggles = {0};
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (read(events).contains("10.66.0.250")) {
                return true;
            }
            SystemTests.sh(List.of("ip", "-n", NS, "addr", toggles[0]++ % 2 == 0 ? "add" : "del", "10.66.0.250/32",
                    "dev", "peer0"));
            return false;
        });

        for (int i = 1; i <= 50; i++) {
            boolean extra = i % 2 == 1;
            Files.writeString(conf, CONF.formatted(extra ? EXTRA : ""));
            signal("HUP");
            int n = i;
            awaitOrShow(log, Duration.ofSeconds(20), () -> count(read(log), "Reload finished") >= n);
            await().atMost(Duration.ofSeconds(10)).until(() -> vips().contains("10.66.0.102") == extra);
        }
        String watched = read(events);
        assertEquals(0, deletions(watched, "10.66.0.100") + deletions(watched, "10.66.0.101"),
                "an unchanged VIP was removed during 50 reloads:\n" + watched);
        assertEquals(25, deletions(watched, "10.66.0.102"),
                "the VIP that comes and goes was removed 25 times:\n" + watched);

        // A broken file is refused; the daemon keeps the running configuration and its VIPs.
        Files.writeString(conf, CONF.formatted("").replace("priority 255", "priority 300").replace("}\n}", "}"));
        signal("HUP");
        await().atMost(Duration.ofSeconds(20)).until(() -> read(log).contains("Reload refused"));
        assertTrue(daemon.isAlive(), "daemon survives a broken reload");
        assertTrue(vips().containsAll(List.of("10.66.0.100", "10.66.0.101")));

        signal("USR1");
        await().atMost(Duration.ofSeconds(10)).until(() -> read(dir.resolve("keepalived.data")).contains("VI_1"));
        await().atMost(Duration.ofSeconds(10)).until(() -> read(dir.resolve("keepalived.json"))
                .contains("\"iname\":\"VI_1\""));
        assertTrue(read(dir.resolve("keepalived.json")).contains("\"state\":2"), "MASTER is state 2 in the JSON");
        signal("USR2");
        await().atMost(Duration.ofSeconds(10)).until(() -> read(dir.resolve("keepalived.stats")).contains("VI_1"));

        signal("TERM");
        assertTrue(daemon.waitFor(20, TimeUnit.SECONDS), () -> "SIGTERM stops the daemon; its log:\n" + read(log));
        assertEquals(0, daemon.exitValue(), read(log));
        assertFalse(vips().contains("10.66.0.100"), "VIPs removed on stop");
        assertFalse(Files.exists(pid), "pid file removed on stop");
    }

    @Test
    void sigintStopsGracefully() throws Exception {
        Path conf = dir.resolve("keepalived.conf");
        Files.writeString(conf, CONF.formatted(""));
        Path log = dir.resolve("daemon.log");
        daemon = start(conf, log, dir.resolve("k4j.pid"), "INT", "HUP");
        await().atMost(Duration.ofSeconds(20)).until(() -> vips().contains("10.66.0.100"));
        signal("INT");
        assertTrue(daemon.waitFor(20, TimeUnit.SECONDS), () -> "SIGINT stops the daemon; its log:\n" + read(log));
        assertEquals(0, daemon.exitValue(), read(log));
        assertTrue(read(log).contains("Received SIGINT"), read(log));
        assertTrue(read(log).contains("SIGINT was ignored when the daemon started"), read(log));
        assertFalse(vips().contains("10.66.0.100"));
    }

    /**
     * Starts the daemon with {@code ignored} signals ignored, as it inherits them under {@code nohup} (HUP) or as a
     * background job of a script (INT): it must handle them all the same, as keepalived does.
     */
    private Process start(Path conf, Path log, Path pid, String... ignored) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", NS,
                "sh", "-c", "trap '' " + String.join(" ", ignored) + "; exec \"$@\"", "sh", java,
                "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                "org.keepalived4j.core.Main", "-n", "-l", "-G", "-f", conf.toString(), "-p", pid.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("TMPDIR", dir.toString());
        return pb.start();
    }

    /** Awaits {@code condition}; on a timeout the failure shows the daemon's log. */
    private static void awaitOrShow(Path log, Duration atMost, java.util.concurrent.Callable<Boolean> condition) {
        try {
            await().atMost(atMost).until(condition);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "; the daemon's log:\n" + read(log), e);
        }
    }

    private void signal(String name) throws Exception {
        SystemTests.sh(List.of("kill", "-" + name, Long.toString(daemon.pid())));
    }

    private List<String> vips() throws Exception {
        String out = SystemTests.sh(List.of("ip", "-n", NS, "-4", "-o", "addr", "show", "dev", "eth0"));
        List<String> addrs = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] w = line.trim().split("\\s+");
            for (int i = 0; i + 1 < w.length; i++) {
                if (w[i].equals("inet")) {
                    addrs.add(w[i + 1].substring(0, w[i + 1].indexOf('/')));
                }
            }
        }
        return addrs;
    }

    private static int deletions(String monitorOutput, String address) {
        int n = 0;
        for (String line : monitorOutput.split("\n")) {
            if (line.startsWith("Deleted") && line.contains(" " + address + "/")) {
                n++;
            }
        }
        return n;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
