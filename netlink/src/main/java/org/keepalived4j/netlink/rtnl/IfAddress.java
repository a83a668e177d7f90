package org.keepalived4j.netlink.rtnl;

import java.net.InetAddress;
import java.util.Objects;

/**
 * An address on an interface, as keepalived's {@code virtual_ipaddress} entries set it
 * ({@code <IPADDR>[/<MASK>] [brd <IPADDR>] [dev <STRING>] [scope <SCOPE>] [label <LABEL>] [peer <IPADDR>]
 * [home] [-nodad] [noprefixroute] [autojoin] [preferred_lft ...]}) and as {@code RTM_NEWADDR} reports it.
 *
 * <p>Flags are {@code IFA_F_*} ({@code Rtnl.IFA_F_NODAD}, {@code IFA_F_NOPREFIXROUTE}, {@code IFA_F_HOMEADDRESS},
 * {@code IFA_F_MCAUTOJOIN}...). keepalived adds {@code IFA_F_NODAD} to every IPv6 VIP unless configured
 * {@code -nodad}; that policy belongs to the caller, this record sends exactly what it holds.
 *
 * @param ifIndex interface index
 * @param address the local address ({@code IFA_LOCAL})
 * @param prefixLength prefix length
 * @param peer point-to-point peer ({@code IFA_ADDRESS} when it differs), or {@code null}
 * @param broadcast IPv4 broadcast ({@code IFA_BROADCAST}), or {@code null}
 * @param scope {@code RT_SCOPE_*} ({@code 0} universe, {@code 253} link, {@code 254} host)
 * @param label IPv4 label such as {@code eth0:1}, or {@code null}
 * @param flags {@code IFA_F_*}
 * @param preferredLifetimeSec IPv6 preferred lifetime ({@code 0} = deprecated, keepalived's
 *        {@code preferred_lft 0}); {@link #INFINITE_LIFETIME} when not set
 */
public record IfAddress(int ifIndex, InetAddress address, int prefixLength, InetAddress peer, InetAddress broadcast,
                        int scope, String label, int flags, long preferredLifetimeSec) {
    /** {@code INFINITY_LIFE_TIME}. */
    public static final long INFINITE_LIFETIME = 0xffff_ffffL;

    /** Validates. */
    public IfAddress {
        Objects.requireNonNull(address, "address");
        if (prefixLength < 0 || prefixLength > IpFamily.of(address).maxPrefixLength()) {
            throw new IllegalArgumentException("invalid prefix length " + prefixLength + " for " + address);
        }
        if (scope < 0 || scope > 255) {
            throw new IllegalArgumentException("invalid scope " + scope);
        }
    }

    /**
     * @param ifIndex interface index
     * @param address the address
     * @param prefixLength its prefix length
     * @return an address with scope universe, no flags, no label, infinite lifetime
     */
    public static IfAddress of(int ifIndex, InetAddress address, int prefixLength) {
        return new IfAddress(ifIndex, address, prefixLength, null, null, 0, null, 0, INFINITE_LIFETIME);
    }

    /** @return the address family */
    public IpFamily family() {
        return IpFamily.of(address);
    }

    /** @param value broadcast @return a copy with it */
    public IfAddress withBroadcast(InetAddress value) {
        return new IfAddress(ifIndex, address, prefixLength, peer, value, scope, label, flags, preferredLifetimeSec);
    }

    /** @param value peer @return a copy with it */
    public IfAddress withPeer(InetAddress value) {
        return new IfAddress(ifIndex, address, prefixLength, value, broadcast, scope, label, flags,
                preferredLifetimeSec);
    }

    /** @param value {@code RT_SCOPE_*} @return a copy with it */
    public IfAddress withScope(int value) {
        return new IfAddress(ifIndex, address, prefixLength, peer, broadcast, value, label, flags,
                preferredLifetimeSec);
    }

    /** @param value label @return a copy with it */
    public IfAddress withLabel(String value) {
        return new IfAddress(ifIndex, address, prefixLength, peer, broadcast, scope, value, flags,
                preferredLifetimeSec);
    }

    /** @param value {@code IFA_F_*} @return a copy with them */
    public IfAddress withFlags(int value) {
        return new IfAddress(ifIndex, address, prefixLength, peer, broadcast, scope, label, value,
                preferredLifetimeSec);
    }

    /** @param seconds preferred lifetime @return a copy with it */
    public IfAddress withPreferredLifetime(long seconds) {
        return new IfAddress(ifIndex, address, prefixLength, peer, broadcast, scope, label, flags, seconds);
    }

    /**
     * Whether two entries name the same kernel address (interface, address, prefix), ignoring the attributes the
     * kernel may report differently (flags such as {@code IFA_F_PERMANENT}, lifetimes, label).
     *
     * @param other another entry
     * @return whether they are the same address
     */
    public boolean sameAddress(IfAddress other) {
        return ifIndex == other.ifIndex && address.equals(other.address) && prefixLength == other.prefixLength;
    }

    @Override
    public String toString() {
        return address.getHostAddress() + "/" + prefixLength + " ifindex " + ifIndex
                + (label != null ? " label " + label : "");
    }
}
