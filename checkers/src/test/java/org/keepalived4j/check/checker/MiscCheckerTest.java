package org.keepalived4j.check.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.check.Fixtures;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.model.lvs.MiscCheck;

class MiscCheckerTest extends CheckerTestBase {

    private final ExecutorService processes = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stop() {
        processes.shutdownNow();
    }

    private MiscChecker misc(List<String> args, boolean dynamic, Duration timeout) {
        MiscCheck check = new MiscCheck(Fixtures.settings(0, false), new ScriptCommand(args, null, null, Fixtures.POS),
                timeout, dynamic, Fixtures.POS);
        return new MiscChecker(check, processes);
    }

    @Test
    void exitZeroPasses() throws Exception {
        CheckOutcome o = run(misc(List.of("/bin/true"), false, Duration.ofSeconds(5)), Duration.ofSeconds(10));
        assertTrue(o.success());
        assertEquals(0, o.exitStatus());
    }

    @Test
    void exitOneFails() throws Exception {
        CheckOutcome o = run(misc(List.of("/bin/false"), false, Duration.ofSeconds(5)), Duration.ofSeconds(10));
        assertFalse(o.success());
        assertEquals(1, o.exitStatus());
    }

    @Test
    void argumentsArePassedWithoutAShell() throws Exception {
        // With a shell, "exit 7; true" would run; without one, sh gets it as a single -c script argument.
        CheckOutcome o = run(misc(List.of("/bin/sh", "-c", "exit $0", "7"), true, Duration.ofSeconds(5)),
                Duration.ofSeconds(10));
        assertTrue(o.success(), "misc_dynamic: 7 is a pass with weight 5");
        assertEquals(7, o.exitStatus());
    }

    @Test
    void dynamicExitCodesOutsideTheRangeFail() throws Exception {
        CheckOutcome o = run(misc(List.of("/bin/sh", "-c", "exit 1"), true, Duration.ofSeconds(5)),
                Duration.ofSeconds(10));
        assertFalse(o.success());
        CheckOutcome plain = run(misc(List.of("/bin/sh", "-c", "exit 7"), false, Duration.ofSeconds(5)),
                Duration.ofSeconds(10));
        assertFalse(plain.success(), "without misc_dynamic only 0 passes");
    }

    @Test
    void timeoutKillsTheScript() throws Exception {
        long t0 = System.nanoTime();
        CheckOutcome o = run(misc(List.of("/bin/sleep", "30"), false, Duration.ofMillis(300)), Duration.ofSeconds(10));
        assertFalse(o.success());
        assertEquals("timed out", o.detail());
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(5).toNanos());
    }

    @Test
    void missingProgramFails() throws Exception {
        CheckOutcome o = run(misc(List.of("/nonexistent/script"), false, Duration.ofSeconds(5)),
                Duration.ofSeconds(10));
        assertFalse(o.success());
        assertEquals(127, o.exitStatus());
    }
}
