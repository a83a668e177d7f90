package org.keepalived4j.dist;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The launcher's daemonizing ({@code packaging/launcher/daemonize.bash}): which command lines go to the background,
 * and what starting in the background does, with a stand-in for the JVM so that it runs fast and without root.
 */
class LauncherTest {

    private static final Path LIBRARY = repoRoot().resolve("packaging/launcher/daemonize.bash");

    /** Behaves as the daemon would, as FAKE_MODE says; records its arguments in FAKE_ARGS. */
    private static final String FAKE_DAEMON = """
            #!/bin/bash
            printf '%s\\n' "$@" > "$FAKE_ARGS"
            echo $$ > "$FAKE_ARGS.pid"
            pidfile=/run/keepalived4j.pid
            while [ $# -gt 0 ]; do [ "$1" = -p ] && pidfile=$2; shift; done
            case $FAKE_MODE in
              ok) echo "Starting Keepalived4j"; echo $$ > "$pidfile"; exec sleep 120 ;;
              fail) echo "Starting Keepalived4j"; echo "No configuration file - exiting" >&2; exit 6 ;;
              slow) echo "Starting Keepalived4j"; exec sleep 120 ;;
            esac
            """;

    private final List<Long> started = new ArrayList<>();

    @AfterEach
    void stopStandIns() {
        started.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''                          | background /run/keepalived4j.pid",
        "-f x.conf                   | background /run/keepalived4j.pid",
        "-D -S 0 -l                  | background /run/keepalived4j.pid",
        "-p /tmp/a.pid               | background /tmp/a.pid",
        "-p/tmp/b.pid                | background /tmp/b.pid",
        "--pid=/tmp/c.pid            | background /tmp/c.pid",
        "--pid /tmp/d.pid            | background /tmp/d.pid",
        "-lDp /tmp/e.pid             | background /tmp/e.pid",
        "-f -n                       | background /run/keepalived4j.pid",
        "--log-file=/tmp/k.log       | background /run/keepalived4j.pid",
        "-g/tmp/k.log                | background /run/keepalived4j.pid",
        "-n                          | foreground",
        "-lnD                        | foreground",
        "--dont-fork                 | foreground",
        "--dont-f                    | foreground",
        "-f x.conf -n                | foreground",
        "-t                          | foreground",
        "-t/tmp/t.log                | foreground",
        "--config-test=/tmp/t.log    | foreground",
        "-v                          | foreground",
        "--version                   | foreground",
        "-h                          | foreground",
        "--signum=RELOAD             | foreground",
        "--signum RELOAD             | foreground",
        "-d                          | foreground",
        "--dont                      | foreground",
        "--bogus                     | foreground",
        "-Z                          | foreground",
        "-g /tmp/k.log               | foreground",
        "-f                          | foreground",
    })
    void decidesLikeKeepalivedWhetherToGoToTheBackground(String args, String expected) throws Exception {
        Shell.Result r = Shell.run(Duration.ofSeconds(20), List.of("bash", "-c",
                ". \"$0\"; if k4j_wants_detach $1; then echo background $K4J_PIDFILE; else echo foreground; fi",
                LIBRARY.toString(), args));
        assertEquals(expected, r.stdout().strip(), r::toString);
    }

    @Test
    void backgroundStartReturnsOnceThePidFileNamesTheDetachedDaemon(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("k.pid");
        Shell.Result r = launch(dir, "ok", "20", "-f", "x.conf", "-p", pidFile.toString());
        assertEquals(0, r.exitCode(), r::toString);
        assertEquals("", r.output(), "a daemon that starts says nothing, as keepalived");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        started.add(pid);
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "daemon alive");
        assertEquals(pid, sessionOf(pid), "the daemon leads its own session");
        assertEquals(Path.of("/dev/null"), Files.readSymbolicLink(Path.of("/proc/" + pid + "/fd/0")));
        assertEquals(List.of("--dont-fork", "--log-console", "-f", "x.conf", "-p", pidFile.toString()),
                Files.readAllLines(dir.resolve("args")), "the JVM's arguments");
        assertNoStartFilesLeft(dir);
    }

    @Test
    void daemonThatExitsGivesItsExitCodeAndLastLogLines(@TempDir Path dir) throws Exception {
        Shell.Result r = launch(dir, "fail", "20", "-p", dir.resolve("k.pid").toString());
        assertEquals(6, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("exited with code 6"), r::toString);
        assertTrue(r.stderr().contains("  No configuration file - exiting"), r::toString);
        assertTrue(r.stderr().contains("  Starting Keepalived4j"), r::toString);
        assertNoStartFilesLeft(dir);
    }

    @Test
    void daemonThatNeverWritesItsPidFileIsStoppedAfterTheTimeout(@TempDir Path dir) throws Exception {
        Shell.Result r = launch(dir, "slow", "1", "-p", dir.resolve("k.pid").toString());
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.stderr().contains("was not running after 1s"), r::toString);
        long pid = Long.parseLong(Files.readString(dir.resolve("args.pid")).strip());
        started.add(pid);
        await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true));
        assertNoStartFilesLeft(dir);
    }

    @Test
    void foregroundCommandsRunInPlace(@TempDir Path dir) throws Exception {
        Shell.Result r = launch(dir, "fail", "20", "-t", "-f", "x.conf");
        assertEquals(6, r.exitCode(), r::toString);
        assertEquals(List.of("-t", "-f", "x.conf"), Files.readAllLines(dir.resolve("args")), "no --dont-fork added");
        assertFalse(r.stderr().contains("exited with code"), r::toString);
    }

    /** Runs the launcher library with the stand-in daemon as its "JVM". */
    private static Shell.Result launch(Path dir, String mode, String timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        Path fake = dir.resolve("fake-daemon");
        Files.writeString(fake, FAKE_DAEMON);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwx------"));
        List<String> cmd = new ArrayList<>(List.of("env", "FAKE_MODE=" + mode, "FAKE_ARGS=" + dir.resolve("args"),
                "K4J_START_TIMEOUT=" + timeoutSeconds, "TMPDIR=" + dir, "bash", "-c",
                "set -euo pipefail; K4J_JVM=(\"$0\"); . \"" + LIBRARY + "\"; k4j_launch \"$@\"", fake.toString()));
        cmd.addAll(List.of(args));
        return Shell.run(Duration.ofSeconds(30), cmd);
    }

    /** The launcher's temporary console copy and fifo (under TMPDIR) are gone. */
    private static void assertNoStartFilesLeft(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().startsWith("keepalived4j-start"))
                    .toList());
        }
    }

    private static long sessionOf(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3]);
    }

    private static Path repoRoot() {
        Path root = Path.of(System.getProperty("k4j.repoRoot", "..")).toAbsolutePath().normalize();
        return Files.exists(root.resolve("packaging")) ? root : root.getParent();
    }
}
