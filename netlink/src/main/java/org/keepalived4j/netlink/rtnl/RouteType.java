package org.keepalived4j.netlink.rtnl;

/** {@code rtm_type} ({@code RTN_*}); keepalived's {@code virtual_routes} accept {@code blackhole},
 * {@code unreachable}, {@code prohibit}, {@code throw} and the others as a leading keyword. */
public enum RouteType {
    /** {@code RTN_UNSPEC}. */ UNSPEC,
    /** {@code RTN_UNICAST}: the default. */ UNICAST,
    /** {@code RTN_LOCAL}. */ LOCAL,
    /** {@code RTN_BROADCAST}. */ BROADCAST,
    /** {@code RTN_ANYCAST}. */ ANYCAST,
    /** {@code RTN_MULTICAST}. */ MULTICAST,
    /** {@code RTN_BLACKHOLE}. */ BLACKHOLE,
    /** {@code RTN_UNREACHABLE}. */ UNREACHABLE,
    /** {@code RTN_PROHIBIT}. */ PROHIBIT,
    /** {@code RTN_THROW}. */ THROW,
    /** {@code RTN_NAT}. */ NAT,
    /** {@code RTN_XRESOLVE}. */ XRESOLVE;

    private static final RouteType[] BY_CODE = values();

    /** @return the kernel value (the ordinal: the enum follows {@code RTN_*} order) */
    public int code() {
        return ordinal();
    }

    /** @param code {@code RTN_*} @return the type, {@link #UNSPEC} when out of range */
    public static RouteType fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : UNSPEC;
    }

    /** @return whether routes of this type carry no next hop (blackhole, unreachable, prohibit, throw) */
    public boolean isReject() {
        return this == BLACKHOLE || this == UNREACHABLE || this == PROHIBIT || this == THROW;
    }
}
