package org.keepalived4j.config.model.lvs;

import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * {@code virtual_server_group NAME { ... }}: addresses, ranges and firewall marks that share one set of real servers
 * ({@code virtual_server group NAME}). A group without entries is dropped when read, as keepalived does.
 *
 * @param name     the group's name
 * @param ranges   address entries, in config order
 * @param fwmarks  firewall-mark entries, in config order
 * @param position where {@code virtual_server_group} was written
 */
public record VirtualServerGroup(String name, List<VsgRange> ranges, List<VsgFwmark> fwmarks,
                                 SourcePosition position) {

    public VirtualServerGroup {
        Objects.requireNonNull(name, "name");
        ranges = List.copyOf(ranges);
        fwmarks = List.copyOf(fwmarks);
        Objects.requireNonNull(position, "position");
    }

    /** True if some address entry is IPv4. */
    public boolean hasIpv4() {
        return ranges.stream().anyMatch(r -> r.family() == AddressFamily.INET)
                || fwmarks.stream().anyMatch(f -> f.family() == AddressFamily.INET);
    }

    /** True if some entry is IPv6. */
    public boolean hasIpv6() {
        return ranges.stream().anyMatch(r -> r.family() == AddressFamily.INET6)
                || fwmarks.stream().anyMatch(f -> f.family() == AddressFamily.INET6);
    }

    /** True if some fwmark entry has no family. */
    public boolean fwmarkWithoutFamily() {
        return fwmarks.stream().anyMatch(f -> f.family() == null);
    }
}
