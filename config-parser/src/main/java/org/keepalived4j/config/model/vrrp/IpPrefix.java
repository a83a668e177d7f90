package org.keepalived4j.config.model.vrrp;

import java.net.InetAddress;
import java.util.Objects;

/**
 * An address with a prefix length, as keepalived writes {@code 192.168.200.16/24} ({@code /32} or {@code /128} when
 * the length is not given). The address keeps its host bits.
 *
 * @param address      the address (IPv4 or IPv6)
 * @param prefixLength 0..32 or 0..128
 */
public record IpPrefix(InetAddress address, int prefixLength) {

    public IpPrefix {
        Objects.requireNonNull(address, "address");
        if (prefixLength < 0 || prefixLength > family(address).maxPrefixLength()) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " for " + address);
        }
    }

    private static IpFamily family(InetAddress a) {
        return IpFamily.of(a);
    }

    /** The address family. */
    public IpFamily family() {
        return IpFamily.of(address);
    }

    /** A host prefix (/32 or /128). */
    public static IpPrefix host(InetAddress address) {
        return new IpPrefix(address, IpFamily.of(address).maxPrefixLength());
    }

    /** {@code address/len}, the address in its canonical text form. */
    @Override
    public String toString() {
        return address.getHostAddress() + "/" + prefixLength;
    }
}
