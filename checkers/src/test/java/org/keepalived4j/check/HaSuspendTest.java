package org.keepalived4j.check;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.check.checker.CheckOutcome;
import org.keepalived4j.check.checker.CheckWording;
import org.keepalived4j.check.checker.Checker;
import org.keepalived4j.check.health.HealthEvent;
import org.keepalived4j.check.health.HealthSink;
import org.keepalived4j.check.ipvs.RecordingIpvsTable;
import org.keepalived4j.check.testnet.BlackholeNet;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.config.model.KeepalivedConfig;

/** ha_suspend: checks run only while the virtual server's address is on this host. */
class HaSuspendTest {

    private static final Duration SETTLE = Duration.ofSeconds(6);

    private final RecordingIpvsTable table = new RecordingIpvsTable();
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger attempts = new AtomicInteger();
    private final ExecutorService scripts = Executors.newSingleThreadExecutor();
    private LvsRuntime runtime;

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
        scripts.shutdownNow();
    }

    private static String config(String vip) {
        return "global_defs {\n}\n"
                + "virtual_server " + vip + " 80 {\n  delay_loop 1\n  lb_algo rr\n  lb_kind NAT\n  protocol TCP\n"
                + "  ha_suspend\n  real_server 127.0.0.1 80 {\n   TCP_CHECK {\n    connect_timeout 1\n   }\n  }\n}\n"
                + "virtual_server " + vip + " 81 {\n  delay_loop 1\n  lb_algo rr\n  lb_kind NAT\n  protocol TCP\n"
                + "  real_server 127.0.0.1 81 {\n   TCP_CHECK {\n    connect_timeout 1\n   }\n  }\n}\n";
    }

    private final Checker counting = new Checker() {
        @Override
        public Future<CheckOutcome> attempt(EventLoop loop) {
            attempts.incrementAndGet();
            return loop.newSucceededFuture(CheckOutcome.success("success"));
        }

        @Override
        public CheckWording wording() {
            return CheckWording.TCP;
        }
    };

    private void start(KeepalivedConfig config, boolean ownWatch) {
        start(config, ownWatch, null);
    }

    private void start(KeepalivedConfig config, boolean ownWatch, InetAddress reportedBeforeStart) {
        LvsRuntime.Builder b = LvsRuntime.builder(config).ipvs(() -> table).scripts(scripts)
                .watchAddresses(ownWatch)
                .sink(new HealthSink() {
                    @Override
                    public void log(String line) {
                        lines.add(line);
                    }

                    @Override
                    public void event(HealthEvent event) {
                    }
                });
        if (!ownWatch) {
            // count only the ha_suspend virtual server's probe (port 80); port 81 always runs
            b.checkers(check -> check.toString().contains(":80,") || check.toString().contains("/127.0.0.1:80")
                    ? counting : new Checker() {
                        @Override
                        public Future<CheckOutcome> attempt(EventLoop loop) {
                            return loop.newSucceededFuture(CheckOutcome.success("success"));
                        }

                        @Override
                        public CheckWording wording() {
                            return CheckWording.TCP;
                        }
                    });
        } else {
            b.checkers(check -> counting);
        }
        runtime = b.build();
        if (reportedBeforeStart != null) {
            runtime.addressChanged(reportedBeforeStart, 2, true); // the caller reports the addresses first
        }
        runtime.start();
    }

    @Test
    void checksFollowTheAddressReportedByTheCaller() throws Exception {
        InetAddress vip = InetAddress.getByName("192.0.2.10");
        start(ConfigParser.parse(config("192.0.2.10")).config(), false, InetAddress.getByName("10.1.1.1"));
        await().atMost(SETTLE).until(() -> lines.contains(
                "Deactivating healthchecker for service [127.0.0.1]:tcp:80 for VS [192.0.2.10]:tcp:80"));
        assertTrue(lines.contains("Activating healthchecker for service [127.0.0.1]:tcp:81 for VS [192.0.2.10]:tcp:81"),
                lines::toString);
        // the unsuspended virtual server's probe runs; the suspended one does not
        await().atMost(SETTLE).until(() -> runtime.status().get(1).realServers().getFirst().lastCheckLatencyNs() >= 0);
        assertEquals(0, attempts.get());

        runtime.addressChanged(vip, 2, true);
        runtime.addressChanged(vip, 3, true); // the same address on a second interface
        await().atMost(SETTLE).until(() -> attempts.get() > 0);
        assertTrue(lines.contains("Activating healthchecker for service [127.0.0.1]:tcp:80 for VS [192.0.2.10]:tcp:80"),
                lines::toString);

        runtime.addressChanged(vip, 2, false);
        runtime.awaitIpvs();
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("Suspending")), "still on interface 3: " + lines);
        runtime.addressChanged(vip, 3, false);
        await().atMost(SETTLE).until(() -> lines.contains(
                "Suspending healthchecker for service [127.0.0.1]:tcp:80 for VS [192.0.2.10]:tcp:80"));
        int after = attempts.get();
        runtime.awaitIpvs();
        // at most the attempt already scheduled before the suspension finishes
        await().pollDelay(Duration.ofMillis(2500)).atMost(SETTLE).until(() -> attempts.get() <= after + 1);
    }

    @Test
    void ownAddressMonitorSeesAddressesComeAndGo() throws Exception {
        try (BlackholeNet net = BlackholeNet.create()) {
            InetAddress vip = InetAddress.getByName(net.silentV4().getHostAddress().replaceAll("\\.2$", ".77"));
            start(ConfigParser.parse(config(vip.getHostAddress())).config(), true);
            String vs = "[" + vip.getHostAddress() + "]:tcp:80";
            await().atMost(SETTLE).until(() -> lines.contains(
                    "Deactivating healthchecker for service [127.0.0.1]:tcp:80 for VS " + vs));
            net.addLocal(vip);
            await().atMost(SETTLE).until(() -> lines.contains(
                    "Activating healthchecker for service [127.0.0.1]:tcp:80 for VS " + vs));
            net.removeLocal(vip);
            await().atMost(SETTLE).until(() -> lines.contains(
                    "Suspending healthchecker for service [127.0.0.1]:tcp:80 for VS " + vs));
        }
    }
}
