package org.keepalived4j.core.status;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.check.RealServerStatus;
import org.keepalived4j.check.VirtualServerStatus;
import org.keepalived4j.core.cli.CommandLine;
import org.keepalived4j.vrrp.VrrpRuntime.InstanceStatus;
import org.keepalived4j.vrrp.state.VrrpState;

/**
 * The {@code /metrics} page: a {@link StatusSnapshot} in the Prometheus text format.
 *
 * <table>
 * <caption>metrics</caption>
 * <tr><th>name</th><th>type</th><th>labels</th></tr>
 * <tr><td>keepalived4j_build_info</td><td>gauge</td><td>version</td></tr>
 * <tr><td>keepalived4j_uptime_seconds</td><td>gauge</td><td></td></tr>
 * <tr><td>keepalived4j_status_source_up</td><td>gauge</td><td>source ({@code vrrp}, {@code checker},
 * {@code ipvs})</td></tr>
 * <tr><td>keepalived4j_vrrp_instance_info</td><td>gauge</td><td>instance, interface, vrid</td></tr>
 * <tr><td>keepalived4j_vrrp_state</td><td>gauge, 1 for the current state</td><td>instance, state</td></tr>
 * <tr><td>keepalived4j_vrrp_state_code</td><td>gauge: keepalived's numbers (0 INIT, 1 BACKUP, 2 MASTER,
 * 3 FAULT, 98 STOP, -1 other)</td><td>instance</td></tr>
 * <tr><td>keepalived4j_vrrp_priority, _effective_priority</td><td>gauge</td><td>instance</td></tr>
 * <tr><td>keepalived4j_vrrp_become_master_total, _release_master_total</td><td>counter</td><td>instance</td></tr>
 * <tr><td>keepalived4j_vrrp_transitions_total</td><td>counter</td><td>instance, state</td></tr>
 * <tr><td>keepalived4j_vrrp_adverts_sent_total, _adverts_received_total, _errors_total</td><td>counter</td>
 * <td>instance</td></tr>
 * <tr><td>keepalived4j_lvs_virtual_server_quorum_up, _sorry_server_active, _weight_sum</td><td>gauge</td>
 * <td>virtual_server</td></tr>
 * <tr><td>keepalived4j_lvs_real_server_up, _weight, _failed_checkers, _check_latency_seconds</td><td>gauge</td>
 * <td>virtual_server, real_server</td></tr>
 * <tr><td>keepalived4j_ipvs_available</td><td>gauge</td><td></td></tr>
 * <tr><td>keepalived4j_ipvs_commands_total, _failures_total, _repairs_total</td><td>counter</td><td></td></tr>
 * </table>
 *
 * <p>A real server's latency sample is left out until its first check finished.
 */
public final class MetricsPage {

    private static final String P = "keepalived4j_";

    private MetricsPage() {
    }

    /** The page for {@code s}. */
    public static String render(StatusSnapshot s) {
        PrometheusWriter w = new PrometheusWriter();
        w.family(P + "build_info", "gauge", "keepalived4j version (compatible with keepalived 2.2.7)")
                .sample(P + "build_info", 1L, "version", CommandLine.VERSION);
        w.family(P + "uptime_seconds", "gauge", "Seconds since the daemon started")
                .sample(P + "uptime_seconds", s.uptimeSeconds());
        if (!s.sources().isEmpty()) {
            w.family(P + "status_source_up", "gauge", "1 if the part's status could be read for this scrape");
            s.sources().forEach((k, v) -> w.sample(P + "status_source_up", v ? 1L : 0L, "source", k));
        }
        vrrp(w, s);
        lvs(w, s.virtualServers());
        if (s.ipvs() != null) {
            IpvsCounters c = s.ipvs();
            w.family(P + "ipvs_available", "gauge", "1 if the kernel has IPVS and the checker part programs it")
                    .sample(P + "ipvs_available", c.available() ? 1L : 0L);
            w.family(P + "ipvs_commands_total", "counter", "Changing IPVS commands sent to the kernel")
                    .sample(P + "ipvs_commands_total", c.commands());
            w.family(P + "ipvs_failures_total", "counter", "IPVS commands the kernel refused")
                    .sample(P + "ipvs_failures_total", c.failures());
            w.family(P + "ipvs_repairs_total", "counter", "IPVS entries changed behind our back and repaired")
                    .sample(P + "ipvs_repairs_total", c.repairs());
        }
        return w.text();
    }

    private static void vrrp(PrometheusWriter w, StatusSnapshot s) {
        List<InstanceStatus> is = s.instances();
        if (is.isEmpty()) {
            return;
        }
        w.family(P + "vrrp_instance_info", "gauge", "A VRRP instance, with its interface and virtual router id");
        for (InstanceStatus i : is) {
            w.sample(P + "vrrp_instance_info", 1L, "instance", i.name(), "interface", nz(i.interfaceName()),
                    "vrid", Integer.toString(i.virtualRouterId()));
        }
        w.family(P + "vrrp_state", "gauge", "1 for the state the VRRP instance is in, 0 for the others");
        for (InstanceStatus i : is) {
            for (String state : states(i.state())) {
                w.sample(P + "vrrp_state", state.equals(i.state()) ? 1L : 0L, "instance", i.name(), "state", state);
            }
        }
        w.family(P + "vrrp_state_code", "gauge",
                "The VRRP instance's state as keepalived numbers it (0 INIT, 1 BACKUP, 2 MASTER, 3 FAULT, 98 STOP)");
        is.forEach(i -> w.sample(P + "vrrp_state_code", (long) code(i.state()), "instance", i.name()));
        w.family(P + "vrrp_priority", "gauge", "Configured priority");
        is.forEach(i -> w.sample(P + "vrrp_priority", (long) i.priority(), "instance", i.name()));
        w.family(P + "vrrp_effective_priority", "gauge", "Priority after tracking weights");
        is.forEach(i -> w.sample(P + "vrrp_effective_priority", (long) i.effectivePriority(), "instance", i.name()));
        w.family(P + "vrrp_become_master_total", "counter", "Times the instance became MASTER");
        is.forEach(i -> w.sample(P + "vrrp_become_master_total", i.becomeMaster(), "instance", i.name()));
        w.family(P + "vrrp_release_master_total", "counter", "Times the instance left MASTER");
        is.forEach(i -> w.sample(P + "vrrp_release_master_total", i.releaseMaster(), "instance", i.name()));
        w.family(P + "vrrp_transitions_total", "counter", "State changes seen since start, by the state entered");
        for (InstanceStatus i : is) {
            for (String state : states(i.state())) {
                w.sample(P + "vrrp_transitions_total", s.transitions(i.name(), state), "instance", i.name(),
                        "state", state);
            }
        }
        w.family(P + "vrrp_adverts_sent_total", "counter", "VRRP advertisements sent");
        is.forEach(i -> w.sample(P + "vrrp_adverts_sent_total", i.advertsSent(), "instance", i.name()));
        w.family(P + "vrrp_adverts_received_total", "counter", "VRRP advertisements received");
        is.forEach(i -> w.sample(P + "vrrp_adverts_received_total", i.advertsReceived(), "instance", i.name()));
        w.family(P + "vrrp_errors_total", "counter", "Received packets rejected and send errors");
        is.forEach(i -> w.sample(P + "vrrp_errors_total", i.errors(), "instance", i.name()));
    }

    private static void lvs(PrometheusWriter w, List<VirtualServerStatus> vss) {
        if (vss.isEmpty()) {
            return;
        }
        String vsl = "virtual_server";
        w.family(P + "lvs_virtual_server_quorum_up", "gauge", "1 while the virtual server's quorum is met");
        vss.forEach(v -> w.sample(P + "lvs_virtual_server_quorum_up", v.quorumUp() ? 1L : 0L, vsl, v.name()));
        w.family(P + "lvs_virtual_server_sorry_server_active", "gauge", "1 while the sorry server is in the pool");
        vss.forEach(v -> w.sample(P + "lvs_virtual_server_sorry_server_active", v.sorryActive() ? 1L : 0L, vsl,
                v.name()));
        w.family(P + "lvs_virtual_server_weight_sum", "gauge", "Sum of the alive real servers' weights");
        vss.forEach(v -> w.sample(P + "lvs_virtual_server_weight_sum", v.weightSum(), vsl, v.name()));
        w.family(P + "lvs_real_server_up", "gauge", "1 while every check of the real server passes");
        each(vss, (v, r) -> w.sample(P + "lvs_real_server_up", r.alive() ? 1L : 0L, vsl, v.name(),
                "real_server", r.address()));
        w.family(P + "lvs_real_server_weight", "gauge", "The weight IPVS gets while the real server is up");
        each(vss, (v, r) -> w.sample(P + "lvs_real_server_weight", (long) r.weight(), vsl, v.name(),
                "real_server", r.address()));
        w.family(P + "lvs_real_server_failed_checkers", "gauge", "Checks of the real server that are failing");
        each(vss, (v, r) -> w.sample(P + "lvs_real_server_failed_checkers", (long) r.failedCheckers(), vsl,
                v.name(), "real_server", r.address()));
        w.family(P + "lvs_real_server_check_latency_seconds", "gauge",
                "Duration of the real server's last finished check attempt (its slowest check)");
        each(vss, (v, r) -> {
            if (r.lastCheckLatencyNs() >= 0) {
                w.sample(P + "lvs_real_server_check_latency_seconds", r.lastCheckLatencyNs() / 1e9, vsl, v.name(),
                        "real_server", r.address());
            }
        });
    }

    private static void each(List<VirtualServerStatus> vss,
                             java.util.function.BiConsumer<VirtualServerStatus, RealServerStatus> f) {
        for (VirtualServerStatus v : vss) {
            for (RealServerStatus r : v.realServers()) {
                f.accept(v, r);
            }
        }
    }

    /** keepalived's states, plus the current one if it is none of them. */
    private static List<String> states(String current) {
        List<String> out = new ArrayList<>();
        for (VrrpState st : VrrpState.values()) {
            out.add(st.word());
        }
        if (current != null && !out.contains(current)) {
            out.add(current);
        }
        return out;
    }

    static int code(String state) {
        for (VrrpState st : VrrpState.values()) {
            if (st.word().equals(state)) {
                return st.code();
            }
        }
        return -1;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
