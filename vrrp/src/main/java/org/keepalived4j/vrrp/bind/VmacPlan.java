package org.keepalived4j.vrrp.bind;

import java.util.HexFormat;
import java.util.Objects;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.vrrp.IpFamily;
import org.keepalived4j.config.model.vrrp.VrrpInstance;

/**
 * The macvlan keepalived's {@code use_vmac} puts an instance on (RFC 9568 section 7.3 virtual MAC): private mode,
 * on the instance's interface, named {@code vrrp.VRID} (or {@code vmac_prefix.VRID}, or the configured name),
 * MAC {@code 00:00:5e:00:01:VRID} for IPv4 and {@code 00:00:5e:00:02:VRID} for IPv6 unless configured.
 *
 * @param name       the macvlan's name
 * @param parent     the interface it sits on ({@code interface})
 * @param mac        its MAC, 6 octets
 * @param xmitBase   {@code vmac_xmit_base}: adverts go out on the parent
 */
public record VmacPlan(String name, String parent, byte[] mac, boolean xmitBase) {
    /** Checks and copies. */
    public VmacPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parent, "parent");
        mac = mac.clone();
        if (mac.length != 6) {
            throw new IllegalArgumentException("a VMAC has 6 octets");
        }
    }

    /** The MAC (a copy). */
    @Override
    public byte[] mac() {
        return mac.clone();
    }

    /** The plan for {@code v}, or null when it has no {@code use_vmac}. */
    public static VmacPlan of(VrrpInstance v, GlobalDefs globals) {
        if (v.vmac() == null || v.interfaceName() == null) {
            return null;
        }
        String prefix = globals.vmacPrefix() != null ? globals.vmacPrefix() : "vrrp";
        String name = v.vmac().interfaceName() != null ? v.vmac().interfaceName()
                : prefix + "." + v.virtualRouterId();
        byte[] mac;
        if (v.vmac().mac() != null) {
            String[] parts = v.vmac().mac().split("[:-]");
            mac = new byte[6];
            for (int i = 0; i < parts.length && i < 6; i++) {
                mac[i] = (byte) HexFormat.fromHexDigits(parts[i]);
            }
            if (parts.length == 5 || v.vmac().macUsesVrid()) {
                mac[5] = (byte) v.virtualRouterId();
            }
        } else {
            mac = new byte[] {0, 0, 0x5e, 0, (byte) (v.family() == IpFamily.INET6 ? 2 : 1),
                    (byte) v.virtualRouterId()};
        }
        return new VmacPlan(name, v.interfaceName(), mac, v.vmac().xmitBase());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VmacPlan p && p.name.equals(name) && p.parent.equals(parent)
                && java.util.Arrays.equals(p.mac, mac) && p.xmitBase == xmitBase;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, parent, java.util.Arrays.hashCode(mac), xmitBase);
    }

    @Override
    public String toString() {
        return name + " on " + parent + " " + HexFormat.ofDelimiter(":").formatHex(mac);
    }
}
