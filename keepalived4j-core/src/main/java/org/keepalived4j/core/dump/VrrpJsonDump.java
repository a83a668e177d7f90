package org.keepalived4j.core.dump;

import java.io.IOException;
import java.util.List;
import org.keepalived4j.vrrp.VrrpRuntime.InstanceStatus;

/**
 * keepalived's JSON dump ({@code keepalived.json}, keepalived's {@code vrrp_json.c}): an array with one object per
 * instance, {@code {"data": {...}, "stats": {...}}}, with keepalived's field names. keepalived4j fills the fields its
 * runtime reports (name, interface, VRID, priorities, state, advert and transition counters); keepalived's other
 * configuration fields are in {@code --dump-conf} and the status endpoint.
 */
public final class VrrpJsonDump {

    private VrrpJsonDump() {
    }

    /** Writes the array. */
    public static void write(List<InstanceStatus> instances, Appendable out) throws IOException {
        out.append('[');
        for (int i = 0; i < instances.size(); i++) {
            InstanceStatus s = instances.get(i);
            if (i > 0) {
                out.append(',');
            }
            out.append("{\"data\":{");
            field(out, "iname", s.name(), true);
            field(out, "ifp_ifname", s.interfaceName(), false);
            number(out, "vrid", s.virtualRouterId());
            number(out, "base_priority", s.priority());
            number(out, "effective_priority", s.effectivePriority());
            number(out, "state", stateCode(s.state()));
            out.append("},\"stats\":{");
            out.append("\"advert_rcvd\":").append(Long.toString(s.advertsReceived()));
            number(out, "advert_sent", s.advertsSent());
            number(out, "become_master", s.becomeMaster());
            number(out, "release_master", s.releaseMaster());
            out.append("}}");
        }
        out.append("]\n");
    }

    /** keepalived's numeric states: INIT 0, BACKUP 1, MASTER 2, FAULT 3, DELETED 97, STOP 98. */
    static int stateCode(String state) {
        return switch (state) {
            case "BACKUP" -> 1;
            case "MASTER" -> 2;
            case "FAULT" -> 3;
            case "DELETED" -> 97;
            case "STOP" -> 98;
            default -> 0;
        };
    }

    private static void field(Appendable out, String name, String value, boolean first) throws IOException {
        if (!first) {
            out.append(',');
        }
        out.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private static void number(Appendable out, String name, long value) throws IOException {
        out.append(",\"").append(name).append("\":").append(Long.toString(value));
    }
}
