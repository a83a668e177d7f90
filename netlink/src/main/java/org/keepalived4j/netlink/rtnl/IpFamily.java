package org.keepalived4j.netlink.rtnl;

import java.net.Inet4Address;
import java.net.InetAddress;

/** Address family of an address, route or rule. */
public enum IpFamily {
    /** IPv4, {@code AF_INET}. */
    INET(2, 32),
    /** IPv6, {@code AF_INET6}. */
    INET6(10, 128);

    private final int code;
    private final int maxPrefixLength;

    IpFamily(int code, int maxPrefixLength) {
        this.code = code;
        this.maxPrefixLength = maxPrefixLength;
    }

    /** @return {@code AF_INET} or {@code AF_INET6} */
    public int code() {
        return code;
    }

    /** @return 32 or 128 */
    public int maxPrefixLength() {
        return maxPrefixLength;
    }

    /** @param address an address @return its family */
    public static IpFamily of(InetAddress address) {
        return address instanceof Inet4Address ? INET : INET6;
    }

    /** @param code {@code AF_*} @return the family, or {@code null} for anything else */
    public static IpFamily fromCode(int code) {
        return code == 2 ? INET : code == 10 ? INET6 : null;
    }
}
