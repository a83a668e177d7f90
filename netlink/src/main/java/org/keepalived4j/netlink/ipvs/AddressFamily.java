package org.keepalived4j.netlink.ipvs;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * {@code AF_INET} or {@code AF_INET6}, as IPVS carries them ({@code IPVS_SVC_ATTR_AF},
 * {@code IPVS_DEST_ATTR_ADDR_FAMILY}).
 */
public enum AddressFamily {
    /** IPv4, {@code AF_INET}. */
    INET(2, 4),
    /** IPv6, {@code AF_INET6}. */
    INET6(10, 16);

    private final int code;
    private final int addressLength;

    AddressFamily(int code, int addressLength) {
        this.code = code;
        this.addressLength = addressLength;
    }

    /** @return the Linux {@code AF_*} number */
    public int code() {
        return code;
    }

    /** @return bytes in an address of this family */
    public int addressLength() {
        return addressLength;
    }

    /** @param address an IPv4 or IPv6 address @return its family */
    public static AddressFamily of(InetAddress address) {
        return switch (address) {
            case Inet4Address a -> INET;
            case Inet6Address a -> INET6;
            default -> throw new IllegalArgumentException("not an IP address: " + address);
        };
    }

    /**
     * @param code an {@code AF_*} number
     * @return the family, or {@code null} when it is neither {@code AF_INET} nor {@code AF_INET6}
     */
    public static AddressFamily fromCode(int code) {
        return switch (code) {
            case 2 -> INET;
            case 10 -> INET6;
            default -> null;
        };
    }
}
