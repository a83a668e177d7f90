package org.keepalived4j.config.model.vrrp;

import java.net.InetAddress;
import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * One line of {@code unicast_peer { IP [min_ttl N] [max_ttl N] }}. Adverts from this peer are accepted only with a
 * TTL (hop limit) in [minTtl, maxTtl]; giving either turns on {@code check_unicast_src}.
 *
 * @param address  the peer
 * @param minTtl   0..255, default 0
 * @param maxTtl   0..255, default 255
 * @param position the line
 */
public record UnicastPeer(InetAddress address, int minTtl, int maxTtl, SourcePosition position) {

    public UnicastPeer {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(position, "position");
    }
}
