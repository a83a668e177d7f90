package org.keepalived4j.netlink.ipvs;

/**
 * How IPVS reaches a real server ({@code IPVS_DEST_ATTR_FWD_METHOD}, the {@code IP_VS_CONN_F_FWD_MASK} bits);
 * keepalived's {@code lb_kind} / {@code lvs_method} NAT, DR, TUN.
 */
public enum ForwardingMethod {
    /** {@code IP_VS_CONN_F_MASQ}: NAT ({@code ipvsadm -m}). */
    NAT(0),
    /** {@code IP_VS_CONN_F_LOCALNODE}: the real server is this host. */
    LOCAL_NODE(1),
    /** {@code IP_VS_CONN_F_TUNNEL}: IP-in-IP, GUE or GRE tunnel ({@code ipvsadm -i}). */
    TUNNEL(2),
    /** {@code IP_VS_CONN_F_DROUTE}: direct routing ({@code ipvsadm -g}). */
    DIRECT_ROUTE(3),
    /** {@code IP_VS_CONN_F_BYPASS}: cache bypass. */
    BYPASS(4);

    private static final ForwardingMethod[] BY_CODE = values();

    private final int code;

    ForwardingMethod(int code) {
        this.code = code;
    }

    /** @return the kernel's {@code IP_VS_CONN_F_*} value */
    public int code() {
        return code;
    }

    /** @param code an {@code IP_VS_CONN_F_*} forwarding value @return the method, or {@code null} if unknown */
    public static ForwardingMethod fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
