package org.keepalived4j.core.daemon;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keepalived4j.check.RealServerStatus;
import org.keepalived4j.check.VirtualServerStatus;
import org.keepalived4j.config.HostView;
import org.keepalived4j.core.alert.AlertPart;
import org.keepalived4j.core.alert.FakeSmtpServer;
import org.keepalived4j.core.cli.CommandLine;
import org.keepalived4j.core.cli.OptionParser;
import org.keepalived4j.core.cli.Options;
import org.keepalived4j.core.status.Http;
import org.keepalived4j.core.status.StatusBoard;
import org.keepalived4j.core.status.StatusPart;
import org.keepalived4j.netlink.ipvs.InMemoryIpvsTable;
import org.keepalived4j.vrrp.VrrpRuntime.InstanceStatus;
import org.keepalived4j.vrrp.state.VrrpState;

/**
 * The daemon with its observability wired as {@link DefaultParts} wires it: a VRRP runtime (fake), the real checker
 * part (real TCP_CHECKs against local sockets, the in-memory IPVS kernel), the status endpoint and smtp alerts to a
 * local SMTP listener. The scraped numbers must be the parts' own, the mails keepalived's.
 */
class ObservabilityDaemonTest {

    private static String config(int smtpPort, int upPort, int downPort) {
        return """
                global_defs {
                  router_id lb-test
                  notification_email {
                    ops@example.com
                  }
                  notification_email_from k4j@example.com
                  smtp_server 127.0.0.1 %d
                  smtp_connect_timeout 5
                }
                virtual_server 192.0.2.1 80 {
                  delay_loop 1
                  lb_algo rr
                  lb_kind NAT
                  protocol TCP
                  smtp_alert
                  real_server 127.0.0.1 %d {
                    weight 3
                    smtp_alert
                    TCP_CHECK {
                      connect_timeout 1
                      retry 0
                    }
                  }
                  real_server 127.0.0.1 %d {
                    weight 2
                    smtp_alert
                    TCP_CHECK {
                      connect_timeout 1
                      retry 0
                    }
                  }
                }
                """.formatted(smtpPort, upPort, downPort);
    }

    @Test
    void scrapedNumbersAreThePartsAndAlertsAreMailed(@TempDir Path dir) throws Exception {
        try (FakeSmtpServer smtp = new FakeSmtpServer();
             ServerSocket web = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> acceptAndClose(web));
            int downPort;
            try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                downPort = gone.getLocalPort();
            }
            Path conf = dir.resolve("keepalived.conf");
            Files.writeString(conf, config(smtp.address().getPort(), web.getLocalPort(), downPort));
            Options o = OptionParser.parse(new String[] {"-f", conf.toString(), "-p", dir.resolve("k.pid").toString(),
                "-n", "--status-address=127.0.0.1:0"});

            AtomicReference<FakeVrrpRuntime> vrrp = new AtomicReference<>();
            AtomicReference<LvsPart> lvs = new AtomicReference<>();
            AtomicReference<StatusPart> status = new AtomicReference<>();
            AtomicReference<AlertPart> mail = new AtomicReference<>();
            PartFactory factory = (config, opts) -> {
                // As DefaultParts, with the fake VRRP runtime and the in-memory IPVS kernel.
                AlertPart alerts = new AlertPart(config.globalDefs(), "lb-test", "root", false);
                StatusBoard board = new StatusBoard();
                FakeVrrpRuntime v = new FakeVrrpRuntime(List.of(
                        new InstanceStatus("VI_1", "BACKUP", 100, 100, "eth0", 51, 10, 20, 0, 0, 0),
                        new InstanceStatus("VI_2", "BACKUP", 50, 40, "eth1", 52, 0, 30, 0, 0, 1)), alerts::vrrp,
                        java.util.Set.of("VI_1"));
                board.attach(v);
                LvsPart l = new LvsPart(config, opts, alerts.healthEvents(), InMemoryIpvsTable::new);
                board.lvs(l.runtime()::status);
                board.ipvs(l::ipvsCounters);
                StatusPart s = new StatusPart(opts.statusAddress(), board);
                vrrp.set(v);
                lvs.set(l);
                status.set(s);
                mail.set(alerts);
                return List.of(l, s, alerts);
            };
            Daemon d = new Daemon(o, factory, HostView.lenient(), dir);
            CompletableFuture<Integer> rc = CompletableFuture.supplyAsync(d::run, task -> Thread.ofPlatform().daemon().name("daemon-under-test").start(task));
            await().atMost(Duration.ofSeconds(10)).until(d::started);
            InetSocketAddress endpoint = status.get().localAddress();

            // the real server on the closed port goes down at its first check (retry 0)
            String up = "virtual_server=\"[192.0.2.1]:tcp:80\",real_server=\"[127.0.0.1]:tcp:" + web.getLocalPort()
                    + "\"";
            String down = "virtual_server=\"[192.0.2.1]:tcp:80\",real_server=\"[127.0.0.1]:tcp:" + downPort + "\"";
            await().atMost(Duration.ofSeconds(10)).until(() -> "0".equals(metrics(endpoint)
                    .get("keepalived4j_lvs_real_server_up{" + down + "}")));
            await().atMost(Duration.ofSeconds(10)).until(() -> metrics(endpoint)
                    .containsKey("keepalived4j_lvs_real_server_check_latency_seconds{" + up + "}"));
            vrrp.get().enter("VI_1", VrrpState.MASTER);
            vrrp.get().enter("VI_2", VrrpState.MASTER); // no smtp_alert on VI_2: no mail

            Map<String, String> m = metrics(endpoint);
            VirtualServerStatus vs = lvs.get().runtime().status().getFirst();
            assertEquals(bit(vs.quorumUp()), m.get("keepalived4j_lvs_virtual_server_quorum_up{virtual_server=\""
                    + vs.name() + "\"}"));
            assertEquals(Long.toString(vs.weightSum()), m.get(
                    "keepalived4j_lvs_virtual_server_weight_sum{virtual_server=\"" + vs.name() + "\"}"));
            assertEquals("3", m.get("keepalived4j_lvs_virtual_server_weight_sum{virtual_server=\"" + vs.name()
                    + "\"}"), "only the alive real server's weight");
            for (RealServerStatus rs : vs.realServers()) {
                String l = "virtual_server=\"" + vs.name() + "\",real_server=\"" + rs.address() + "\"";
                assertEquals(bit(rs.alive()), m.get("keepalived4j_lvs_real_server_up{" + l + "}"));
                assertEquals(Integer.toString(rs.weight()), m.get("keepalived4j_lvs_real_server_weight{" + l + "}"));
                assertEquals(Integer.toString(rs.failedCheckers()),
                        m.get("keepalived4j_lvs_real_server_failed_checkers{" + l + "}"));
            }
            double latency = Double.parseDouble(m.get("keepalived4j_lvs_real_server_check_latency_seconds{" + up
                    + "}"));
            assertTrue(latency > 0 && latency < 1, "a local connect: " + latency);
            for (InstanceStatus i : vrrp.get().status()) {
                String l = "instance=\"" + i.name() + "\"";
                assertEquals("1", m.get("keepalived4j_vrrp_state{" + l + ",state=\"" + i.state() + "\"}"));
                assertEquals(Integer.toString(i.priority()), m.get("keepalived4j_vrrp_priority{" + l + "}"));
                assertEquals(Integer.toString(i.effectivePriority()),
                        m.get("keepalived4j_vrrp_effective_priority{" + l + "}"));
                assertEquals(Long.toString(i.advertsReceived()),
                        m.get("keepalived4j_vrrp_adverts_received_total{" + l + "}"));
                assertEquals(Long.toString(i.becomeMaster()),
                        m.get("keepalived4j_vrrp_become_master_total{" + l + "}"));
                assertEquals(Long.toString(i.errors()), m.get("keepalived4j_vrrp_errors_total{" + l + "}"));
            }
            assertEquals("2", m.get("keepalived4j_vrrp_state_code{instance=\"VI_1\"}"));
            assertEquals("1", m.get("keepalived4j_vrrp_transitions_total{instance=\"VI_1\",state=\"MASTER\"}"));
            assertEquals("1", m.get("keepalived4j_vrrp_transitions_total{instance=\"VI_2\",state=\"MASTER\"}"));
            assertEquals("0", m.get("keepalived4j_vrrp_transitions_total{instance=\"VI_2\",state=\"FAULT\"}"));
            assertEquals("1", m.get("keepalived4j_ipvs_available"), "the in-memory kernel");
            assertTrue(Long.parseLong(m.get("keepalived4j_ipvs_commands_total")) >= 3, "service and two dests");

            // the mails: VS up at start, the real server down, VI_1 MASTER
            await().atMost(Duration.ofSeconds(10)).until(() -> subjects(smtp).size() >= 3
                    && mail.get().sender().inFlight() == 0);
            List<String> subjects = subjects(smtp);
            assertEquals(3, subjects.size(), subjects.toString());
            assertTrue(subjects.contains("[lb-test] Virtualserver [192.0.2.1]:tcp:80 - UP"), subjects.toString());
            assertTrue(subjects.contains("[lb-test] Realserver [127.0.0.1]:tcp:" + downPort
                    + " of virtual server [192.0.2.1]:tcp:80 - DOWN"), subjects.toString());
            assertTrue(subjects.contains("[lb-test] VRRP Instance VI_1 - Entering MASTER state"), subjects.toString());
            assertTrue(subjects.stream().noneMatch(x -> x.contains("VI_2")), subjects.toString());
            assertTrue(smtp.messages().stream().anyMatch(msg -> msg.contains("=> TCP CHECK failed on service <=")));
            assertTrue(smtp.messages().stream().anyMatch(
                    msg -> msg.contains("=> Starting with quorum up 1+0=1 <= 5 <=")), smtp.messages().toString());

            // keepalived4j status against the running daemon
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int st = CommandLine.run(new String[] {"status", "--status-address=127.0.0.1:" + endpoint.getPort()},
                    new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
            assertEquals(0, st);
            String table = out.toString(StandardCharsets.UTF_8);
            assertTrue(table.matches("(?s).*VI_1 +MASTER +100 +100 +51 +eth0\n.*"), table);
            assertTrue(table.matches("(?s).*\\[192\\.0\\.2\\.1]:tcp:80 +UP +3\n.*"), table);
            assertTrue(table.matches("(?s).*\\[127\\.0\\.0\\.1]:tcp:" + downPort + " +DOWN +2 +[0-9.]+ (us|ms|s)\n.*"),
                    table);

            d.commands().add(new DaemonCommand.Stop("SIGTERM"));
            assertEquals(0, rc.get(20, TimeUnit.SECONDS));
            assertEquals(null, status.get().localAddress(), "endpoint closed at stop");
        }
    }

    private static Map<String, String> metrics(InetSocketAddress endpoint) throws IOException {
        return Http.samples(Http.get(endpoint, "/metrics").body());
    }

    private static String bit(boolean b) {
        return b ? "1" : "0";
    }

    private static List<String> subjects(FakeSmtpServer smtp) {
        List<String> out = new ArrayList<>();
        for (List<String> msg : smtp.messages()) {
            for (String line : msg) {
                if (line.startsWith("Subject: ")) {
                    out.add(line.substring(9));
                }
            }
        }
        return out;
    }

    private static void acceptAndClose(ServerSocket s) {
        while (!s.isClosed()) {
            try (Socket c = s.accept()) {
                c.getInputStream().read();
            } catch (IOException e) {
                return;
            }
        }
    }
}
