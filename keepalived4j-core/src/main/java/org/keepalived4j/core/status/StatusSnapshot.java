package org.keepalived4j.core.status;

import java.util.List;
import java.util.Map;
import org.keepalived4j.check.VirtualServerStatus;
import org.keepalived4j.vrrp.VrrpRuntime;

/**
 * The daemon's state at one moment, as the status endpoint renders it.
 *
 * @param instances      the VRRP instances (empty without a VRRP part)
 * @param virtualServers the virtual servers with their real servers (empty without a checker part)
 * @param transitions    per instance, how many times it entered each state since start (from the VRRP state
 *                       listener)
 * @param ipvs           the IPVS reconciler's counters, or null without a checker part
 * @param sources        per source ({@code vrrp}, {@code checker}, {@code ipvs}) whether it answered; only
 *                       sources the daemon has
 * @param uptimeSeconds  seconds since the status board was made (daemon start)
 */
public record StatusSnapshot(List<VrrpRuntime.InstanceStatus> instances, List<VirtualServerStatus> virtualServers,
                             Map<String, Map<String, Long>> transitions, IpvsCounters ipvs,
                             Map<String, Boolean> sources, double uptimeSeconds) {

    /** Copies. */
    public StatusSnapshot {
        instances = List.copyOf(instances);
        virtualServers = List.copyOf(virtualServers);
        transitions = Map.copyOf(transitions);
        sources = Map.copyOf(sources);
    }

    /** How many times {@code instance} entered {@code state}. */
    public long transitions(String instance, String state) {
        Map<String, Long> m = transitions.get(instance);
        Long n = m == null ? null : m.get(state);
        return n == null ? 0 : n;
    }
}
