package org.keepalived4j.vrrp;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.vrrp.bind.BoundInstance;

/**
 * What a reload does to each instance, matched as keepalived's {@code vrrp_exist} (same VRID, family, configured
 * interface, unicast-ness and, for unicast, source address; the name may change):
 *
 * <table>
 * <caption>Outcomes</caption>
 * <tr><td>unchanged</td><td>same parameters, VMAC, routes, rules and tracking: left running untouched</td></tr>
 * <tr><td>changed</td><td>replaced by a new instance that continues in the old one's state; VIPs, routes and rules
 *     diffed (keepalived's {@code clear_diff_vrrp}, {@code restore_vrrp_state})</td></tr>
 * <tr><td>removed</td><td>stopped: priority 0 if MASTER, VIPs removed</td></tr>
 * <tr><td>added</td><td>started through 6.4.1 Initialize</td></tr>
 * </table>
 *
 * @param unchanged instances kept as they are (the new binding)
 * @param changed   old and new binding of instances to replace
 * @param removed   old instances to stop
 * @param added     new instances to start
 */
public record ReloadPlan(List<BoundInstance> unchanged, List<Change> changed, List<BoundInstance> removed,
                         List<BoundInstance> added) {
    /**
     * One instance whose settings changed.
     *
     * @param before the running binding
     * @param after  the new binding
     */
    public record Change(BoundInstance before, BoundInstance after) {
    }

    /** Copies. */
    public ReloadPlan {
        unchanged = List.copyOf(unchanged);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        added = List.copyOf(added);
    }

    /** Matches {@code before} against {@code after}. */
    public static ReloadPlan of(List<BoundInstance> before, List<BoundInstance> after) {
        List<BoundInstance> unmatched = new ArrayList<>(before);
        List<BoundInstance> unchanged = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        List<BoundInstance> added = new ArrayList<>();
        for (BoundInstance n : after) {
            BoundInstance match = null;
            for (BoundInstance o : unmatched) {
                if (o.sameIdentity(n)) {
                    match = o;
                    break;
                }
            }
            if (match == null) {
                added.add(n);
                continue;
            }
            unmatched.remove(match);
            if (match.name().equals(n.name()) && match.sameRuntime(n)) {
                unchanged.add(n);
            } else {
                changed.add(new Change(match, n));
            }
        }
        return new ReloadPlan(unchanged, changed, unmatched, added);
    }
}
