package org.keepalived4j.vrrp.bind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.config.model.VrrpConfig;
import org.keepalived4j.config.model.vrrp.TrackFile;
import org.keepalived4j.config.model.vrrp.TrackSet;
import org.keepalived4j.config.model.vrrp.Tracked;
import org.keepalived4j.config.model.vrrp.VirtualIpAddress;
import org.keepalived4j.config.model.vrrp.VrrpInstance;
import org.keepalived4j.config.model.vrrp.VrrpScript;
import org.keepalived4j.config.model.vrrp.VrrpSyncGroup;
import org.keepalived4j.config.model.vrrp.VrrpTrackProcess;
import org.keepalived4j.vrrp.state.NotifyScripts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds the VRRP side of a whole config: every {@code vrrp_instance} through {@link InstanceMapper} with what it
 * tracks (keepalived's implicit tracking of the instance's own interface unless {@code dont_track_primary}, of
 * VIP interfaces given with {@code dev} unless {@code no_track}, and the sync group's {@code track_*}, whose
 * weights count only with {@code sync_group_tracking_weight}), and the sync groups with their notify scripts.
 * An instance that cannot run is left out with an error in keepalived's style.
 */
public final class ConfigBinder {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigBinder.class);

    private final ScriptLauncher scripts;
    private final KeywordWarnings warnings;

    /**
     * @param scripts  turns scripts into argv
     * @param warnings unsupported keywords
     */
    public ConfigBinder(ScriptLauncher scripts, KeywordWarnings warnings) {
        this.scripts = scripts;
        this.warnings = warnings;
    }

    /**
     * One {@code vrrp_sync_group}.
     *
     * @param name    group name
     * @param members member instance names (those that could be bound)
     * @param scripts the group's notify scripts
     */
    public record BoundGroup(String name, List<String> members, NotifyScripts scripts) {
        /** Copies. */
        public BoundGroup {
            members = List.copyOf(members);
        }
    }

    /**
     * The bound config.
     *
     * @param instances       instances in file order
     * @param groups          sync groups
     * @param staticAddresses {@code static_ipaddress}
     * @param vrrp            the model's VRRP side (static routes and rules, track groups)
     */
    public record Bound(List<BoundInstance> instances, List<BoundGroup> groups,
                        List<VirtualIpAddress> staticAddresses, VrrpConfig vrrp) {
        /** Copies. */
        public Bound {
            instances = List.copyOf(instances);
            groups = List.copyOf(groups);
            staticAddresses = List.copyOf(staticAddresses);
        }
    }

    /** Binds {@code config}. */
    public Bound bind(KeepalivedConfig config) {
        VrrpConfig vrrp = config.vrrp();
        InstanceMapper mapper = new InstanceMapper(config.globalDefs(), vrrp.garpGroups(), scripts, warnings);
        Map<String, VrrpSyncGroup> groupOf = new LinkedHashMap<>();
        for (VrrpSyncGroup g : vrrp.syncGroups()) {
            for (String m : g.members()) {
                groupOf.put(m, g);
            }
        }
        List<BoundInstance> instances = new ArrayList<>();
        for (VrrpInstance v : vrrp.instances()) {
            try {
                VmacPlan vmac = VmacPlan.of(v, config.globalDefs());
                String runIf = vmac != null ? vmac.name() : v.interfaceName();
                instances.add(new BoundInstance(mapper.map(v, runIf), v, vmac, tracking(v, groupOf.get(v.name()))));
            } catch (IllegalArgumentException e) {
                LOG.error("{} - instance not started", e.getMessage());
            }
        }
        List<BoundGroup> groups = new ArrayList<>();
        for (VrrpSyncGroup g : vrrp.syncGroups()) {
            List<String> members = g.members().stream()
                    .filter(m -> instances.stream().anyMatch(i -> i.name().equals(m))).toList();
            if (!members.isEmpty()) {
                groups.add(new BoundGroup(g.name(), members, mapper.notifyScripts(g.notifyScripts(), g.name())));
            }
        }
        return new Bound(instances, groups, vrrp.staticAddresses(), vrrp);
    }

    /** What {@code v} tracks, in keepalived's order; entries with the same key are kept once. */
    List<TrackEntry> tracking(VrrpInstance v, VrrpSyncGroup group) {
        Map<String, TrackEntry> out = new LinkedHashMap<>();
        if (!v.dontTrackPrimary() && v.interfaceName() != null) {
            add(out, new TrackEntry.Interface(v.interfaceName(), 0, false));
        }
        for (VirtualIpAddress a : v.virtualIpAddresses()) {
            if (a.deviceConfigured() && !a.noTrack() && a.interfaceName() != null) {
                add(out, new TrackEntry.Interface(a.interfaceName(), 0, false));
            }
        }
        addSet(out, v.track(), true);
        if (group != null) {
            addSet(out, group.track(), group.trackingWeight());
        }
        return List.copyOf(out.values());
    }

    private void addSet(Map<String, TrackEntry> out, TrackSet set, boolean weights) {
        for (Tracked<String> t : set.interfaces()) {
            add(out, new TrackEntry.Interface(t.target(), weights ? t.weight() : 0, t.reverse()));
        }
        for (Tracked<VrrpScript> t : set.scripts()) {
            add(out, TrackEntry.Script.of(t.target(), scripts.argv(t.target().command()).orElse(List.of()),
                    weights ? t.weight() : 0, t.reverse()));
        }
        for (Tracked<TrackFile> t : set.files()) {
            TrackFile f = t.target();
            add(out, new TrackEntry.File(f.name(), f.path(), f.init(), weights ? t.weight() : 0, t.reverse()));
        }
        for (Tracked<VrrpTrackProcess> t : set.processes()) {
            add(out, new TrackEntry.Process(TrackEntry.ProcessSpec.of(t.target()), weights ? t.weight() : 0,
                    t.reverse()));
        }
    }

    private static void add(Map<String, TrackEntry> out, TrackEntry e) {
        out.putIfAbsent(e.key(), e);
    }
}
