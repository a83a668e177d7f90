package org.keepalived4j.config.build;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.VrrpConfig;
import org.keepalived4j.config.model.vrrp.NotifyScripts;
import org.keepalived4j.config.model.vrrp.StaticTrackGroup;
import org.keepalived4j.config.model.vrrp.TrackFile;
import org.keepalived4j.config.model.vrrp.TrackSet;
import org.keepalived4j.config.model.vrrp.Tracked;
import org.keepalived4j.config.model.vrrp.VrrpInstance;
import org.keepalived4j.config.model.vrrp.VrrpScript;
import org.keepalived4j.config.model.vrrp.VrrpState;
import org.keepalived4j.config.model.vrrp.VrrpSyncGroup;
import org.keepalived4j.config.model.vrrp.VrrpTrackProcess;

/**
 * keepalived's {@code vrrp_complete_init} (vrrp.c) over what the readers collected: the non-existent interface stop,
 * minimal instance checks, sync group membership, per-instance completion, VRID conflicts, sync group tracking, and
 * (outside {@code -t}, as keepalived) the start-up state of sync groups and unused scripts. Messages keepalived prints
 * without a line number get {@link SourcePosition#NONE}.
 */
final class VrrpCompletion {

    private final VrrpBuild build;
    private final BuildContext ctx;

    VrrpCompletion(VrrpBuild build) {
        this.build = build;
        this.ctx = build.ctx;
    }

    private void err(String msg) {
        ctx.report(ConfigErrorKind.GENERAL_ERROR, SourcePosition.NONE, msg);
    }

    VrrpConfig complete() {
        if (build.interfaces.anyMissing()) {
            ctx.report(ConfigErrorKind.BAD_IF, SourcePosition.NONE, "Non-existent interface specified in configuration");
            return config(List.of(), List.of(), false);
        }
        VrrpInstanceCompleter completer = new VrrpInstanceCompleter(ctx, build.global);
        for (VrrpInstanceBuilder b : build.instances) {
            if (!completer.minimal(b)) {
                return config(List.of(), List.of(), false);
            }
        }
        Map<String, VrrpSyncGroup> groups = syncGroups();
        List<VrrpInstance> instances = new ArrayList<>();
        for (VrrpInstanceBuilder b : build.instances) {
            VrrpInstance i = completer.complete(b, b.syncGroup == null ? null : groups.get(b.syncGroup));
            if (i == null) {
                return config(List.of(), new ArrayList<>(groups.values()), false);
            }
            instances.add(i);
        }
        if (vridConflicts(instances)) {
            return config(instances, new ArrayList<>(groups.values()), false);
        }
        List<VrrpSyncGroup> finalGroups = groupTracking(groups, instances);
        if (!ctx.options().configTest()) {
            instances = syncGroupStartStates(finalGroups, instances);
            unusedScripts(instances, finalGroups);
        }
        return config(instances, finalGroups, true);
    }

    private VrrpConfig config(List<VrrpInstance> instances, List<VrrpSyncGroup> groups, boolean runnable) {
        Set<String> names = new HashSet<>();
        build.instances.forEach(b -> names.add(b.name));
        List<StaticTrackGroup> tgs = new ArrayList<>();
        build.trackGroups.values().forEach(g -> tgs.add(g.build(
                g.members == null ? List.of() : g.members.stream().filter(names::contains).toList())));
        return new VrrpConfig(instances, groups, new ArrayList<>(build.scripts.values()),
                new ArrayList<>(build.trackFiles.values()), new ArrayList<>(build.processes.values()),
                build.garpGroups, build.staticAddresses, build.staticRoutes, build.staticRules, tgs,
                build.interfaceDelays, runnable);
    }

    /** keepalived's vrrp_sync_set_group for every group; sets each member's {@code syncGroup}. */
    private Map<String, VrrpSyncGroup> syncGroups() {
        Map<String, VrrpSyncGroup> out = new LinkedHashMap<>();
        for (VrrpSyncGroupBuilder g : build.syncGroups) {
            if (g.memberNames == null) {
                err("Sync group " + g.name + " has no virtual router(s). removing");
                continue;
            }
            List<String> members = new ArrayList<>();
            VrrpState groupState = null;
            for (String n : g.memberNames) {
                VrrpInstanceBuilder b = build.instance(n);
                if (b == null) {
                    err("Virtual router " + n + " specified in sync group " + g.name + " doesn't exist - ignoring");
                    continue;
                }
                if (b.syncGroup != null) {
                    err("Virtual router " + n + " cannot exist in more than one sync group; ignoring " + g.name);
                    continue;
                }
                b.syncGroup = g.name;
                members.add(n);
                if (groupState == VrrpState.MASTER && b.wantState == VrrpState.BACKUP) {
                    err("Sync group " + g.name + " has some member(s) as address owner and some not as address"
                            + " owner. This won't work.");
                }
                if (groupState != VrrpState.BACKUP) {
                    groupState = b.wantState == VrrpState.MASTER && b.priority == VrrpInstance.PRIORITY_OWNER
                            ? VrrpState.MASTER : VrrpState.BACKUP;
                }
            }
            if (members.isEmpty()) {
                err("Sync group " + g.name + ", no matching virtual router found in group declaration - removing");
                continue;
            }
            if (members.size() == 1) {
                err("Sync group " + g.name + " has only 1 virtual router(s) - this probably isn't what you want");
            }
            boolean smtp = g.smtpAlert != null ? g.smtpAlert : VrrpSyncGroupReader.smtpDefault(build.global);
            NotifyScripts notify = new NotifyScripts(g.notifyMaster, g.notifyBackup, g.notifyFault, g.notifyStop,
                    g.notify, null, null, false);
            out.put(g.name, new VrrpSyncGroup(g.name, members, g.track.toSet(), notify, smtp, g.trackingWeight,
                    g.notifyPriorityChanges, g.position));
        }
        return out;
    }

    /** keepalived's check_vrid_conflicts for what can be known without the live interfaces. */
    private boolean vridConflicts(List<VrrpInstance> list) {
        boolean error = false;
        for (int i = 0; i < list.size(); i++) {
            VrrpInstance a = list.get(i);
            for (int j = i + 1; j < list.size(); j++) {
                VrrpInstance b = list.get(j);
                if (a.family() != b.family() || a.virtualRouterId() != b.virtualRouterId()
                        || a.unicast() != b.unicast()) {
                    continue;
                }
                if (a.unicast()) {
                    if (a.interfaceName() != null && b.interfaceName() != null
                            && !a.interfaceName().equals(b.interfaceName())) {
                        continue;
                    }
                    if (a.sourceAddress() == null || b.sourceAddress() == null
                            || !a.sourceAddress().equals(b.sourceAddress())) {
                        continue;
                    }
                    boolean peerMatch = a.unicastPeers().stream().anyMatch(p -> b.unicastPeers().stream()
                            .anyMatch(q -> q.address().equals(p.address())));
                    if (peerMatch) {
                        err("(" + a.name() + ") duplicate VRID conflict with " + b.name() + " VRID "
                                + a.virtualRouterId());
                        error = true;
                    }
                    continue;
                }
                if (!Objects.equals(a.interfaceName(), b.interfaceName())) {
                    continue;
                }
                InetAddress ma = a.mcastGroup();
                if (!Objects.equals(ma, b.mcastGroup())) {
                    continue;
                }
                err(a.name() + " and " + b.name() + " both use VRID " + a.virtualRouterId() + " with "
                        + a.family().display() + " on interface " + a.interfaceName());
                error = true;
            }
        }
        return error;
    }

    /** keepalived's sync_group_tracking_init: no weights in a group with an address owner. */
    private List<VrrpSyncGroup> groupTracking(Map<String, VrrpSyncGroup> groups, List<VrrpInstance> instances) {
        List<VrrpSyncGroup> out = new ArrayList<>();
        for (VrrpSyncGroup g : groups.values()) {
            boolean owner = instances.stream().anyMatch(i -> g.members().contains(i.name()) && i.addressOwner());
            if (!owner) {
                out.add(g);
                continue;
            }
            String t = "(" + g.name() + ") Cannot have weighted track ";
            TrackSet s = g.track();
            List<Tracked<VrrpScript>> scripts = zero(s.scripts(), x -> err(t + "script '" + x.name()
                    + "' with member having priority 255 - clearing weight"));
            List<Tracked<TrackFile>> files = zero(s.files(), x -> err(t + "file '" + x.name()
                    + "' with member having priority 255 - setting weight 0"));
            List<Tracked<VrrpTrackProcess>> procs = zero(s.processes(), x -> err(t + "process '" + x.name()
                    + "' with member having priority 255 - setting weight 0"));
            List<Tracked<String>> ifs = zero(s.interfaces(), x -> err(t + "interface '" + x
                    + "' with member having priority 255 - clearing weight"));
            out.add(new VrrpSyncGroup(g.name(), g.members(), new TrackSet(ifs, scripts, files, procs), g.notifyScripts(),
                    g.smtpAlert(), g.trackingWeight(), g.notifyPriorityChanges(), g.position()));
        }
        return out;
    }

    private static <T> List<Tracked<T>> zero(List<Tracked<T>> in, java.util.function.Consumer<T> report) {
        List<Tracked<T>> out = new ArrayList<>();
        for (Tracked<T> t : in) {
            if (t.weight() != 0) {
                report.accept(t.target());
                out.add(t.withWeight(0));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** keepalived: if a sync group has members wanting MASTER and BACKUP, all start as BACKUP. */
    private static List<VrrpInstance> syncGroupStartStates(List<VrrpSyncGroup> groups, List<VrrpInstance> list) {
        Set<String> demote = new HashSet<>();
        for (VrrpSyncGroup g : groups) {
            boolean backup = false;
            boolean master = false;
            for (VrrpInstance i : list) {
                if (g.members().contains(i.name())) {
                    backup |= i.initialState() == VrrpState.BACKUP || !i.addressOwner();
                    master |= i.initialState() == VrrpState.MASTER;
                }
            }
            if (master && backup) {
                demote.addAll(g.members());
            }
        }
        return list.stream().map(i -> demote.contains(i.name()) && i.initialState() == VrrpState.MASTER
                ? i.withInitialState(VrrpState.BACKUP) : i).toList();
    }

    private void unusedScripts(List<VrrpInstance> instances, List<VrrpSyncGroup> groups) {
        Set<String> used = new HashSet<>();
        instances.forEach(i -> i.track().scripts().forEach(t -> used.add(t.target().name())));
        groups.forEach(g -> g.track().scripts().forEach(t -> used.add(t.target().name())));
        for (String s : new ArrayList<>(build.scripts.keySet())) {
            if (!used.contains(s)) {
                err("Warning - script " + s + " is not used");
                build.scripts.remove(s);
            }
        }
    }
}
