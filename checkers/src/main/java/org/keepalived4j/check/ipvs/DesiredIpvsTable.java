package org.keepalived4j.check.ipvs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole IPVS table the checkers want now: every service of every virtual server (groups expanded) with the
 * destinations that should be in it. Immutable; compare two with {@code equals} to see whether anything changed.
 *
 * @param services by key, in config order
 */
public record DesiredIpvsTable(Map<ServiceKey, DesiredService> services) {

    /** No services. */
    public static final DesiredIpvsTable EMPTY = new DesiredIpvsTable(Map.of());

    public DesiredIpvsTable {
        services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
    }

    /** The lines {@code ipvsadm -Sn} would print for this table, roughly: one per service and destination. */
    public String dump() {
        StringBuilder sb = new StringBuilder();
        for (DesiredService s : services.values()) {
            sb.append(s.service().key()).append(' ').append(s.service().scheduler()).append('\n');
            for (IpvsDestination d : s.destinations().values()) {
                sb.append("  -> ").append(d).append('\n');
            }
        }
        return sb.toString();
    }
}
