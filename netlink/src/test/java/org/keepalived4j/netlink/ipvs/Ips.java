package org.keepalived4j.netlink.ipvs;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Address literals for tests. */
final class Ips {
    private Ips() {
    }

    /** @param literal an IPv4 or IPv6 literal @return the address */
    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
