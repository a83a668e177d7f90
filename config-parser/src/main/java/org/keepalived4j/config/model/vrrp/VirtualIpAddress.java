package org.keepalived4j.config.model.vrrp;

import java.net.InetAddress;
import java.util.Objects;
import java.util.Set;
import org.keepalived4j.config.SourcePosition;

/**
 * One line of {@code virtual_ipaddress}, {@code virtual_ipaddress_excluded} or {@code static_ipaddress}:
 * {@code ADDR[/LEN] [dev IF] [brd IP|+|-] [scope SCOPE] [label LABEL] [peer IP] [home] [-nodad] [mngtmpaddr]
 * [noprefixroute] [autojoin] [no_track] [preferred_lft N|forever] [use_vmac] [track_group G]}.
 *
 * @param address            the address and prefix length (a peer's length when {@code peer} is given)
 * @param interfaceName      the interface: {@code dev} if given, else the instance's interface (for VIPs of an
 *                           instance with a VMAC/ipvlan, the runtime substitutes that interface; see
 *                           {@link #deviceConfigured()}); for static addresses {@code dev} or {@code default_interface}
 * @param deviceConfigured   true when {@code dev} was written on the line
 * @param broadcast          IPv4 broadcast ({@code brd}, {@code +}/{@code -} already computed), or null
 * @param peer               the peer address ({@code peer}), or null
 * @param scope              the scope number (0 global, 200 site, 253 link, 254 host, 255 nowhere)
 * @param label              the label ({@code label eth0:1}), or null (IPv4 only)
 * @param flags              address flags
 * @param noTrack            {@code no_track}: the address' interface going down doesn't fault the instance
 * @param preferredLifetime  seconds, {@link #FOREVER} for forever, or null when not set (IPv4 default)
 * @param useVmac            {@code use_vmac}: put this address on a VMAC of its interface
 * @param trackGroup         {@code track_group} (static addresses only), or null
 * @param position           the line
 */
public record VirtualIpAddress(IpPrefix address, String interfaceName, boolean deviceConfigured,
                               InetAddress broadcast, InetAddress peer, int scope, String label,
                               Set<IpAddressFlag> flags, boolean noTrack, Long preferredLifetime, boolean useVmac,
                               String trackGroup, SourcePosition position) {

    /** keepalived's INFINITY_LIFE_TIME. */
    public static final long FOREVER = 0xFFFF_FFFFL;

    public VirtualIpAddress {
        Objects.requireNonNull(address, "address");
        flags = Set.copyOf(flags);
        Objects.requireNonNull(position, "position");
    }

    /** The address family. */
    public IpFamily family() {
        return address.family();
    }

    /** A copy with another interface (used when the instance's interface is filled in). */
    public VirtualIpAddress withInterface(String name) {
        return new VirtualIpAddress(address, name, deviceConfigured, broadcast, peer, scope, label, flags, noTrack,
                preferredLifetime, useVmac, trackGroup, position);
    }

    /** keepalived's text form: {@code 192.168.200.16/32 dev eth0 scope global}. */
    @Override
    public String toString() {
        return address + (interfaceName == null ? "" : " dev " + interfaceName);
    }
}
