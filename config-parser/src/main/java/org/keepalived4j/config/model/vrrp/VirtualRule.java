package org.keepalived4j.config.model.vrrp;

import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * One line of {@code virtual_rules} or {@code static_rules}, in {@code ip rule} syntax as keepalived reads it
 * ({@code vrrp_iprule.c alloc_rule}). Numbers that were not given are null.
 *
 * @param family               address family (IPv4 unless an address or {@code inet6} says otherwise)
 * @param from                 {@code from}, or null
 * @param to                   {@code to}, or null
 * @param invert               {@code not}
 * @param action               the action
 * @param table                the table for {@link RuleAction#TO_TABLE} (0 for {@code l3mdev})
 * @param gotoTarget           {@code goto} target, or null
 * @param preference           {@code preference}/{@code order}/{@code priority}; when absent keepalived assigns
 *                             16384, 16383, ... per family (and warns)
 * @param tos                  {@code tos}/{@code dsfield}, or null
 * @param fwmark               {@code fwmark}, or null
 * @param fwmask               the {@code /mask} of {@code fwmark}, or null
 * @param realms               {@code realms}, or null
 * @param suppressPrefixLength {@code suppress_prefixlength}, or null
 * @param suppressGroup        {@code suppress_ifgroup}, or null
 * @param inputInterface       {@code dev}/{@code iif}, or null
 * @param outputInterface      {@code oif}, or null
 * @param tunnelId             {@code tunnel-id}, or null
 * @param uidRange             {@code uidrange}, or null
 * @param l3mdev               {@code l3mdev}
 * @param protocol             the protocol; 18 (keepalived) unless {@code no_track}
 * @param ipProto              {@code ipproto}, or null
 * @param sourcePorts          {@code sport}, or null
 * @param destinationPorts     {@code dport}, or null
 * @param noTrack              {@code no_track}
 * @param trackGroup           {@code track_group} (static rules), or null
 * @param position             the line
 */
public record VirtualRule(IpFamily family, IpPrefix from, IpPrefix to, boolean invert, RuleAction action, long table,
                          Long gotoTarget, long preference, Integer tos, Long fwmark, Long fwmask, Integer realms,
                          Integer suppressPrefixLength, Long suppressGroup, String inputInterface,
                          String outputInterface, Long tunnelId, Range uidRange, boolean l3mdev, Integer protocol,
                          Integer ipProto, Range sourcePorts, Range destinationPorts, boolean noTrack,
                          String trackGroup, SourcePosition position) {

    /**
     * An inclusive range ({@code uidrange 1000-2000}, {@code sport 80}).
     *
     * @param start first
     * @param end   last
     */
    public record Range(long start, long end) {
    }

    public VirtualRule {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(position, "position");
    }
}
