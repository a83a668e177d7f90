package org.keepalived4j.vrrp.runtime;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keepalived4j.vrrp.state.NotifyScripts;
import org.keepalived4j.vrrp.state.VrrpState;

/** Notify scripts run off the caller's thread with keepalived's arguments, and are killed after the timeout. */
class NotifyRunnerTest {
    @TempDir
    Path dir;

    private List<String> recorder(String file) {
        // the command itself is a shell script here; the runner starts it without a shell
        return List.of("/bin/sh", "-c", "echo \"$@\" >> " + dir.resolve(file), "sh");
    }

    @Test
    void stateScriptAndNotifyGetKeepalivedsArguments() {
        try (NotifyRunner runner = new NotifyRunner()) {
            NotifyScripts scripts = new NotifyScripts(recorder("master"), List.of(), List.of(), List.of(),
                    recorder("notify"));
            runner.instanceState(scripts, "VI_1", VrrpState.MASTER, 150);
            runner.groupState(scripts, "G1", VrrpState.BACKUP);
            await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(10))
                    .until(() -> Files.exists(dir.resolve("notify"))
                            && Files.readAllLines(dir.resolve("notify")).size() == 2);
            await().atMost(Duration.ofSeconds(3)).until(() -> Files.exists(dir.resolve("master")));
        }
        try {
            List<String> lines = Files.readAllLines(dir.resolve("notify"));
            assertEquals(true, lines.contains("INSTANCE VI_1 MASTER 150"), lines.toString());
            assertEquals(true, lines.contains("GROUP G1 BACKUP 0"), lines.toString());
            assertEquals(List.of(""), Files.readAllLines(dir.resolve("master")));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aScriptOutlivingTheTimeoutIsKilledAndCounted() {
        try (NotifyRunner runner = new NotifyRunner(Duration.ofMillis(200))) {
            runner.submit(List.of("/bin/sleep", "30"));
            await().atMost(Duration.ofMillis(1_500)).pollInterval(Duration.ofMillis(10))
                    .until(() -> runner.failures() == 1);
        }
    }

    @Test
    void aMissingCommandIsCountedNotThrown() {
        try (NotifyRunner runner = new NotifyRunner()) {
            runner.submit(List.of("/nonexistent/notify-script"));
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10))
                    .until(() -> runner.failures() == 1);
        }
    }
}
