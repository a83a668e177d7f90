package org.keepalived4j.netlink.ipvs;

/**
 * The transport protocols an IPVS service can balance ({@code IPVS_SVC_ATTR_PROTOCOL}); keepalived's
 * {@code protocol}.
 */
public enum IpvsProtocol {
    /** {@code IPPROTO_TCP}. */
    TCP(6),
    /** {@code IPPROTO_UDP}. */
    UDP(17),
    /** {@code IPPROTO_SCTP}. */
    SCTP(132);

    private final int number;

    IpvsProtocol(int number) {
        this.number = number;
    }

    /** @return the IP protocol number */
    public int number() {
        return number;
    }

    /** @return lower-case name as keepalived logs it ({@code tcp}, {@code udp}, {@code sctp}) */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @param number an IP protocol number @return the protocol, or {@code null} when IPVS does not balance it */
    public static IpvsProtocol fromNumber(int number) {
        return switch (number) {
            case 6 -> TCP;
            case 17 -> UDP;
            case 132 -> SCTP;
            default -> null;
        };
    }
}
