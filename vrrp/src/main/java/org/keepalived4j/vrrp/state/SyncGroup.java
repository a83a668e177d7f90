package org.keepalived4j.vrrp.state;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code vrrp_sync_group}: its instances move between MASTER, BACKUP and FAULT together, as keepalived's
 * {@code vrrp_sync.c}. Preferring BACKUP avoids thrashing: one member may only become MASTER when every other
 * member wants to too, or the group already is MASTER. One member's FAULT puts all in FAULT until all recover.
 *
 * <p>Same thread as its instances; instances call it after their own transitions (keepalived's
 * {@code VRRP_TSM_HANDLE}), never for transitions the group itself forced.
 */
public final class SyncGroup {
    private static final Logger LOG = LoggerFactory.getLogger(SyncGroup.class);

    private final String name;
    private final List<VrrpInstance> members;
    private final Listener listener;
    private VrrpState state = VrrpState.INIT;
    private int faultedMembers;

    /**
     * Binds {@code members} to a new group; each instance may be in one group only.
     *
     * @param name    {@code vrrp_sync_group NAME}
     * @param members the {@code group { }} instances
     * @param listener where group state changes go (the group's notify scripts)
     */
    public SyncGroup(String name, List<VrrpInstance> members, Listener listener) {
        this.name = name;
        this.members = List.copyOf(members);
        this.listener = listener;
        for (VrrpInstance v : this.members) {
            if (v.group != null) {
                throw new IllegalArgumentException("(" + v.name() + ") is already in sync group "
                        + v.group.name());
            }
            v.group = this;
        }
    }

    /** Receives the group's transitions, on the VRRP thread. */
    @FunctionalInterface
    public interface Listener {
        /** The group entered {@code state}: run its notify scripts. */
        void groupStateChanged(SyncGroup group, VrrpState state);
    }

    /** Group name. */
    public String name() {
        return name;
    }

    /** Group state. */
    public VrrpState state() {
        return state;
    }

    /** The members. */
    public List<VrrpInstance> members() {
        return members;
    }

    /** Releases the members (a reload removed or changed the group); they go on ungrouped. */
    public void dissolve() {
        for (VrrpInstance v : members) {
            if (v.group == this) {
                v.group = null;
            }
        }
    }

    /**
     * A reload put a member that was already running into this new group: takes the group state from the members
     * without transitions (keepalived's reload keeps each instance's state).
     */
    public void adoptMemberStates() {
        boolean allMaster = true;
        boolean anyFault = false;
        faultedMembers = 0;
        for (VrrpInstance v : members) {
            allMaster &= v.state() == VrrpState.MASTER;
            if (v.state() == VrrpState.FAULT) {
                anyFault = true;
                faultedMembers++;
            }
        }
        state = anyFault ? VrrpState.FAULT : allMaster ? VrrpState.MASTER : VrrpState.BACKUP;
    }

    /** keepalived's {@code vrrp_sync_can_goto_master}. */
    boolean canGotoMaster(VrrpInstance v) {
        if (state == VrrpState.MASTER) {
            return true;
        }
        for (VrrpInstance other : members) {
            if (other != v && other.wantState() != VrrpState.MASTER) {
                return false;
            }
        }
        return true;
    }

    /** keepalived's {@code vrrp_sync_master}. */
    void syncMaster(VrrpInstance v, long nowUs) {
        if (state == VrrpState.MASTER || !canGotoMaster(v)) {
            return;
        }
        LOG.info("VRRP_Group({}) Syncing instances to MASTER state", name);
        state = VrrpState.MASTER;
        for (VrrpInstance other : members) {
            if (other != v && other.state() != VrrpState.MASTER) {
                other.wantState = VrrpState.MASTER;
                other.gotoMaster(nowUs);
            }
        }
        listener.groupStateChanged(this, VrrpState.MASTER);
    }

    /** keepalived's {@code vrrp_sync_backup}. */
    void syncBackup(VrrpInstance v, long nowUs) {
        if (state == VrrpState.BACKUP) {
            return;
        }
        LOG.info("VRRP_Group({}) Syncing instances to BACKUP state", name);
        state = VrrpState.BACKUP;
        for (VrrpInstance other : members) {
            if (other == v || other.state() == VrrpState.BACKUP) {
                continue;
            }
            other.wantState = VrrpState.BACKUP;
            if (other.state() == VrrpState.FAULT || other.state() == VrrpState.INIT) {
                other.leaveFault(nowUs);
            } else {
                other.leaveMaster(nowUs, false);
            }
        }
        listener.groupStateChanged(this, VrrpState.BACKUP);
    }

    /** A member's tracker failed: keepalived's {@code vrrp_sync_fault} on the first one. */
    void memberFaulted(VrrpInstance v, long nowUs) {
        if (faultedMembers++ > 0 || state == VrrpState.FAULT) {
            return;
        }
        LOG.info("VRRP_Group({}) Syncing instances to FAULT state", name);
        state = VrrpState.FAULT;
        for (VrrpInstance other : members) {
            if (other != v && other.state() != VrrpState.FAULT) {
                other.wantState = VrrpState.FAULT;
                if (other.state() == VrrpState.MASTER) {
                    other.leaveMaster(nowUs, true);
                } else {
                    other.leaveFault(nowUs);
                }
            }
        }
        listener.groupStateChanged(this, VrrpState.FAULT);
    }

    /** A member's trackers recovered; returns true when no member is still faulted (the group may come up). */
    boolean memberRecovered(VrrpInstance v) {
        if (faultedMembers > 0) {
            faultedMembers--;
        }
        return faultedMembers == 0;
    }

    /** The last faulted member came up: bring every member out of FAULT (keepalived's try_up_instance). */
    void memberUp(VrrpInstance v, long nowUs) {
        state = VrrpState.INIT;
        for (VrrpInstance other : members) {
            if (other != v && other.state() == VrrpState.FAULT) {
                other.wantState = VrrpState.BACKUP;
                other.leaveFault(nowUs);
            }
        }
        if (v.state() == VrrpState.MASTER) {
            syncMaster(v, nowUs);
        } else {
            syncBackup(v, nowUs);
        }
    }

    /** A MASTER member heard a lower-priority advert: the others with garp_lower_prio_repeat re-announce too. */
    void lowerPriorityHeard(VrrpInstance v, long nowUs) {
        for (VrrpInstance other : members) {
            if (other != v && other.state() == VrrpState.MASTER) {
                other.announceForLowerPriority(nowUs);
            }
        }
    }
}
