package org.keepalived4j.config.model.lvs;

import java.util.Optional;

/**
 * How IPVS forwards packets to a real server ({@code lb_kind} / {@code lvs_method}), with the kernel's
 * {@code IP_VS_CONN_F_*} code.
 */
public enum ForwardingMethod {
    /** Masquerading (NAT), IP_VS_CONN_F_MASQ. The only method where the real-server port may differ. */
    NAT(0x0000),
    /** Tunnelling (IPIP, GUE or GRE), IP_VS_CONN_F_TUNNEL. */
    TUN(0x0002),
    /** Direct routing, IP_VS_CONN_F_DROUTE. */
    DR(0x0003);

    private final int code;

    ForwardingMethod(int code) {
        this.code = code;
    }

    /** The kernel's code ({@code IPVS_DEST_ATTR_FWD_METHOD}). */
    public int code() {
        return code;
    }

    /** The method for a config keyword ({@code NAT}, {@code DR}, {@code TUN}; case-sensitive as keepalived). */
    public static Optional<ForwardingMethod> fromKeyword(String word) {
        for (ForwardingMethod m : values()) {
            if (m.name().equals(word)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The method with this kernel code, if any. */
    public static Optional<ForwardingMethod> fromCode(int code) {
        for (ForwardingMethod m : values()) {
            if (m.code == code) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
