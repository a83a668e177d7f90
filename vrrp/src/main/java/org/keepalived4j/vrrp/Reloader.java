package org.keepalived4j.vrrp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.keepalived4j.vrrp.bind.BoundInstance;
import org.keepalived4j.vrrp.bind.ConfigBinder;
import org.keepalived4j.vrrp.bind.ConfigEquality;
import org.keepalived4j.vrrp.net.RtnlVipManager;
import org.keepalived4j.vrrp.runtime.PacketIo;
import org.keepalived4j.vrrp.runtime.VipManager;
import org.keepalived4j.vrrp.runtime.VrrpAgent;
import org.keepalived4j.vrrp.state.SyncGroup;
import org.keepalived4j.vrrp.state.VirtualAddress;
import org.keepalived4j.vrrp.state.VrrpInstance;
import org.keepalived4j.vrrp.state.VrrpState;
import org.keepalived4j.vrrp.track.TrackerHub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a {@link ReloadPlan} on the VRRP thread, in keepalived's order ({@code clear_diff_vrrp}, then
 * {@code restore_vrrp_state}): removed instances stop (priority 0 from a MASTER, VIPs removed); changed ones are
 * replaced by instances that continue in the same state with VIPs, routes and rules diffed (addresses that
 * appeared are announced with a gratuitous burst); new ones start; sync groups are rebuilt around the running
 * members. Unchanged instances are not touched.
 */
final class Reloader {
    private static final Logger LOG = LoggerFactory.getLogger(Reloader.class);

    private final VrrpAgent agent;
    private final VipManager vips;
    private final TrackerHub hub;

    Reloader(VrrpAgent agent, VipManager vips, TrackerHub hub) {
        this.agent = agent;
        this.vips = vips;
        this.hub = hub;
    }

    /**
     * Posts the plan to the VRRP thread and waits for it.
     *
     * @param newIos ios opened for the new interfaces
     * @param ios    the runtime's io table, brought up to date on the VRRP thread
     */
    void apply(ReloadPlan plan, List<ConfigBinder.BoundGroup> oldGroups, List<ConfigBinder.BoundGroup> newGroups,
               Map<String, PacketIo> newIos, Map<String, PacketIo> ios) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        agent.post(now -> {
            try {
                applyNow(plan, oldGroups, newGroups, newIos, ios, now);
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            LOG.error("reload failed on the VRRP thread: {}", e.getCause().toString());
        } catch (TimeoutException e) {
            LOG.error("reload not applied by the VRRP thread within 10 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void applyNow(ReloadPlan plan, List<ConfigBinder.BoundGroup> oldGroups,
                          List<ConfigBinder.BoundGroup> newGroups, Map<String, PacketIo> newIos,
                          Map<String, PacketIo> ios, long now) {
        for (ConfigBinder.BoundGroup g : oldGroups) {
            agent.removeSyncGroup(g.name());
        }
        for (BoundInstance r : plan.removed()) {
            VrrpInstance v = agent.instance(r.name());
            if (v != null) {
                LOG.info("({}) removed by the reload - stopping", r.name());
                v.onShutdown(now);
                agent.removeInstance(r.name());
            }
        }
        for (ReloadPlan.Change c : plan.changed()) {
            replace(c, newIos, now);
        }
        for (BoundInstance a : plan.added()) {
            start(a, newIos.get(a.params().interfaceName()), now);
        }
        for (ConfigBinder.BoundGroup g : newGroups) {
            List<String> members = g.members().stream().filter(m -> agent.instance(m) != null).toList();
            if (!members.isEmpty()) {
                SyncGroup sg = agent.addSyncGroup(g.name(), members, g.scripts());
                sg.adoptMemberStates();
            }
        }
        ios.clear();
        Set<PacketIo> used = new HashSet<>();
        for (VrrpInstance v : agent.instances()) {
            PacketIo io = agent.io(v.name());
            used.add(io);
            ios.put(io.interfaceName(), io);
        }
        for (PacketIo io : newIos.values()) {
            if (!used.contains(io)) {
                io.close();
            }
        }
    }

    private void start(BoundInstance a, PacketIo io, long now) {
        if (io == null) {
            return;
        }
        try {
            VrrpInstance v = agent.addInstance(a.params(), io);
            TrackerHub.Total t = hub.current(a.name());
            v.onTrackerChange(t.faults(), t.priorityDelta(), now);
            v.start(now);
        } catch (RuntimeException e) {
            LOG.error("({}) cannot start: {}", a.name(), e.getMessage());
        }
    }

    private void replace(ReloadPlan.Change c, Map<String, PacketIo> newIos, long now) {
        BoundInstance before = c.before();
        BoundInstance after = c.after();
        VrrpInstance old = agent.instance(before.name());
        if (old == null) {
            start(after, newIos.getOrDefault(after.params().interfaceName(), null), now);
            return;
        }
        VrrpState prev = old.state();
        boolean vipSet = old.vipSet() && prev == VrrpState.MASTER;
        PacketIo io = newIos.getOrDefault(after.params().interfaceName(), agent.io(before.name()));
        TrackerHub.Total t = hub.current(after.name());
        String oldIf = before.params().interfaceName();
        String newIf = after.params().interfaceName();
        List<VirtualAddress> oldAll = all(before);
        List<VirtualAddress> newAll = all(after);
        boolean sameIf = oldIf.equals(newIf);
        List<VirtualAddress> gone = sameIf && t.faults() == 0 ? minus(oldAll, newAll) : oldAll;
        List<VirtualAddress> fresh = sameIf ? minus(newAll, oldAll) : newAll;
        if (vipSet && vips instanceof RtnlVipManager net) {
            net.removeRules(before.name(), missing(before.rules(), after.rules()));
            net.removeRoutes(before.name(), missing(before.routes(), after.routes()));
            net.removeAddresses(before.name(), oldIf, gone);
        } else if (vipSet) {
            vips.removeVips(before.name(), oldIf, gone);
        }
        VrrpInstance v;
        try {
            v = agent.replaceInstance(before.name(), after.params(), io);
        } catch (RuntimeException e) {
            LOG.error("({}) cannot be reconfigured: {}", after.name(), e.getMessage());
            return;
        }
        v.onTrackerChange(t.faults(), t.priorityDelta(), now);
        if (vipSet && t.faults() == 0) {
            if (vips instanceof RtnlVipManager net) {
                net.addAddresses(after.name(), newIf, fresh);
                net.addRoutes(after.name(), after.routes());
                net.addRules(after.name(), after.rules());
            } else {
                vips.addVips(after.name(), newIf, fresh);
            }
        }
        LOG.info("({}) reconfigured by the reload, continuing in {} state", after.name(), prev.word());
        v.resume(prev, vipSet, old.stats(), now);
        if (vipSet && !fresh.isEmpty()) {
            v.announce(after.params().garp().masterRepeat());
        }
    }

    private static List<VirtualAddress> all(BoundInstance b) {
        List<VirtualAddress> l = new ArrayList<>(b.params().vips());
        l.addAll(b.params().excludedVips());
        return l;
    }

    private static List<VirtualAddress> minus(List<VirtualAddress> a, List<VirtualAddress> b) {
        return a.stream().filter(x -> !b.contains(x)).toList();
    }

    private static <T> List<T> missing(List<T> from, List<T> in) {
        return from.stream().filter(x -> in.stream().noneMatch(y -> ConfigEquality.equalIgnoringPositions(x, y)))
                .toList();
    }
}
