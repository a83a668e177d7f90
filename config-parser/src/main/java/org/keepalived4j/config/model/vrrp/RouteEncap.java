package org.keepalived4j.config.model.vrrp;

import java.net.InetAddress;
import java.util.List;

/** Lightweight tunnel encapsulation of a route or nexthop ({@code encap ip|ip6|mpls|ila ...}, RTA_ENCAP). */
public sealed interface RouteEncap {

    /**
     * {@code encap ip [id N] [dst IP] [src IP] [tos T] [ttl N] [flags N]}; unset numbers are null.
     *
     * @param id tunnel id
     * @param dst destination (IPv4)
     * @param src source (IPv4)
     * @param tos TOS
     * @param ttl TTL
     * @param flags tunnel flags
     */
    record Ip(Long id, InetAddress dst, InetAddress src, Integer tos, Integer ttl, Integer flags)
            implements RouteEncap {
    }

    /**
     * {@code encap ip6 [id N] [dst IP] [src IP] [tc T] [hoplimit N] [flags N]}; unset numbers are null.
     *
     * @param id tunnel id
     * @param dst destination (IPv6)
     * @param src source (IPv6)
     * @param trafficClass traffic class
     * @param hopLimit hop limit
     * @param flags tunnel flags
     */
    record Ip6(Long id, InetAddress dst, InetAddress src, Integer trafficClass, Integer hopLimit, Integer flags)
            implements RouteEncap {
    }

    /**
     * {@code encap mpls L1/L2/...}.
     *
     * @param labels the label stack, outermost first
     */
    record Mpls(List<Integer> labels) implements RouteEncap {
        public Mpls {
            labels = List.copyOf(labels);
        }
    }

    /**
     * {@code encap ila LOCATOR}.
     *
     * @param locator the 64-bit locator
     */
    record Ila(long locator) implements RouteEncap {
    }
}
