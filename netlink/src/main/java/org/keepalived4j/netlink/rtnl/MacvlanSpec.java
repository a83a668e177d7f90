package org.keepalived4j.netlink.rtnl;

import java.util.Objects;

/**
 * A macvlan to create for keepalived's {@code use_vmac} ({@code vrrp_instance ... use_vmac [<NAME>]}): named
 * {@code vrrp.<VRID>} by default, on the instance's interface, with the VRRP virtual MAC.
 *
 * @param name interface name (at most 15 bytes)
 * @param parentIndex index of the interface it sits on ({@code IFLA_LINK})
 * @param mac its address ({@code IFLA_ADDRESS}), or {@code null} to let the kernel pick one
 * @param mode macvlan mode; keepalived uses {@link MacvlanMode#PRIVATE}
 */
public record MacvlanSpec(String name, int parentIndex, MacAddress mac, MacvlanMode mode) {
    /** Validates. */
    public MacvlanSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mode, "mode");
        if (name.isEmpty() || name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 15) {
            throw new IllegalArgumentException("invalid interface name '" + name + "' (1 to 15 bytes)");
        }
        if (parentIndex <= 0) {
            throw new IllegalArgumentException("invalid parent interface index " + parentIndex);
        }
    }

    /**
     * @param name interface name
     * @param parentIndex parent's index
     * @param mac virtual MAC
     * @return a private-mode spec, as {@code use_vmac} creates
     */
    public static MacvlanSpec privateMode(String name, int parentIndex, MacAddress mac) {
        return new MacvlanSpec(name, parentIndex, mac, MacvlanMode.PRIVATE);
    }
}
