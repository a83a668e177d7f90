package org.keepalived4j.config.model.vrrp;

import java.net.Inet6Address;
import java.net.InetAddress;

/** An address family: IPv4 ({@code AF_INET}) or IPv6 ({@code AF_INET6}). */
public enum IpFamily {
    /** IPv4. */
    INET(32),
    /** IPv6. */
    INET6(128);

    private final int maxPrefixLength;

    IpFamily(int maxPrefixLength) {
        this.maxPrefixLength = maxPrefixLength;
    }

    /** 32 or 128. */
    public int maxPrefixLength() {
        return maxPrefixLength;
    }

    /** The family of an address. */
    public static IpFamily of(InetAddress address) {
        return address instanceof Inet6Address ? INET6 : INET;
    }

    /** "IPv4" or "IPv6". */
    public String display() {
        return this == INET ? "IPv4" : "IPv6";
    }
}
