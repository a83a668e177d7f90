package org.keepalived4j.vrrp.bind;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.model.vrrp.IpAddressFlag;
import org.keepalived4j.config.model.vrrp.IpFamily;
import org.keepalived4j.config.model.vrrp.VirtualIpAddress;
import org.keepalived4j.vrrp.state.VirtualAddress;

/**
 * Maps {@code virtual_ipaddress} / {@code virtual_ipaddress_excluded} / {@code static_ipaddress} lines to what the
 * VIP manager adds: address, prefix, {@code brd}, {@code dev}, {@code scope}, {@code label}, and {@code nodad},
 * which keepalived sets on every IPv6 VIP unless the line says {@code -nodad}
 * ({@code vrrp_ipaddress.c netlink_ipaddress}: {@code IFA_F_NODAD}).
 *
 * <table>
 * <caption>Scope numbers and the names {@code ip addr} uses</caption>
 * <tr><td>0</td><td>global</td></tr><tr><td>200</td><td>site</td></tr><tr><td>253</td><td>link</td></tr>
 * <tr><td>254</td><td>host</td></tr><tr><td>255</td><td>nowhere</td></tr>
 * </table>
 */
public final class VirtualAddresses {
    private VirtualAddresses() {
    }

    /**
     * One line as the VIP manager's entry.
     *
     * @param line     the configured line
     * @param instance the instance's name, for warnings
     * @param warnings where unsupported options are reported
     * @return the entry; {@code dev} is null unless written on the line (the instance's interface is used)
     */
    public static VirtualAddress map(VirtualIpAddress line, String instance, KeywordWarnings warnings) {
        boolean v6 = line.family() == IpFamily.INET6;
        if (line.peer() != null) {
            warnings.unsupported(instance, "virtual_ipaddress peer", "the address is added without its peer");
        }
        for (IpAddressFlag f : line.flags()) {
            if (f != IpAddressFlag.NODAD) {
                warnings.unsupported(instance, "virtual_ipaddress " + f.name().toLowerCase(),
                        "the address is added without it");
            }
        }
        if (line.preferredLifetime() != null) {
            warnings.unsupported(instance, "virtual_ipaddress preferred_lft", "the kernel's default lifetime is used");
        }
        if (line.useVmac()) {
            warnings.unsupported(instance, "virtual_ipaddress use_vmac", "the address goes on its interface");
        }
        return new VirtualAddress(line.address().address(), line.address().prefixLength(), line.broadcast(),
                line.deviceConfigured() ? line.interfaceName() : null, scopeName(line.scope()), line.label(),
                v6 && !line.flags().contains(IpAddressFlag.NODAD));
    }

    /** Every line of a list, in order. */
    public static List<VirtualAddress> mapAll(List<VirtualIpAddress> lines, String instance,
                                              KeywordWarnings warnings) {
        List<VirtualAddress> out = new ArrayList<>(lines.size());
        for (VirtualIpAddress l : lines) {
            out.add(map(l, instance, warnings));
        }
        return out;
    }

    /** The {@code ip addr} name of a scope number, or the number as text. */
    public static String scopeName(int scope) {
        return switch (scope) {
            case 0 -> null;
            case 200 -> "site";
            case 253 -> "link";
            case 254 -> "host";
            case 255 -> "nowhere";
            default -> Integer.toString(scope);
        };
    }

    /** The scope number of a name from {@link #scopeName} (null means global, 0). */
    public static int scopeNumber(String name) {
        if (name == null) {
            return 0;
        }
        return switch (name) {
            case "global", "universe" -> 0;
            case "site" -> 200;
            case "link" -> 253;
            case "host" -> 254;
            case "nowhere" -> 255;
            default -> Integer.parseInt(name);
        };
    }
}
