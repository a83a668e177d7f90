package org.keepalived4j.config.model;

import java.util.List;
import java.util.Optional;
import org.keepalived4j.config.model.vrrp.GarpGroup;
import org.keepalived4j.config.model.vrrp.InterfaceDelays;
import org.keepalived4j.config.model.vrrp.StaticTrackGroup;
import org.keepalived4j.config.model.vrrp.TrackFile;
import org.keepalived4j.config.model.vrrp.VirtualIpAddress;
import org.keepalived4j.config.model.vrrp.VirtualRoute;
import org.keepalived4j.config.model.vrrp.VirtualRule;
import org.keepalived4j.config.model.vrrp.VrrpInstance;
import org.keepalived4j.config.model.vrrp.VrrpScript;
import org.keepalived4j.config.model.vrrp.VrrpSyncGroup;
import org.keepalived4j.config.model.vrrp.VrrpTrackProcess;

/**
 * The VRRP side of a config, complete (see {@link org.keepalived4j.config.model.vrrp}).
 *
 * @param instances         {@code vrrp_instance} blocks, in file order
 * @param syncGroups        {@code vrrp_sync_group} blocks that kept at least one member
 * @param scripts           {@code vrrp_script} blocks that have a script
 * @param trackFiles        {@code track_file} / {@code vrrp_track_file} blocks (the checkers use them too)
 * @param trackProcesses    {@code vrrp_track_process} blocks
 * @param garpGroups        {@code garp_group} blocks
 * @param staticAddresses   {@code static_ipaddress}
 * @param staticRoutes      {@code static_routes}
 * @param staticRules       {@code static_rules}
 * @param trackGroups       {@code track_group} blocks
 * @param interfaceDelays   {@code interface_up_down_delays}
 * @param runnable          false when keepalived would refuse to start VRRP with this config (a non-existent
 *                          interface, an instance without {@code virtual_router_id}, a VRID conflict...); the
 *                          diagnostics say why
 */
public record VrrpConfig(List<VrrpInstance> instances, List<VrrpSyncGroup> syncGroups, List<VrrpScript> scripts,
                         List<TrackFile> trackFiles, List<VrrpTrackProcess> trackProcesses,
                         List<GarpGroup> garpGroups, List<VirtualIpAddress> staticAddresses,
                         List<VirtualRoute> staticRoutes, List<VirtualRule> staticRules,
                         List<StaticTrackGroup> trackGroups, List<InterfaceDelays> interfaceDelays,
                         boolean runnable) {

    public VrrpConfig {
        instances = List.copyOf(instances);
        syncGroups = List.copyOf(syncGroups);
        scripts = List.copyOf(scripts);
        trackFiles = List.copyOf(trackFiles);
        trackProcesses = List.copyOf(trackProcesses);
        garpGroups = List.copyOf(garpGroups);
        staticAddresses = List.copyOf(staticAddresses);
        staticRoutes = List.copyOf(staticRoutes);
        staticRules = List.copyOf(staticRules);
        trackGroups = List.copyOf(trackGroups);
        interfaceDelays = List.copyOf(interfaceDelays);
    }

    /** A config with no VRRP part. */
    public static VrrpConfig empty() {
        return new VrrpConfig(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), true);
    }

    /** True if the config has any VRRP instance or static address/route/rule (keepalived's have_vrrp_config). */
    public boolean hasVrrp() {
        return !instances.isEmpty() || !staticAddresses.isEmpty() || !staticRoutes.isEmpty()
                || !staticRules.isEmpty();
    }

    /** The instance with this name. */
    public Optional<VrrpInstance> instance(String name) {
        return instances.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** The sync group with this name. */
    public Optional<VrrpSyncGroup> syncGroup(String name) {
        return syncGroups.stream().filter(g -> g.name().equals(name)).findFirst();
    }
}
