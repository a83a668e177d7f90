package org.keepalived4j.core.daemon;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.core.cli.OptionParser;
import org.keepalived4j.core.cli.Options;

class DaemonTest {

    private static final String GOOD = """
            vrrp_instance VI_1 {
                state BACKUP
                interface eth0
                virtual_router_id 51
                priority 100
                virtual_ipaddress {
                    10.0.0.100/24
                }
            }
            """;

    /** Records what the daemon asks of it. */
    static final class FakePart implements Part {
        final List<String> calls = new CopyOnWriteArrayList<>();
        volatile KeepalivedConfig last;

        @Override
        public String name() {
            return "vrrp";
        }

        @Override
        public void start() {
            calls.add("start");
        }

        @Override
        public void reload(KeepalivedConfig config) {
            last = config;
            calls.add("reload:" + config.vrrp().instances().getFirst().priority());
        }

        @Override
        public void dumpData(Appendable out) throws IOException {
            out.append("------< VRRP Topology >------\n");
        }

        @Override
        public void dumpStats(Appendable out) throws IOException {
            out.append("VRRP Instance: VI_1\n");
        }

        @Override
        public void close() {
            calls.add("close");
        }
    }

    @Test
    void startsReloadsDumpsRefusesBrokenReloadAndStops(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("keepalived.conf");
        Files.writeString(conf, GOOD);
        Path pid = dir.resolve("k.pid");
        Options o = OptionParser.parse(new String[] {"-f", conf.toString(), "-p", pid.toString(), "-n"});
        FakePart part = new FakePart();
        Daemon d = new Daemon(o, (c, opts) -> List.of(part), HostView.lenient(), dir);
        CompletableFuture<Integer> rc = CompletableFuture.supplyAsync(d::run, task -> Thread.ofPlatform().daemon().name("daemon-under-test").start(task));

        await().atMost(Duration.ofSeconds(10)).until(d::started);
        assertEquals(List.of("start"), part.calls);
        assertEquals(Long.toString(ProcessHandle.current().pid()), Files.readString(pid).strip());

        Files.writeString(conf, GOOD.replace("priority 100", "priority 120"));
        d.commands().add(new DaemonCommand.Reload());
        await().atMost(Duration.ofSeconds(10)).until(() -> part.calls.contains("reload:120"));

        Files.writeString(conf, GOOD.replace("priority 100", "priority 300").replace("}\n", ""));
        d.commands().add(new DaemonCommand.Reload());
        d.commands().add(new DaemonCommand.DumpData());
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dir.resolve("keepalived.data")));
        assertEquals(List.of("start", "reload:120"), part.calls, "a broken reload must not reach the parts");
        assertTrue(Files.readString(dir.resolve("keepalived.data")).contains("VRRP Topology"));

        d.commands().add(new DaemonCommand.DumpStats());
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(dir.resolve("keepalived.stats")));

        d.commands().add(new DaemonCommand.Stop("SIGTERM"));
        assertEquals(0, rc.get(10, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals("close", part.calls.getLast());
        assertFalse(Files.exists(pid), "pid file removed on stop");
    }

    @Test
    void missingConfigExitsWithNoConfig(@TempDir Path dir) throws Exception {
        Options o = OptionParser.parse(new String[] {"-f", dir.resolve("nope.conf").toString(), "-p",
            dir.resolve("p.pid").toString()});
        Daemon d = new Daemon(o, (c, opts) -> List.of(new FakePart()), HostView.lenient(), dir);
        assertEquals(Daemon.EXIT_NO_CONFIG, d.run());
    }

    @Test
    void reloadPolicyKeepsKnownErrorsAndRefusesNewOnes() {
        var running = org.keepalived4j.config.ConfigParser.parse("vrrp_instance X {\n  bogus 1\n}\n").diagnostics();
        var same = org.keepalived4j.config.ConfigParser.parse("vrrp_instance X {\n\n  bogus 1\n}\n").diagnostics();
        var worse = org.keepalived4j.config.ConfigParser.parse("vrrp_instance X {\n  priority x\n}\n")
                .diagnostics();
        assertTrue(ReloadPolicy.newErrors(running, same).isEmpty());
        assertFalse(ReloadPolicy.newErrors(running, worse).isEmpty());
    }
}
