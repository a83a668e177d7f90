package org.keepalived4j.core.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the {@code /status} document as the tables {@code keepalived4j status} prints:
 *
 * <pre>
 * INSTANCE  STATE   PRIORITY  EFFECTIVE  VRID  INTERFACE
 * VI_1      MASTER  100       100        51    eth0
 *
 * VIRTUAL SERVER     REAL SERVER        STATE  WEIGHT  LAST CHECK
 * [10.0.0.1]:tcp:80                     UP     2
 *                    [10.0.0.2]:tcp:80  UP     1       1.234 ms
 *                    [10.0.0.3]:tcp:80  DOWN   1       -
 * </pre>
 *
 * A virtual server's state is its quorum ({@code UP}/{@code DOWN}, {@code DOWN (sorry server)} while the sorry
 * server is in the pool) and its weight the alive real servers' sum.
 */
final class StatusTable {

    private StatusTable() {
    }

    /** The tables for a parsed document. */
    static String render(Map<?, ?> doc) {
        StringBuilder out = new StringBuilder();
        List<?> instances = list(doc.get("vrrp"));
        if (instances.isEmpty()) {
            out.append("No VRRP instances.\n");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"INSTANCE", "STATE", "PRIORITY", "EFFECTIVE", "VRID", "INTERFACE"});
            for (Object o : instances) {
                Map<?, ?> i = map(o);
                rows.add(new String[] {text(i.get("name")), text(i.get("state")), text(i.get("priority")),
                    text(i.get("effectivePriority")), text(i.get("virtualRouterId")), text(i.get("interface"))});
            }
            table(out, rows);
        }
        out.append('\n');
        List<?> servers = list(doc.get("virtualServers"));
        if (servers.isEmpty()) {
            out.append("No virtual servers.\n");
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"VIRTUAL SERVER", "REAL SERVER", "STATE", "WEIGHT", "LAST CHECK"});
            for (Object o : servers) {
                Map<?, ?> v = map(o);
                String state = Boolean.TRUE.equals(v.get("quorumUp")) ? "UP"
                        : Boolean.TRUE.equals(v.get("sorryActive")) ? "DOWN (sorry server)" : "DOWN";
                rows.add(new String[] {text(v.get("name")), "", state, text(v.get("weightSum")), ""});
                for (Object r : list(v.get("realServers"))) {
                    Map<?, ?> rs = map(r);
                    rows.add(new String[] {"", text(rs.get("address")),
                        Boolean.TRUE.equals(rs.get("alive")) ? "UP" : "DOWN", text(rs.get("weight")),
                        latency(rs.get("lastCheckLatencySeconds"))});
                }
            }
            table(out, rows);
        }
        Object ipvs = doc.get("ipvs");
        if (ipvs instanceof Map<?, ?> m && Boolean.FALSE.equals(m.get("available"))) {
            out.append("\nIPVS is not available: nothing is programmed in the kernel.\n");
        }
        return out.toString();
    }

    /** Seconds as the most readable unit. */
    static String latency(Object seconds) {
        if (!(seconds instanceof Number n)) {
            return "-";
        }
        double s = n.doubleValue();
        if (s < 1e-3) {
            return String.format(Locale.ROOT, "%.0f us", s * 1e6);
        }
        if (s < 1) {
            return String.format(Locale.ROOT, "%.3f ms", s * 1e3);
        }
        return String.format(Locale.ROOT, "%.3f s", s);
    }

    private static void table(StringBuilder out, List<String[]> rows) {
        int cols = rows.getFirst().length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cols; c++) {
                line.append(r[c]);
                if (c < cols - 1) {
                    line.append(" ".repeat(width[c] - r[c].length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static Map<?, ?> map(Object o) {
        return o instanceof Map<?, ?> m ? m : Map.of();
    }

    private static String text(Object o) {
        return o == null ? "-" : o.toString();
    }
}
