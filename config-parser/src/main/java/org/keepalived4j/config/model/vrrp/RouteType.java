package org.keepalived4j.config.model.vrrp;

/** A route type as {@code ip route} names it (the kernel's RTN_*), with its number. */
public enum RouteType {
    UNICAST(1), LOCAL(2), BROADCAST(3), ANYCAST(4), MULTICAST(5), BLACKHOLE(6), UNREACHABLE(7), PROHIBIT(8),
    THROW(9), NAT(10), XRESOLVE(11);

    private final int code;

    RouteType(int code) {
        this.code = code;
    }

    /** The kernel's RTN_* number. */
    public int code() {
        return code;
    }
}
