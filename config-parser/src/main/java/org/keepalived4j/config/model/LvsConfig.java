package org.keepalived4j.config.model;

import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.model.lvs.SslContextConfig;
import org.keepalived4j.config.model.lvs.VirtualServer;
import org.keepalived4j.config.model.lvs.VirtualServerGroup;

/**
 * The LVS side of a config: what keepalived's checker process reads.
 *
 * @param groups         {@code virtual_server_group}s (those with entries), in config order
 * @param virtualServers {@code virtual_server}s that survived keepalived's checks, in config order
 * @param ssl            the top-level {@code SSL} block, or {@code null}
 */
public record LvsConfig(List<VirtualServerGroup> groups, List<VirtualServer> virtualServers, SslContextConfig ssl) {

    public LvsConfig {
        groups = List.copyOf(groups);
        virtualServers = List.copyOf(virtualServers);
    }

    /** No virtual servers. */
    public static LvsConfig empty() {
        return new LvsConfig(List.of(), List.of(), null);
    }

    /** The group with this name (the first one, as keepalived looks it up), if any. */
    public java.util.Optional<VirtualServerGroup> group(String name) {
        Objects.requireNonNull(name, "name");
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }
}
