package org.keepalived4j.config.model.lvs;

/** The encapsulation of {@code TUN} forwarding ({@code lvs_method TUN type ipip|gue|gre}), IP_VS_CONN_F_TUNNEL_TYPE_*. */
public enum TunnelType {
    /** IP in IP (the default), code 0. */
    IPIP(0),
    /** Generic UDP Encapsulation, code 1; needs a port. */
    GUE(1),
    /** GRE, code 2. */
    GRE(2);

    private final int code;

    TunnelType(int code) {
        this.code = code;
    }

    /** The kernel's code ({@code IPVS_DEST_ATTR_TUN_TYPE}). */
    public int code() {
        return code;
    }
}
