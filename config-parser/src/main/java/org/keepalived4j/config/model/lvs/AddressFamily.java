package org.keepalived4j.config.model.lvs;

import java.net.Inet6Address;
import java.net.InetAddress;

/** An address family of a virtual server ({@code ip_family inet|inet6}), with its Linux {@code AF_*} number. */
public enum AddressFamily {
    /** IPv4, AF_INET. */
    INET(2),
    /** IPv6, AF_INET6. */
    INET6(10);

    private final int code;

    AddressFamily(int code) {
        this.code = code;
    }

    /** The Linux {@code AF_*} value ({@code IPVS_SVC_ATTR_AF}). */
    public int code() {
        return code;
    }

    /** The family of an address. */
    public static AddressFamily of(InetAddress address) {
        return address instanceof Inet6Address ? INET6 : INET;
    }
}
