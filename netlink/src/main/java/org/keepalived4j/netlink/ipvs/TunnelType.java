package org.keepalived4j.netlink.ipvs;

/**
 * Encapsulation of a {@link ForwardingMethod#TUNNEL} destination ({@code IPVS_DEST_ATTR_TUN_TYPE}); keepalived's
 * {@code tunnel_type}.
 */
public enum TunnelType {
    /** {@code IP_VS_CONN_F_TUNNEL_TYPE_IPIP}, the default. */
    IPIP(0),
    /** {@code IP_VS_CONN_F_TUNNEL_TYPE_GUE}: UDP encapsulation, needs a tunnel port. */
    GUE(1),
    /** {@code IP_VS_CONN_F_TUNNEL_TYPE_GRE}. */
    GRE(2);

    /** {@code IP_VS_TUNNEL_ENCAP_FLAG_NOCSUM}: no checksum. */
    public static final int FLAG_NOCSUM = 0;
    /** {@code IP_VS_TUNNEL_ENCAP_FLAG_CSUM}: checksum the encapsulation. */
    public static final int FLAG_CSUM = 1;
    /** {@code IP_VS_TUNNEL_ENCAP_FLAG_REMCSUM}: remote checksum offload. */
    public static final int FLAG_REMCSUM = 2;

    private static final TunnelType[] BY_CODE = values();

    private final int code;

    TunnelType(int code) {
        this.code = code;
    }

    /** @return the kernel's value */
    public int code() {
        return code;
    }

    /** @param code a tunnel type value @return the type, or {@code null} if unknown */
    public static TunnelType fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
