package org.keepalived4j.vrrp.state;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;

/**
 * One {@code virtual_ipaddress} entry: {@code ADDRESS[/PREFIX] [brd BRD] [dev DEV] [scope SCOPE] [label LABEL]
 * [nodad]}. What the VIP manager adds and removes; the address alone goes into adverts.
 *
 * @param address      the VIP
 * @param prefixLength prefix length (keepalived defaults: 32 for IPv4, 128 for IPv6)
 * @param broadcast    {@code brd}, or null
 * @param device       {@code dev}, or null for the instance's interface
 * @param scope        {@code scope} name ({@code global}, {@code link}, {@code host}...), or null for global
 * @param label        {@code label}, or null
 * @param noDad        {@code nodad} (IPv6: skip duplicate address detection)
 */
public record VirtualAddress(InetAddress address, int prefixLength, InetAddress broadcast, String device,
                             String scope, String label, boolean noDad) {
    /** Checks the prefix length against the family. */
    public VirtualAddress {
        Objects.requireNonNull(address, "address");
        int max = address instanceof Inet6Address ? 128 : 32;
        if (prefixLength < 0 || prefixLength > max) {
            throw new IllegalArgumentException("prefix length of " + address.getHostAddress() + " must be 0.." + max
                    + ", got " + prefixLength);
        }
    }

    /** A plain VIP with keepalived's default prefix (/32 or /128). */
    public static VirtualAddress of(InetAddress address) {
        return new VirtualAddress(address, address instanceof Inet6Address ? 128 : 32, null, null, null, null, false);
    }

    /** Whether this is an IPv6 address. */
    public boolean ipv6() {
        return address instanceof Inet6Address;
    }

    /** {@code ADDRESS/PREFIX} as keepalived logs it. */
    @Override
    public String toString() {
        return address.getHostAddress() + "/" + prefixLength + (device == null ? "" : " dev " + device);
    }
}
