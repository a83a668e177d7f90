package org.keepalived4j.check;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keepalived4j.check.health.HealthEvent;
import org.keepalived4j.check.health.HealthSink;
import org.keepalived4j.check.ipvs.RecordingIpvsTable;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.netlink.ipvs.IpvsDestinationEntry;
import org.keepalived4j.netlink.ipvs.IpvsProtocol;
import org.keepalived4j.netlink.ipvs.IpvsServiceKey;

/** FILE_CHECK end to end: real files in a temporary directory, the watcher, the engine and the in-memory kernel. */
class FileCheckRuntimeTest {

    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final IpvsServiceKey WEB =
            IpvsServiceKey.of(IpvsProtocol.TCP, Fixtures.addr("192.0.2.10", 0).getAddress(), 80);

    @TempDir
    Path dir;

    private final RecordingIpvsTable table = new RecordingIpvsTable();
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService scripts = Executors.newSingleThreadExecutor();
    private LvsRuntime runtime;

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
        scripts.shutdownNow();
    }

    private String config(String trackFiles, String realServers) {
        return "global_defs {\n}\n" + trackFiles
                + "virtual_server 192.0.2.10 80 {\n  delay_loop 1\n  lb_algo rr\n  lb_kind NAT\n  protocol TCP\n"
                + realServers + "}\n";
    }

    private String trackFile(String name, String file, String extra) {
        return "track_file " + name + " {\n  file " + dir.resolve(file) + "\n" + extra + "}\n";
    }

    private static String rs(String ip, int weight, String fileCheck) {
        return "  real_server " + ip + " 80 {\n   weight " + weight + "\n   FILE_CHECK {\n" + fileCheck
                + "   }\n  }\n";
    }

    private void start(String text) {
        KeepalivedConfig config = ConfigParser.parse(text).config();
        runtime = LvsRuntime.builder(config).ipvs(() -> table).scripts(scripts).sink(new HealthSink() {
            @Override
            public void log(String line) {
                lines.add(line);
            }

            @Override
            public void event(HealthEvent event) {
                lines.add("event " + event.fifoLine());
            }
        }).build();
        runtime.start();
    }

    private List<String> dests() {
        runtime.awaitIpvs();
        return runtime.ipvsQuery(r -> {
            List<String> out = new ArrayList<>();
            for (IpvsDestinationEntry e : table.kernel().destinations(WEB)) {
                out.add(e.destination().address().getHostAddress() + " w" + e.destination().weight());
            }
            return out;
        });
    }

    @Test
    void weightedFileAdjustsTheWeightAndFaultRemoves() throws IOException {
        Files.writeString(dir.resolve("w"), "2\n");
        start(config(trackFile("tf", "w", "  weight 5\n"),
                rs("10.0.0.2", 10, "    track_file tf\n") + rs("10.0.0.3", 1, "")));
        assertEquals(List.of("10.0.0.2 w20", "10.0.0.3 w1"), dests(), "10 + 2 x 5 at start");

        Files.writeString(dir.resolve("w"), "-1\n");
        await().atMost(SETTLE).until(() -> dests().contains("10.0.0.2 w5"));
        assertTrue(lines.contains("Changing weight from 20 to 5 for active service [10.0.0.2]:tcp:80 of VS "
                + "[192.0.2.10]:tcp:80"), lines::toString);

        // -2^31 x 5 saturates to the fault value: the checker goes down and the server leaves the pool.
        Files.writeString(dir.resolve("w"), "-2147483648\n");
        await().atMost(SETTLE).until(() -> dests().equals(List.of("10.0.0.3 w1")));
        assertTrue(lines.contains("Removing service [10.0.0.2]:tcp:80 from VS [192.0.2.10]:tcp:80"),
                lines::toString);

        Files.writeString(dir.resolve("w"), "0\n");
        await().atMost(SETTLE).until(() -> dests().equals(List.of("10.0.0.3 w1", "10.0.0.2 w10")));
        assertTrue(lines.contains("Adding service [10.0.0.2]:tcp:80 to VS [192.0.2.10]:tcp:80"), lines::toString);
    }

    @Test
    void weightZeroMeansDownOnNonZeroAndReverseFlipsIt() throws IOException {
        Files.writeString(dir.resolve("z"), "1\n");
        start(config(trackFile("zero", "z", "  weight 0\n"),
                rs("10.0.0.2", 1, "    track_file zero\n") + rs("10.0.0.3", 1, "    track_file zero\n"
                        + "    weight 0 reverse\n")));
        assertEquals(List.of("10.0.0.3 w1"), dests(), "non-zero: down; with reverse: up");
        assertFalse(runtime.status().getFirst().realServers().getFirst().alive());

        Files.writeString(dir.resolve("z"), "0\n");
        await().atMost(SETTLE).until(() -> dests().equals(List.of("10.0.0.2 w1")));

        Files.delete(dir.resolve("z"));
        await().atMost(SETTLE).pollDelay(Duration.ofMillis(200)).until(() -> dests().equals(List.of("10.0.0.2 w1")));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("Activating healthchecker")),
                "FILE_CHECK is not a running checker: " + lines);
    }

    @Test
    void initFileCreatesTheFileAndAMissingDirectoryDropsTheTracker() throws IOException {
        start(config(trackFile("init", "i", "  weight 3\n  init_file 4\n")
                        + "track_file gone {\n  file " + dir.resolve("nodir/x") + "\n}\n",
                rs("10.0.0.2", 1, "    track_file init\n") + rs("10.0.0.3", 1, "    track_file gone\n")));
        assertEquals("4\n", Files.readString(dir.resolve("i")));
        assertEquals(List.of("10.0.0.2 w13", "10.0.0.3 w1"), dests());
        assertTrue(lines.contains("Track file directory for gone does not exist - removing"), lines::toString);
    }
}
