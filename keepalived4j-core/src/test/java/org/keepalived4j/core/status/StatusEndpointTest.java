package org.keepalived4j.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.check.RealServerStatus;
import org.keepalived4j.check.VirtualServerStatus;
import org.keepalived4j.vrrp.VrrpRuntime.InstanceStatus;

/** The endpoint scraped over HTTP with a fixed snapshot: the numbers are the snapshot's, the formats valid. */
class StatusEndpointTest {

    static final String WEIRD = "we\"ird\\name\nx";

    static final StatusSnapshot SNAPSHOT = new StatusSnapshot(
            List.of(new InstanceStatus("VI_1", "MASTER", 100, 110, "eth0", 51, 1234, 5, 2, 1, 3),
                    new InstanceStatus(WEIRD, "BACKUP", 90, 80, "eth1", 52, 0, 777, 0, 0, 0)),
            List.of(new VirtualServerStatus("[10.0.0.1]:tcp:80", true, false, 3, List.of(
                    new RealServerStatus("[10.0.0.2]:tcp:80", true, 3, 0, 1_500_000),
                    new RealServerStatus("[10.0.0.3]:tcp:80", false, 2, 1, -1))),
                    new VirtualServerStatus("FWM 7", false, true, 0, List.of())),
            Map.of("VI_1", Map.of("MASTER", 2L, "BACKUP", 1L)),
            new IpvsCounters(true, 7, 1, 2),
            Map.of("vrrp", true, "checker", true, "ipvs", true), 12.5);

    private static final Pattern SAMPLE = Pattern.compile(
            "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"(\\\\[\\\\\"n]|[^\\\\\"\n])*\""
                    + "(,[a-zA-Z_][a-zA-Z0-9_]*=\"(\\\\[\\\\\"n]|[^\\\\\"\n])*\")*})? "
                    + "(-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?|NaN|[+-]Inf)");

    private StatusServer server;

    @BeforeEach
    void start() throws IOException {
        server = StatusServer.bind(new StatusAddress("127.0.0.1", 0), () -> SNAPSHOT);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void metricsCarryTheSnapshotsNumbers() throws IOException {
        Http.Response r = Http.get(server.localAddress(), "/metrics");
        assertEquals(200, r.code());
        assertEquals("text/plain; version=0.0.4; charset=utf-8", r.contentType());
        Map<String, String> m = Http.samples(r.body());

        assertEquals("1", m.get("keepalived4j_vrrp_instance_info{instance=\"VI_1\",interface=\"eth0\",vrid=\"51\"}"));
        assertEquals("1", m.get("keepalived4j_vrrp_state{instance=\"VI_1\",state=\"MASTER\"}"));
        assertEquals("0", m.get("keepalived4j_vrrp_state{instance=\"VI_1\",state=\"BACKUP\"}"));
        assertEquals("2", m.get("keepalived4j_vrrp_state_code{instance=\"VI_1\"}"));
        assertEquals("100", m.get("keepalived4j_vrrp_priority{instance=\"VI_1\"}"));
        assertEquals("110", m.get("keepalived4j_vrrp_effective_priority{instance=\"VI_1\"}"));
        assertEquals("1234", m.get("keepalived4j_vrrp_adverts_sent_total{instance=\"VI_1\"}"));
        assertEquals("5", m.get("keepalived4j_vrrp_adverts_received_total{instance=\"VI_1\"}"));
        assertEquals("2", m.get("keepalived4j_vrrp_become_master_total{instance=\"VI_1\"}"));
        assertEquals("1", m.get("keepalived4j_vrrp_release_master_total{instance=\"VI_1\"}"));
        assertEquals("3", m.get("keepalived4j_vrrp_errors_total{instance=\"VI_1\"}"));
        assertEquals("2", m.get("keepalived4j_vrrp_transitions_total{instance=\"VI_1\",state=\"MASTER\"}"));
        assertEquals("1", m.get("keepalived4j_vrrp_transitions_total{instance=\"VI_1\",state=\"BACKUP\"}"));
        assertEquals("0", m.get("keepalived4j_vrrp_transitions_total{instance=\"VI_1\",state=\"FAULT\"}"));
        String weird = "instance=\"we\\\"ird\\\\name\\nx\"";
        assertEquals("80", m.get("keepalived4j_vrrp_effective_priority{" + weird + "}"), "label value escaped");
        assertEquals("1", m.get("keepalived4j_vrrp_state_code{" + weird + "}"));

        String vs = "virtual_server=\"[10.0.0.1]:tcp:80\"";
        assertEquals("1", m.get("keepalived4j_lvs_virtual_server_quorum_up{" + vs + "}"));
        assertEquals("3", m.get("keepalived4j_lvs_virtual_server_weight_sum{" + vs + "}"));
        assertEquals("1", m.get("keepalived4j_lvs_virtual_server_sorry_server_active{virtual_server=\"FWM 7\"}"));
        String rs2 = vs + ",real_server=\"[10.0.0.2]:tcp:80\"";
        String rs3 = vs + ",real_server=\"[10.0.0.3]:tcp:80\"";
        assertEquals("1", m.get("keepalived4j_lvs_real_server_up{" + rs2 + "}"));
        assertEquals("0", m.get("keepalived4j_lvs_real_server_up{" + rs3 + "}"));
        assertEquals("2", m.get("keepalived4j_lvs_real_server_weight{" + rs3 + "}"));
        assertEquals("1", m.get("keepalived4j_lvs_real_server_failed_checkers{" + rs3 + "}"));
        assertEquals("0.0015", m.get("keepalived4j_lvs_real_server_check_latency_seconds{" + rs2 + "}"));
        assertFalse(m.containsKey("keepalived4j_lvs_real_server_check_latency_seconds{" + rs3 + "}"),
                "no latency before the first check");
        assertEquals("7", m.get("keepalived4j_ipvs_commands_total"));
        assertEquals("1", m.get("keepalived4j_ipvs_failures_total"));
        assertEquals("2", m.get("keepalived4j_ipvs_repairs_total"));
        assertEquals("1", m.get("keepalived4j_ipvs_available"));
        assertEquals("12.5", m.get("keepalived4j_uptime_seconds"));
        assertEquals("1", m.get("keepalived4j_status_source_up{source=\"checker\"}"));
    }

    @Test
    void metricsPageIsValidExpositionFormat() throws IOException {
        String page = Http.get(server.localAddress(), "/metrics").body();
        assertTrue(page.endsWith("\n"));
        Set<String> helped = new HashSet<>();
        Set<String> typed = new HashSet<>();
        String family = null;
        Set<String> closed = new HashSet<>();
        for (String line : page.split("\n")) {
            if (line.startsWith("# HELP ")) {
                String name = line.split(" ")[2];
                assertTrue(helped.add(name), "one HELP per family: " + name);
                if (family != null && !family.equals(name)) {
                    closed.add(family);
                }
                family = name;
            } else if (line.startsWith("# TYPE ")) {
                String[] p = line.split(" ");
                assertEquals(family, p[2], "TYPE follows its HELP");
                assertTrue(p[3].equals("gauge") || p[3].equals("counter"), line);
                assertTrue(typed.add(p[2]));
                if (p[3].equals("counter")) {
                    assertTrue(p[2].endsWith("_total"), "counters end in _total: " + p[2]);
                }
            } else {
                assertTrue(SAMPLE.matcher(line).matches(), "sample line: " + line);
                String name = line.split("[{ ]", 2)[0];
                assertEquals(family, name, "samples follow their family's TYPE");
                assertFalse(closed.contains(name), "a family's samples are together");
            }
        }
        assertEquals(helped, typed);
        assertTrue(helped.size() >= 20, "families: " + helped);
    }

    @Test
    void statusDocumentParsesAndMatches() throws IOException {
        Http.Response r = Http.get(server.localAddress(), "/status");
        assertEquals(200, r.code());
        assertEquals("application/json; charset=utf-8", r.contentType());
        Map<?, ?> doc = (Map<?, ?>) JsonReader.parse(r.body());
        List<?> vrrp = (List<?>) doc.get("vrrp");
        Map<?, ?> vi1 = (Map<?, ?>) vrrp.get(0);
        assertEquals("VI_1", vi1.get("name"));
        assertEquals("MASTER", vi1.get("state"));
        assertEquals(100L, vi1.get("priority"));
        assertEquals(110L, vi1.get("effectivePriority"));
        assertEquals(51L, vi1.get("virtualRouterId"));
        assertEquals("eth0", vi1.get("interface"));
        assertEquals(1234L, vi1.get("advertsSent"));
        assertEquals(Map.of("BACKUP", 1L, "MASTER", 2L), vi1.get("transitions"));
        assertEquals(WEIRD, ((Map<?, ?>) vrrp.get(1)).get("name"), "strings escaped and read back");
        Map<?, ?> vs = (Map<?, ?>) ((List<?>) doc.get("virtualServers")).get(0);
        assertEquals(true, vs.get("quorumUp"));
        assertEquals(3L, vs.get("weightSum"));
        List<?> rss = (List<?>) vs.get("realServers");
        assertEquals(0.0015, ((Map<?, ?>) rss.get(0)).get("lastCheckLatencySeconds"));
        assertNull(((Map<?, ?>) rss.get(1)).get("lastCheckLatencySeconds"));
        assertEquals(false, ((Map<?, ?>) rss.get(1)).get("alive"));
        assertEquals(Map.of("available", true, "commands", 7L, "failures", 1L, "repairs", 2L), doc.get("ipvs"));
    }

    @Test
    void otherPathsAndMethods() throws IOException {
        InetSocketAddress a = server.localAddress();
        assertEquals(404, Http.get(a, "/nope").code());
        assertEquals(405, Http.call("POST", a, "/metrics").code());
        Http.Response head = Http.call("HEAD", a, "/status");
        assertEquals(200, head.code());
        assertEquals("", head.body());
        assertTrue(Http.get(a, "/").body().contains("/metrics"));
        assertEquals(200, Http.get(a, "/metrics?name[]=x").code(), "query strings are ignored");
    }

    @Test
    void aFailingSourceIsA500AndTheServerStaysUp() throws IOException {
        try (StatusServer failing = StatusServer.bind(new StatusAddress("127.0.0.1", 0), () -> {
            throw new IllegalStateException("checker loop: stopped");
        })) {
            Http.Response r = Http.get(failing.localAddress(), "/metrics");
            assertEquals(500, r.code());
            assertTrue(r.body().contains("checker loop: stopped"), r.body());
        }
        assertEquals(200, Http.get(server.localAddress(), "/metrics").code());
    }

    @Test
    void bindingAnAddressInUseIsAClearError() {
        IOException e = assertThrows(IOException.class, () -> StatusServer.bind(
                new StatusAddress("127.0.0.1", server.localAddress().getPort()), () -> SNAPSHOT));
        assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + server.localAddress().getPort()),
                e.getMessage());
    }
}
