package org.keepalived4j.netlink.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The harness itself: two boots (one-shot run, then a session with several commands). */
@RequiresVm
class VmHarnessTest {
    private static final Duration BOOT = Duration.ofSeconds(120);
    private static final Duration STEP = Duration.ofSeconds(60);
    private static final List<String> SCHEDULERS =
            List.of("rr", "wrr", "lc", "wlc", "lblc", "lblcr", "dh", "sh", "sed", "nq", "fo", "ovf", "mh");

    private final VmHarness vm = VmHarness.locate();

    @Test
    void runReturnsOutputAndExitCode() {
        VmResult r = vm.run("echo out; echo err >&2; exit 7", BOOT);
        assertEquals(new VmResult(7, "out\n", "err\n"), r);
    }

    @Test
    void sessionRunsSeveralCommandsInOneBoot() {
        try (VmSession s = vm.start(BOOT)) {
            // Every scheduler module was loaded with the chroot's modprobe, so each one can back a service.
            StringBuilder add = new StringBuilder("set -e\n");
            for (int i = 0; i < SCHEDULERS.size(); i++) {
                add.append("ipvsadm -A -t 192.0.2.10:").append(1000 + i).append(" -s ").append(SCHEDULERS.get(i))
                        .append('\n');
            }
            add.append("ipvsadm -a -t 192.0.2.10:1000 -r 198.51.100.2:80 -m -w 3\n");
            s.exec(add.toString(), STEP).requireSuccess();
            String saved = s.exec("ipvsadm -Sn", STEP).requireSuccess().stdout();
            for (int i = 0; i < SCHEDULERS.size(); i++) {
                String line = "-A -t 192.0.2.10:" + (1000 + i) + " -s " + SCHEDULERS.get(i);
                assertTrue(saved.contains(line + "\n") || saved.contains(line + " "), () -> line + " in\n" + saved);
            }
            assertTrue(saved.contains("-a -t 192.0.2.10:1000 -r 198.51.100.2:80 -m -w 3"), saved);

            String net = s.exec("ip -br addr show dummy0; ip -br addr show veth0", STEP).requireSuccess().stdout();
            assertTrue(net.contains("192.0.2.1/24") && net.contains("198.51.100.1/24"), net);

            s.putFile("plan.txt", "hello guest\n");
            VmResult java = s.exec(GuestJava.command(EchoGuestMain.class, "plan.txt"), STEP);
            assertEquals(5, java.exitCode(), java::toString);
            assertTrue(java.stdout().contains("ip_vs=true"), java::toString);
            assertTrue(java.stdout().contains("plan=hello guest"), java::toString);
            assertEquals("java=" + Runtime.version().feature() + "\n", java.stderr());

            VmException overrun = assertThrows(VmException.class, () -> s.exec("sleep 60", Duration.ofSeconds(2)));
            assertTrue(overrun.getMessage().contains("did not finish within 2 s"), overrun::getMessage);
            assertFalse(s.alive());
            deleteKeptRunDir(s.runDir()); // a broken session keeps it for diagnosis; this one broke on purpose
        }
    }

    private static void deleteKeptRunDir(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
