package org.keepalived4j.vrrp.codec;

/**
 * VRRPv2 Auth Type (RFC 3768 section 5.3.6, RFC 2338 section 5.3.6 for AH): keepalived's {@code auth_type}.
 *
 * <p>Only {@link #PASS} is implemented for sending; {@link #AH} is recognised on receive (the IPsec AH header is
 * parsed and an AH advert is told apart), its HMAC-MD5 is not verified.
 */
public enum AuthType {
    /** 0: no authentication. */
    NONE(0),
    /** 1: simple text password, 8 octets zero padded (keepalived {@code auth_type PASS}). */
    PASS(1),
    /** 2: IP Authentication Header (keepalived {@code auth_type AH}). */
    AH(2),
    /** Any other value seen on the wire. */
    UNKNOWN(-1);

    private final int code;

    AuthType(int code) {
        this.code = code;
    }

    /** The value on the wire ({@code -1} for {@link #UNKNOWN}). */
    public int code() {
        return code;
    }

    /** Looks an 8-bit wire value up without allocating. */
    public static AuthType fromCode(int code) {
        return switch (code) {
            case 0 -> NONE;
            case 1 -> PASS;
            case 2 -> AH;
            default -> UNKNOWN;
        };
    }
}
