package org.keepalived4j.config.model.lvs;

/** Checksum option of GUE/GRE tunnels ({@code nocsum}, {@code csum}, {@code remcsum}), IP_VS_TUNNEL_ENCAP_FLAG_*. */
public enum TunnelChecksum {
    /** No checksum (the default), flag 0. */
    NOCSUM(0),
    /** Checksum, flag 1. */
    CSUM(1),
    /** Remote checksum offload (GUE only), flag 2. */
    REMCSUM(2);

    private final int flag;

    TunnelChecksum(int flag) {
        this.flag = flag;
    }

    /** The kernel's flag ({@code IPVS_DEST_ATTR_TUN_FLAGS}). */
    public int flag() {
        return flag;
    }
}
