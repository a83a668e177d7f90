package org.keepalived4j.check.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keepalived4j.netlink.vm.GuestJava;
import org.keepalived4j.netlink.vm.RequiresVm;
import org.keepalived4j.netlink.vm.VmHarness;
import org.keepalived4j.netlink.vm.VmResult;
import org.keepalived4j.netlink.vm.VmSession;

/**
 * Real IPVS, one VM boot: the same config ({@code vm/lvs-conformance.conf}: NAT with HTTP_GET, DR with persistence
 * and inhibit_on_failure, TUN with thresholds and GRE, fwmark with sh flags, quorum with a sorry server, a group,
 * IPv6, lvs_timeouts, lvs_sync_daemon) run first by Debian's keepalived ({@code keepalived -n -l -C}) and then by
 * {@link LvsGuestMain} (our {@code LvsRuntime} on {@code GenlIpvsTable}). {@code ipvsadm -Sn} must be the same once
 * the checks settle, after one real server (IPv4 and IPv6) stops answering, after it answers again, and after each
 * stops; so must the sync daemons and timeouts. Then drift: entries deleted or altered with {@code ipvsadm} behind our
 * back come back.
 */
@RequiresVm
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LvsVmConformanceTest {

    private static final Duration BOOT = Duration.ofSeconds(180);
    private static final Duration STEP = Duration.ofSeconds(240);

    private Path runDir;
    private VmResult keepalived;
    private VmResult ours;

    @BeforeAll
    void runBothInOneBoot() throws IOException {
        try (VmSession s = VmHarness.locate().start(BOOT)) {
            Path live = s.runDir();
            runDir = live;
            s.putFile("lvs.conf", resource("lvs-conformance.conf"));
            s.putFile("lib.sh", resource("lvs-conformance.sh"));
            s.exec(". ./lib.sh && setup", STEP).requireSuccess();
            keepalived = s.exec("""
                    . ./lib.sh
                    ipvsadm -C
                    keepalived -n -l -C -f "$IO/lvs.conf" -p "$IO/k.pid" -c "$IO/kc.pid" -r "$IO/kv.pid" \\
                        > "$IO/keepalived.log" 2>&1 &
                    pid=$!
                    scenario $pid k
                    stop_and_dump $pid k
                    """, STEP);
            ours = s.exec("""
                    . ./lib.sh
                    ipvsadm -C
                    %s lvs.conf "$IO/k4j-ready" 2 > "$IO/k4j.log" 2>&1 &
                    pid=$!
                    n=0; while [ ! -e "$IO/k4j-ready" ] && [ $n -lt 600 ]; do sleep 0.1; n=$((n + 1)); done
                    [ -e "$IO/k4j-ready" ] || { echo "not ready"; cat "$IO/k4j.log"; exit 1; }
                    scenario $pid j
                    # Drift: delete one destination, re-weight another, delete a service; wait for the resync.
                    ipvsadm -d -t 192.0.2.100:80 -r 192.0.2.11:80
                    ipvsadm -e -t 192.0.2.101:80 -r 192.0.2.11:80 -g -w 9
                    ipvsadm -D -t [2001:db8::100]:80
                    n=0; while [ "$(ipvsadm -Sn)" != "$(cat "$IO/j-3.txt")" ] && [ $n -lt 100 ]; do
                      sleep 0.2; n=$((n + 1)); done
                    ipvsadm -Sn > "$IO/j-drift.txt"
                    stop_and_dump $pid j
                    """.formatted(GuestJava.command(LvsGuestMain.class)), STEP);
            // The session deletes its run directory when it closes cleanly: keep what the tests read.
            runDir = Files.createTempDirectory("k4j-lvs-conformance");
            try (var files = Files.list(live)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, runDir.resolve(f.getFileName()));
                }
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LvsVmConformanceTest.class.getResourceAsStream("/vm/" + name)) {
            if (in == null) {
                throw new IOException("test resource /vm/" + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String file(String name) throws IOException {
        return Files.readString(runDir.resolve(name), StandardCharsets.UTF_8);
    }

    private String context() {
        try {
            return "\nkeepalived: " + keepalived + "\nours: " + ours + "\n--- keepalived.log ---\n"
                    + file("keepalived.log") + "\n--- k4j.log ---\n" + file("k4j.log");
        } catch (IOException e) {
            return "\n(logs unreadable: " + e.getMessage() + ")";
        }
    }

    /**
     * {@code ipvsadm -Sn} with destinations sorted within each service and services sorted: the kernel lists
     * services in hash order and destinations in the order they were added, which the two daemons may do
     * differently after a server comes back.
     */
    static String normalise(String saved) {
        List<List<String>> blocks = new ArrayList<>();
        for (String line : saved.strip().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("-A") || blocks.isEmpty()) {
                blocks.add(new ArrayList<>());
            }
            blocks.getLast().add(line.strip());
        }
        List<String> out = new ArrayList<>();
        for (List<String> b : blocks) {
            List<String> dests = new ArrayList<>(b.subList(1, b.size()));
            dests.sort(null);
            out.add(b.getFirst() + "\n" + String.join("\n", dests));
        }
        out.sort(null);
        return String.join("\n", out);
    }

    private void assertSame(String step) throws IOException {
        assertEquals(0, keepalived.exitCode(), this::context);
        assertEquals(0, ours.exitCode(), this::context);
        String k = file("k-" + step + ".txt");
        String j = file("j-" + step + ".txt");
        assertEquals(normalise(k), normalise(j), () -> "step " + step + context());
    }

    @Test
    void sameTableOnceChecksSettle() throws IOException {
        assertSame("1");
        String table = file("j-1.txt");
        assertTrue(table.contains("-A -t [2001:db8::100]:80 -s lc"), table);
        assertTrue(table.contains("-A -f 7 -s sh"), table);
    }

    @Test
    void sameTableAfterARealServerStopsAnswering() throws IOException {
        assertSame("2");
        String table = file("j-2.txt");
        assertTrue(table.contains("-a -t 192.0.2.101:80 -r 192.0.2.12:80 -g -w 0"), "inhibited, weight 0\n" + table);
        assertTrue(table.contains("-a -t 192.0.2.103:80 -r 192.0.2.13:80 -m -w 1"), "sorry server in\n" + table);
    }

    @Test
    void sameTableAfterItAnswersAgain() throws IOException {
        assertSame("3");
    }

    @Test
    void sameSyncDaemonsAndTimeouts() throws IOException {
        assertSame("daemon");
        assertSame("timeout");
        assertTrue(file("j-daemon.txt").contains("master sync daemon"), file("j-daemon.txt"));
    }

    @Test
    void bothLeaveTheSameAtStop() throws IOException {
        assertSame("end");
        assertSame("end-daemon");
        assertSame("end-timeout");
    }

    @Test
    void driftIsHealed() throws IOException {
        assertEquals(normalise(file("j-3.txt")), normalise(file("j-drift.txt")), this::context);
        String log = file("k4j.log");
        assertTrue(log.contains("was removed behind our back"), log);
    }
}
