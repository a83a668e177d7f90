package org.keepalived4j.check.runtime;

import java.net.InetAddress;
import java.util.Arrays;
import org.keepalived4j.config.model.lvs.VirtualServer;
import org.keepalived4j.config.model.lvs.VirtualServerKey;
import org.keepalived4j.config.model.lvs.VsgRange;

/**
 * Which host addresses keep an {@code ha_suspend} virtual server's checks running (keepalived's
 * {@code addr_matches}): its own address, or for a {@code virtual_server group} any address of the group's ranges.
 * fwmark services cannot use ha_suspend (the parser clears it, as keepalived does).
 *
 * <p>keepalived 2.2.7's {@code addr_matches} returns false for every group (the range code after its first test is
 * unreachable), so there a group with ha_suspend never runs its checks; we match the ranges, which is what the
 * option means.
 */
final class HaSuspend {

    private HaSuspend() {
    }

    /** True if {@code address} on this host activates the virtual server's checks. */
    static boolean matches(VirtualServer vs, InetAddress address) {
        return switch (vs.key()) {
            case VirtualServerKey.Address a -> a.address().getAddress().equals(address);
            case VirtualServerKey.Fwmark f -> false;
            case VirtualServerKey.Group g -> {
                for (VsgRange r : g.group().ranges()) {
                    if (within(address, r)) {
                        yield true;
                    }
                }
                yield false;
            }
        };
    }

    private static boolean within(InetAddress a, VsgRange r) {
        byte[] x = a.getAddress();
        byte[] lo = r.first().getAddress();
        byte[] hi = r.last().getAddress();
        return x.length == lo.length && Arrays.compareUnsigned(x, lo) >= 0 && Arrays.compareUnsigned(x, hi) <= 0;
    }
}
