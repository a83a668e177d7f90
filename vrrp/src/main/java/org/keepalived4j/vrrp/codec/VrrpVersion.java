package org.keepalived4j.vrrp.codec;

/**
 * The VRRP version field (upper nibble of the first octet): keepalived's {@code version 2|3} keyword.
 *
 * <p>An unknown code is kept as {@link #UNKNOWN} instead of failing, so that a newer peer cannot crash us.
 */
public enum VrrpVersion {
    /** VRRPv2, RFC 3768 section 5.3.1: IPv4 only, interval in whole seconds, optional authentication. */
    V2(2),
    /** VRRPv3, RFC 9568 section 5.2.1: IPv4 and IPv6, interval in centiseconds, no authentication. */
    V3(3),
    /** Any other value seen on the wire. */
    UNKNOWN(-1);

    private static final VrrpVersion[] BY_CODE = new VrrpVersion[16];

    static {
        for (int i = 0; i < BY_CODE.length; i++) {
            BY_CODE[i] = UNKNOWN;
        }
        BY_CODE[2] = V2;
        BY_CODE[3] = V3;
    }

    private final int code;

    VrrpVersion(int code) {
        this.code = code;
    }

    /** The value on the wire ({@code -1} for {@link #UNKNOWN}). */
    public int code() {
        return code;
    }

    /** Looks a 4-bit wire value up without allocating. */
    public static VrrpVersion fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : UNKNOWN;
    }
}
