package org.keepalived4j.vrrp.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keepalived4j.config.model.vrrp.TrackFile;
import org.keepalived4j.config.model.vrrp.VrrpTrackProcess.ParamMatch;
import org.keepalived4j.vrrp.bind.TrackEntry;

/** track_file reading as strtol, track_process matching and quorum delays. */
class TrackFileAndProcessTest {
    @TempDir
    Path dir;

    @Test
    void fileValuesReadAsStrtol() throws IOException {
        assertEquals(42, TrackFileValue.parse("  42 extra"));
        assertEquals(-7, TrackFileValue.parse("-7\n"));
        assertEquals(255, TrackFileValue.parse("0xff"));
        assertEquals(8, TrackFileValue.parse("010"));
        assertEquals(0, TrackFileValue.parse("abc"));
        Path f = dir.resolve("prio");
        assertEquals(OptionalLong.of(0), TrackFileValue.read(f), "missing file reads 0");
        Files.writeString(f, "12\n");
        assertEquals(OptionalLong.of(12), TrackFileValue.read(f));
        Files.writeString(f, "99999999999");
        assertTrue(TrackFileValue.read(f).isEmpty(), "out of range: ignored");
    }

    @Test
    void initFileWritesOnlyWhenMissingUnlessOverwrite() throws IOException {
        Path f = dir.resolve("init");
        TrackFileValue.init(f, new TrackFile.Init(5, false));
        assertEquals("5\n", Files.readString(f));
        TrackFileValue.init(f, new TrackFile.Init(6, false));
        assertEquals("5\n", Files.readString(f));
        TrackFileValue.init(f, new TrackFile.Init(7, true));
        assertEquals("7\n", Files.readString(f));
    }

    static TrackEntry.ProcessSpec spec(String process, List<String> params, ParamMatch m, long quorum, long max,
                                       Duration fork, Duration term) {
        return new TrackEntry.ProcessSpec("p", process, params, m, quorum, max, term, fork, false);
    }

    @Test
    void processesMatchByNameAndParameters() throws IOException {
        proc(1, "nginx", "nginx", "-g", "daemon off;");
        proc(2, "nginx", "nginx", "worker");
        proc(3, "sshd", "/usr/sbin/sshd", "-D");
        ProcessTable t = ProcessTable.scan(dir);
        assertEquals(2, t.count(spec("nginx", List.of(), ParamMatch.NONE, 1, 99, Duration.ZERO, Duration.ZERO)));
        assertEquals(1, t.count(spec("nginx", List.of("worker"), ParamMatch.EXACT, 1, 99, Duration.ZERO,
                Duration.ZERO)));
        assertEquals(1, t.count(spec("nginx", List.of("-g"), ParamMatch.INITIAL, 1, 99, Duration.ZERO,
                Duration.ZERO)));
        assertEquals(1, t.count(spec("nginx", List.of("daemon off;"), ParamMatch.PARTIAL, 1, 99, Duration.ZERO,
                Duration.ZERO)));
        assertEquals(1, t.count(spec("/usr/sbin/sshd", List.of(), ParamMatch.NONE, 1, 99, Duration.ZERO,
                Duration.ZERO)), "a path matches argv[0]");
    }

    @Test
    void quorumChangesWaitForTheirDelay() {
        ProcessTracker t = new ProcessTracker(spec("x", List.of(), ParamMatch.NONE, 2, 3, Duration.ofMillis(500),
                Duration.ofMillis(1000)));
        assertTrue(t.onScan(2, 0), "first scan sets the state");
        assertEquals(Boolean.TRUE, t.haveQuorum());
        assertFalse(t.onScan(1, 100), "loss waits for terminate_delay");
        assertEquals(1100, t.pendingDueMs());
        assertFalse(t.onScan(1, 900));
        assertTrue(t.onScan(1, 1100));
        assertEquals(Boolean.FALSE, t.haveQuorum());
        assertFalse(t.onScan(4, 1200), "above quorum_max is no quorum");
        assertFalse(t.onScan(3, 1300));
        assertFalse(t.onScan(1, 1400), "a gain that did not last is forgotten");
        assertEquals(-1, t.pendingDueMs());
    }

    private void proc(int pid, String comm, String... argv) throws IOException {
        Path p = Files.createDirectories(dir.resolve(Integer.toString(pid)));
        Files.writeString(p.resolve("comm"), comm + "\n");
        Files.writeString(p.resolve("cmdline"), String.join("\0", argv) + "\0");
    }
}
