package org.keepalived4j.check.ipvs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keepalived4j.netlink.ipvs.IpvsDestination;
import org.keepalived4j.netlink.ipvs.IpvsServiceKey;

/**
 * The whole IPVS table the checkers want now: every service of every virtual server (groups expanded) with the
 * destinations that should be in it, in {@code org.keepalived4j.netlink.ipvs} records so the reconciler can hand them
 * to an {@link org.keepalived4j.netlink.ipvs.IpvsTable} as they are. Immutable; compare two with {@code equals} to
 * see whether anything changed.
 *
 * @param services by key, in config order
 */
public record DesiredIpvsTable(Map<IpvsServiceKey, DesiredService> services) {

    /** No services. */
    public static final DesiredIpvsTable EMPTY = new DesiredIpvsTable(Map.of());

    /** Copies the map, keeping its order. */
    public DesiredIpvsTable {
        services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
    }

    /** One line per service and destination, for logs and test messages. */
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
