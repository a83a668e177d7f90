package org.keepalived4j.check;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.check.checker.CheckOutcome;
import org.keepalived4j.check.checker.CheckWording;
import org.keepalived4j.check.checker.Checker;
import org.keepalived4j.check.health.HealthEvent;
import org.keepalived4j.check.health.HealthSink;
import org.keepalived4j.check.ipvs.IpvsLog;
import org.keepalived4j.check.ipvs.RecordingIpvsTable;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.config.ParseResult;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.config.model.lvs.TcpCheck;
import org.keepalived4j.netlink.ipvs.IpvsDestinationEntry;
import org.keepalived4j.netlink.ipvs.IpvsException;
import org.keepalived4j.netlink.ipvs.IpvsProtocol;
import org.keepalived4j.netlink.ipvs.IpvsServiceKey;
import org.keepalived4j.netlink.ipvs.SyncDaemon;

/** The facade with a parsed config, scripted checks (real time, 1 s delay_loop) and the in-memory kernel. */
class LvsRuntimeTest {

    private static final Duration SETTLE = Duration.ofSeconds(6);

    private final RecordingIpvsTable table = new RecordingIpvsTable();
    private final Set<InetSocketAddress> down = Collections.synchronizedSet(new HashSet<>());
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService scripts = Executors.newSingleThreadExecutor();
    private LvsRuntime runtime;

    /** TCP_CHECK answered from {@link #down}, at once. */
    private final class Scripted implements Checker {
        private final InetSocketAddress target;

        Scripted(InetSocketAddress target) {
            this.target = target;
        }

        @Override
        public Future<CheckOutcome> attempt(EventLoop loop) {
            boolean ok = !down.contains(target);
            return loop.newSucceededFuture(ok ? CheckOutcome.success("success") : CheckOutcome.failure("failed"));
        }

        @Override
        public CheckWording wording() {
            return CheckWording.TCP;
        }
    }

    private static KeepalivedConfig parse(String text) {
        ParseResult r = ConfigParser.parse(text);
        return r.config();
    }

    private static String config(String extraGlobal, String servers) {
        return "global_defs {\n" + extraGlobal + "}\n"
                + "vrrp_instance VI_1 {\n interface eth0\n virtual_router_id 51\n priority 100\n"
                + " virtual_ipaddress {\n  192.0.2.10\n }\n}\n" + servers;
    }

    private static String rs(String ip, int weight, String extra) {
        return "  real_server " + ip + " 80 {\n   weight " + weight + "\n" + extra
                + "   TCP_CHECK {\n    connect_timeout 1\n   }\n  }\n";
    }

    private static String vs(String ip, int port, String body) {
        return "virtual_server " + ip + " " + port + " {\n  delay_loop 1\n  lb_algo rr\n  lb_kind NAT\n"
                + "  protocol TCP\n" + body + "}\n";
    }

    private LvsRuntime start(KeepalivedConfig config, boolean dontRelease) {
        runtime = LvsRuntime.builder(config)
                .ipvs(() -> table)
                .scripts(scripts)
                .dontReleaseIpvs(dontRelease)
                .checkers(check -> new Scripted(((TcpCheck) check).connection().destination()))
                .sink(new HealthSink() {
                    @Override
                    public void log(String line) {
                        lines.add(line);
                    }

                    @Override
                    public void event(HealthEvent event) {
                        // notify scripts are not under test here
                    }
                })
                .ipvsLog(new IpvsLog() {
                    @Override
                    public void info(String line) {
                        lines.add(line);
                    }

                    @Override
                    public void error(String line) {
                        errors.add(line);
                    }
                })
                .build();
        runtime.start();
        return runtime;
    }

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
        scripts.shutdownNow();
    }

    private static final IpvsServiceKey WEB = IpvsServiceKey.of(IpvsProtocol.TCP, Fixtures.addr("192.0.2.10", 0)
            .getAddress(), 80);

    /** The kernel's destinations, read on the ipvs thread (the in-memory kernel is not thread-safe). */
    private List<String> kernelDests(IpvsServiceKey key) {
        runtime.awaitIpvs();
        return runtime.ipvsQuery(r -> {
            List<String> out = new ArrayList<>();
            for (IpvsDestinationEntry e : table.kernel().destinations(key)) {
                out.add(e.destination().address().getHostAddress() + ":" + e.destination().port() + " w"
                        + e.destination().weight());
            }
            return out;
        });
    }

    @Test
    void programsTheTableFollowsChecksAndReleasesAtClose() {
        start(parse(config("", vs("192.0.2.10", 80, rs("10.0.0.2", 1, "") + rs("10.0.0.3", 2,
                "   inhibit_on_failure\n")))), false);
        assertEquals(List.of("10.0.0.2:80 w1", "10.0.0.3:80 w2"), kernelDests(WEB));

        down.add(Fixtures.addr("10.0.0.2", 80));
        down.add(Fixtures.addr("10.0.0.3", 80));
        await().atMost(SETTLE).until(() -> kernelDests(WEB).equals(List.of("10.0.0.3:80 w0")));
        assertTrue(lines.contains("Removing service [10.0.0.2]:tcp:80 from VS [192.0.2.10]:tcp:80"), lines::toString);
        assertTrue(lines.contains("Disabling service [10.0.0.3]:tcp:80 of VS [192.0.2.10]:tcp:80"), lines::toString);
        List<VirtualServerStatus> status = runtime.status();
        assertEquals("[192.0.2.10]:tcp:80", status.getFirst().name());
        assertFalse(status.getFirst().realServers().getFirst().alive());
        assertTrue(status.getFirst().realServers().getFirst().lastCheckLatencyNs() >= 0);

        down.clear();
        await().atMost(SETTLE).until(() -> kernelDests(WEB).equals(List.of("10.0.0.3:80 w2", "10.0.0.2:80 w1")));

        runtime.close();
        assertTrue(table.kernel().services().isEmpty(), "our entries go at stop");
        assertTrue(lines.contains("Shutting down service [10.0.0.2]:tcp:80 from VS [192.0.2.10]:tcp:80"),
                lines::toString);
        assertEquals(List.of(), errors);
    }

    @Test
    void dontReleaseLeavesTheEntries() {
        start(parse(config("", vs("192.0.2.10", 80, rs("10.0.0.2", 1, "")))), true);
        assertEquals(List.of("10.0.0.2:80 w1"), kernelDests(WEB));
        runtime.close();
        assertEquals(1, table.kernel().services().size());
        assertEquals(1, table.kernel().destinations(WEB).size());
    }

    @Test
    void reloadKeepsUnchangedEntriesAndAdjustsTheRest() {
        IpvsServiceKey dns = IpvsServiceKey.of(IpvsProtocol.TCP, Fixtures.addr("192.0.2.10", 0).getAddress(), 53);
        start(parse(config("", vs("192.0.2.10", 80, rs("10.0.0.2", 1, "") + rs("10.0.0.3", 1, ""))
                + vs("192.0.2.10", 53, rs("10.0.0.5", 1, "")))), false);
        down.add(Fixtures.addr("10.0.0.3", 80));
        await().atMost(SETTLE).until(() -> kernelDests(WEB).equals(List.of("10.0.0.2:80 w1")));
        table.clear();

        // Same first server, a new weight for the failed one, the second virtual server gone, a new real server.
        runtime.reload(parse(config("", vs("192.0.2.10", 80, rs("10.0.0.2", 1, "") + rs("10.0.0.3", 5, "")
                + rs("10.0.0.4", 1, "")))));
        runtime.awaitIpvs();
        await().atMost(SETTLE).until(() -> kernelDests(WEB).equals(List.of("10.0.0.2:80 w1", "10.0.0.4:80 w1")));
        assertEquals(List.of("add 192.0.2.10:tcp:80 -> 10.0.0.4:80", "del 192.0.2.10:tcp:53"), table.calls(),
                "the failed server stays out (its state is kept), nothing else is touched");
        assertFalse(table.kernel().service(dns).isPresent());

        down.clear();
        await().atMost(SETTLE).until(() -> kernelDests(WEB).contains("10.0.0.3:80 w5"));
    }

    @Test
    void withoutIpvsOneErrorAndTheChecksStillRun() {
        runtime = LvsRuntime.builder(parse(config("", vs("192.0.2.10", 80, rs("10.0.0.2", 1, "")))))
                .ipvs(() -> {
                    throw IpvsException.unavailable("no generic netlink family IPVS (is the ip_vs module loaded?)",
                            null);
                })
                .scripts(scripts)
                .checkers(check -> new Scripted(((TcpCheck) check).connection().destination()))
                .ipvsLog(new IpvsLog() {
                    @Override
                    public void info(String line) {
                        lines.add(line);
                    }

                    @Override
                    public void error(String line) {
                        errors.add(line);
                    }
                })
                .build();
        runtime.start();
        down.add(Fixtures.addr("10.0.0.2", 80));
        await().atMost(SETTLE).until(() -> !runtime.status().getFirst().realServers().getFirst().alive());
        runtime.awaitIpvs();
        assertTrue(runtime.ipvsUnavailable());
        assertEquals(List.of("IPVS: Can't initialize ipvs: no generic netlink family IPVS (is the ip_vs module "
                + "loaded?)"), errors);
    }

    @Test
    void syncDaemonFollowsTheVrrpInstance() {
        start(parse(config(" lvs_sync_daemon eth0 VI_1\n lvs_timeouts tcp 100 tcpfin 10 udp 50\n",
                vs("192.0.2.10", 80, rs("10.0.0.2", 1, "")))), false);
        runtime.awaitIpvs();
        assertEquals(List.of(SyncDaemon.State.BACKUP), states());
        assertEquals(51, table.kernel().syncDaemons().getFirst().syncId(), "sync id from the VRID");
        assertEquals(100, table.kernel().timeouts().tcpSeconds());

        runtime.vrrpState("VI_2", true);
        runtime.vrrpState("VI_1", true);
        runtime.awaitIpvs();
        runtime.awaitIpvs();
        assertEquals(List.of(SyncDaemon.State.MASTER), states());
        runtime.vrrpState("VI_1", false);
        runtime.awaitIpvs();
        assertEquals(List.of(SyncDaemon.State.BACKUP), states());

        runtime.close();
        assertEquals(List.of(), states());
        assertEquals(900, table.kernel().timeouts().tcpSeconds(), "timeouts restored at stop");
    }

    private List<SyncDaemon.State> states() {
        return table.kernel().syncDaemons().stream().map(SyncDaemon::state).toList();
    }
}
