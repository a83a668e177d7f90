package org.keepalived4j.netlink.rtnl;

/** {@code IFLA_MACVLAN_MODE} values; keepalived's {@code use_vmac} creates {@link #PRIVATE} macvlans. */
public enum MacvlanMode {
    /** {@code MACVLAN_MODE_PRIVATE}. */
    PRIVATE(1),
    /** {@code MACVLAN_MODE_VEPA}. */
    VEPA(2),
    /** {@code MACVLAN_MODE_BRIDGE}. */
    BRIDGE(4),
    /** {@code MACVLAN_MODE_PASSTHRU}. */
    PASSTHRU(8),
    /** {@code MACVLAN_MODE_SOURCE}. */
    SOURCE(16);

    private final int code;

    MacvlanMode(int code) {
        this.code = code;
    }

    /** @return the kernel value */
    public int code() {
        return code;
    }

    /** @param code kernel value @return the mode, or {@code null} when unknown */
    public static MacvlanMode fromCode(int code) {
        for (MacvlanMode m : values()) {
            if (m.code == code) {
                return m;
            }
        }
        return null;
    }
}
