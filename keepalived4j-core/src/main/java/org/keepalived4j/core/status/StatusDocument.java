package org.keepalived4j.core.status;

import java.util.Map;
import org.keepalived4j.check.RealServerStatus;
import org.keepalived4j.check.VirtualServerStatus;
import org.keepalived4j.core.cli.CommandLine;
import org.keepalived4j.vrrp.VrrpRuntime.InstanceStatus;

/**
 * The {@code /status} document: a {@link StatusSnapshot} as JSON.
 *
 * <pre>{@code
 * {"version":"0.1.0","uptimeSeconds":12.5,"sources":{"vrrp":true,"checker":true},
 *  "vrrp":[{"name":"VI_1","state":"MASTER","priority":100,"effectivePriority":100,"interface":"eth0",
 *           "virtualRouterId":51,"advertsSent":12,"advertsReceived":0,"becomeMaster":1,"releaseMaster":0,
 *           "errors":0,"transitions":{"MASTER":1}}],
 *  "virtualServers":[{"name":"[10.0.0.1]:tcp:80","quorumUp":true,"sorryActive":false,"weightSum":2,
 *           "realServers":[{"address":"[10.0.0.2]:tcp:80","alive":true,"weight":1,"failedCheckers":0,
 *                           "lastCheckLatencySeconds":0.0012}]}],
 *  "ipvs":{"available":true,"commands":4,"failures":0,"repairs":0}}
 * }</pre>
 *
 * <p>{@code lastCheckLatencySeconds} is null before a real server's first finished check; {@code ipvs} is null
 * without a checker part.
 */
public final class StatusDocument {

    /** The Content-Type. */
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private StatusDocument() {
    }

    /** The document for {@code s}. */
    public static String render(StatusSnapshot s) {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("version").value(CommandLine.VERSION);
        w.name("uptimeSeconds").value(s.uptimeSeconds());
        w.name("sources").beginObject();
        s.sources().forEach((k, v) -> w.name(k).value(v));
        w.endObject();
        w.name("vrrp").beginArray();
        for (InstanceStatus i : s.instances()) {
            w.beginObject()
                    .name("name").value(i.name())
                    .name("state").value(i.state())
                    .name("priority").value(i.priority())
                    .name("effectivePriority").value(i.effectivePriority())
                    .name("interface").value(i.interfaceName())
                    .name("virtualRouterId").value(i.virtualRouterId())
                    .name("advertsSent").value(i.advertsSent())
                    .name("advertsReceived").value(i.advertsReceived())
                    .name("becomeMaster").value(i.becomeMaster())
                    .name("releaseMaster").value(i.releaseMaster())
                    .name("errors").value(i.errors())
                    .name("transitions").beginObject();
            Map<String, Long> t = s.transitions().getOrDefault(i.name(), Map.of());
            t.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> w.name(e.getKey()).value(e.getValue()));
            w.endObject().endObject();
        }
        w.endArray();
        w.name("virtualServers").beginArray();
        for (VirtualServerStatus v : s.virtualServers()) {
            w.beginObject()
                    .name("name").value(v.name())
                    .name("quorumUp").value(v.quorumUp())
                    .name("sorryActive").value(v.sorryActive())
                    .name("weightSum").value(v.weightSum())
                    .name("realServers").beginArray();
            for (RealServerStatus r : v.realServers()) {
                w.beginObject()
                        .name("address").value(r.address())
                        .name("alive").value(r.alive())
                        .name("weight").value(r.weight())
                        .name("failedCheckers").value(r.failedCheckers())
                        .name("lastCheckLatencySeconds");
                if (r.lastCheckLatencyNs() >= 0) {
                    w.value(r.lastCheckLatencyNs() / 1e9);
                } else {
                    w.nullValue();
                }
                w.endObject();
            }
            w.endArray().endObject();
        }
        w.endArray();
        w.name("ipvs");
        if (s.ipvs() == null) {
            w.nullValue();
        } else {
            w.beginObject()
                    .name("available").value(s.ipvs().available())
                    .name("commands").value(s.ipvs().commands())
                    .name("failures").value(s.ipvs().failures())
                    .name("repairs").value(s.ipvs().repairs())
                    .endObject();
        }
        return w.endObject().text();
    }
}
