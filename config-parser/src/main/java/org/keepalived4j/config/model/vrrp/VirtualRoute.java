package org.keepalived4j.config.model.vrrp;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * One line of {@code virtual_routes} or {@code static_routes}, in {@code ip route} syntax as keepalived reads it
 * ({@code vrrp_iproute.c alloc_route}).
 *
 * @param family            the route's address family
 * @param type              {@code unicast} unless a type was given ({@code blackhole 10.0.0.0/8})
 * @param destination       the destination ({@code default}/{@code any}/{@code all} is the zero prefix)
 * @param source            {@code from} (IPv6 source routing), or null
 * @param preferredSource   {@code src}, or null
 * @param via               {@code via} / {@code gw}, or null
 * @param interfaceName     {@code dev} / {@code oif}, or null
 * @param table             the table number ({@code main} = 254 unless {@code table} or {@code vrf} said otherwise)
 * @param scope             the scope number, or null when not given (kernel default)
 * @param metric            {@code metric}/{@code priority}/{@code preference}, or null
 * @param tos               {@code tos}/{@code dsfield}, or null
 * @param protocol          the protocol number; 18 (keepalived) unless {@code no_track}
 * @param onlink            {@code onlink}
 * @param expires           {@code expires} seconds (IPv6), or null
 * @param pref              router preference (IPv6: 0 medium, 1 high, 3 low, or a number), or null
 * @param ttlPropagate      {@code ttl-propagate}, or null
 * @param realms            {@code realms}, or null
 * @param vrf               {@code vrf} name, or null
 * @param encap             {@code encap}, or null
 * @param metrics           RTA_METRICS values
 * @param nexthops          {@code nexthop} entries (or the two of {@code via A or B}); empty for a single path
 * @param addMode           how the route is installed
 * @param noTrack           {@code no_track}, or forced because no interface was given
 * @param trackGroup        {@code track_group} (static routes), or null
 * @param position          the line
 */
public record VirtualRoute(IpFamily family, RouteType type, IpPrefix destination, IpPrefix source,
                           InetAddress preferredSource, InetAddress via, String interfaceName, long table,
                           Integer scope, Long metric, Integer tos, int protocol, boolean onlink, Long expires,
                           Integer pref, Boolean ttlPropagate, Integer realms, String vrf, RouteEncap encap,
                           RouteMetrics metrics, List<RouteNexthop> nexthops, AddMode addMode, boolean noTrack,
                           String trackGroup, SourcePosition position) {

    /** keepalived's route protocol number (RTPROT_KEEPALIVED). */
    public static final int RTPROT_KEEPALIVED = 18;
    /** The main routing table. */
    public static final long TABLE_MAIN = 254;

    /** How the route is added: {@code prepend} (kernel default, keepalived's traditional), {@code add}, {@code append}. */
    public enum AddMode { PREPEND, ADD, APPEND }

    public VirtualRoute {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(destination, "destination");
        nexthops = List.copyOf(nexthops);
        Objects.requireNonNull(position, "position");
    }
}
