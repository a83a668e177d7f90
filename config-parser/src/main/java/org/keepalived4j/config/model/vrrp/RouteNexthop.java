package org.keepalived4j.config.model.vrrp;

import java.net.InetAddress;

/**
 * One {@code nexthop} of a multipath route ({@code nexthop via IP dev IF weight N onlink encap ... realms R}), also the
 * deprecated {@code via A or B} form.
 *
 * @param via           the gateway, or null
 * @param interfaceName the device, or null
 * @param weight        1..256, or null when not given
 * @param onlink        RTNH_F_ONLINK
 * @param realms        realms value, or null
 * @param encap         encapsulation, or null
 */
public record RouteNexthop(InetAddress via, String interfaceName, Integer weight, boolean onlink, Integer realms,
                           RouteEncap encap) {
}
