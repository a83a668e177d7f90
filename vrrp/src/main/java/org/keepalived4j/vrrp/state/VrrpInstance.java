package org.keepalived4j.vrrp.state;

import org.keepalived4j.vrrp.codec.VrrpStats;
import org.keepalived4j.vrrp.codec.VrrpVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code vrrp_instance}: the RFC 9568 section 6.4 state machine with keepalived's FAULT state, pure and
 * single-threaded. Time comes in as {@code nowUs} from the caller's monotonic clock; deadlines are absolute
 * microsecond fields compared by subtraction, so wrap-around is harmless. Side effects go to an {@link ActionSink}.
 *
 * <table>
 * <caption>Events and transitions side by side with RFC 9568 section 6.4 (keepalived function in brackets)</caption>
 * <tr><th>State</th><th>Event</th><th>Action</th></tr>
 * <tr><td>Initialize 6.4.1</td><td>Startup, priority 255 and {@code state MASTER}</td><td>to MASTER at once
 *     (keepalived: a 1 µs master-down timer) [vrrp_init_state]</td></tr>
 * <tr><td>Initialize 6.4.1</td><td>Startup otherwise</td><td>Master_Adver_Interval = Advertisement_Interval,
 *     Master_Down_Timer = Master_Down_Interval, to BACKUP ("Entering BACKUP STATE (init)")</td></tr>
 * <tr><td>Backup 6.4.2</td><td>Master_Down_Timer fires</td><td>send advert, add VIPs, gratuitous burst, to MASTER
 *     [vrrp_goto_master]; a sync group may hold it back</td></tr>
 * <tr><td>Backup 6.4.2</td><td>advert priority 0</td><td>Master_Down_Timer = Skew_Time</td></tr>
 * <tr><td>Backup 6.4.2</td><td>advert, nopreempt or priority &gt;= ours (or preempt_delay running)</td>
 *     <td>v3: Master_Adver_Interval = advert's; reset Master_Down_Timer [vrrp_state_backup]</td></tr>
 * <tr><td>Backup 6.4.2</td><td>advert with lower priority, preempt</td><td>discard; timer keeps running
 *     (preempt_delay: first start the delay)</td></tr>
 * <tr><td>Master 6.4.3</td><td>Adver_Timer fires</td><td>send advert; garp_master_refresh when due
 *     [vrrp_state_master_tx]</td></tr>
 * <tr><td>Master 6.4.3</td><td>advert priority 0</td><td>send advert at once</td></tr>
 * <tr><td>Master 6.4.3</td><td>advert higher priority, or equal and sender's address greater</td><td>v3 adopt
 *     interval, Master_Down_Timer, remove VIPs, to BACKUP [vrrp_state_master_rx]</td></tr>
 * <tr><td>Master 6.4.3</td><td>advert lower priority, or equal and sender's address lower</td><td>keepalived's
 *     split-brain answer: re-advertise (unless lower_prio_no_advert), gratuitous burst garp_lower_prio_repeat,
 *     again after garp_lower_prio_delay</td></tr>
 * <tr><td>Master 6.4.3</td><td>Shutdown</td><td>advert priority 0, remove VIPs, to STOP</td></tr>
 * <tr><td>any</td><td>tracker failure (fault count &gt; 0)</td><td>MASTER: priority 0 advert, remove VIPs; to
 *     FAULT; adverts ignored [down_instance]</td></tr>
 * <tr><td>FAULT</td><td>all trackers recovered</td><td>to BACKUP with Master_Down_Timer [try_up_instance]</td></tr>
 * <tr><td>any</td><td>tracker weight change</td><td>effective priority = priority + weights, clamped 1..254,
 *     owner unchanged; BACKUP shifts its timer [vrrp_set_effective_priority]</td></tr>
 * </table>
 *
 * Log lines reproduce keepalived's ({@code (VI_1) Entering MASTER STATE}).
 */
public final class VrrpInstance {
    private static final Logger LOG = LoggerFactory.getLogger(VrrpInstance.class);

    private final InstanceParams params;
    private final ActionSink sink;
    private final String name;
    private final VrrpStats stats = new VrrpStats();
    private final byte[] primaryAddress;
    private final byte[] masterAddress;
    private boolean masterAddressKnown;
    SyncGroup group;

    private VrrpState state = VrrpState.INIT;
    VrrpState wantState = VrrpState.BACKUP;
    private int effectivePriority;
    private int masterAdverIntCs;
    private int masterPriority;
    private long msDownTimerUs;
    private boolean vipSet;
    private int faultCount;

    private long sandsUs;
    private boolean sandsArmed;
    private long garpDelayUs;
    private boolean garpDelayArmed;
    private long garpRefreshUs;
    private boolean garpRefreshArmed;
    private long lowerPrioGarpUs;
    private boolean lowerPrioGarpArmed;
    private long preemptTimeUs;
    private boolean preemptTimeSet;

    /**
     * Creates an instance in INIT.
     *
     * @param params         the instance's parameters
     * @param primaryAddress our address used as advert source and in the tie-break (4 or 16 octets)
     * @param sink           where actions go
     */
    public VrrpInstance(InstanceParams params, byte[] primaryAddress, ActionSink sink) {
        this.params = params;
        this.sink = sink;
        this.name = params.name();
        this.primaryAddress = primaryAddress.clone();
        this.masterAddress = new byte[primaryAddress.length];
        this.effectivePriority = params.priority();
        this.masterAdverIntCs = params.adverIntCs();
        this.msDownTimerUs = masterDownIntervalUs();
    }

    // ---- queries --------------------------------------------------------------------------------------------

    /** The parameters. */
    public InstanceParams params() {
        return params;
    }

    /** {@code vrrp_instance} name. */
    public String name() {
        return name;
    }

    /** Current state. */
    public VrrpState state() {
        return state;
    }

    /** State wanted regardless of the sync group. */
    public VrrpState wantState() {
        return wantState;
    }

    /** Priority advertised now. */
    public int effectivePriority() {
        return effectivePriority;
    }

    /** Master_Adver_Interval in centiseconds (v3 adopts the master's). */
    public int masterAdverIntCs() {
        return masterAdverIntCs;
    }

    /** Priority of the last master heard. */
    public int masterPriority() {
        return masterPriority;
    }

    /** The instance's counters (VRRP thread only). */
    public VrrpStats stats() {
        return stats;
    }

    /** Whether the VIPs are set (we are, or just were, MASTER). */
    public boolean vipSet() {
        return vipSet;
    }

    /** The sync group, or null. */
    public SyncGroup group() {
        return group;
    }

    /** Our primary address (advert source and tie-break). */
    public byte[] primaryAddress() {
        return primaryAddress.clone();
    }

    /** Tracked objects in fault now (keepalived's {@code num_script_if_fault}). */
    public int faultCount() {
        return faultCount;
    }

    /** The address of the last master heard (4 or 16 octets), or null when none was heard. */
    public byte[] masterAddress() {
        return masterAddressKnown ? masterAddress.clone() : null;
    }

    /** Master_Down_Timer in µs as last computed (keepalived's {@code ms_down_timer}). */
    public long msDownTimerUs() {
        return msDownTimerUs;
    }

    /** The advert / master-down deadline (keepalived's {@code sands}) in µs, or {@link Long#MIN_VALUE} if off. */
    public long readDeadlineUs() {
        return sandsArmed ? sandsUs : Long.MIN_VALUE;
    }

    /** Skew_Time for the current effective priority and Master_Adver_Interval. */
    public long skewTimeUs() {
        return VrrpTimers.skewUs(params.version(), effectivePriority, masterAdverIntCs);
    }

    /** Master_Down_Interval for the current effective priority and Master_Adver_Interval. */
    public long masterDownIntervalUs() {
        return VrrpTimers.masterDownUs(params.version(), effectivePriority, masterAdverIntCs,
                params.downTimerAdverts());
    }

    /** Whether received adverts are processed (BACKUP or MASTER); FAULT, INIT and STOP ignore them. */
    public boolean acceptsAdverts() {
        return state == VrrpState.BACKUP || state == VrrpState.MASTER;
    }

    /**
     * keepalived's {@code check_vip_addr}: false only for a BACKUP with {@code skip_check_adv_addr} hearing the
     * master it already knows.
     */
    public boolean shouldCheckAddresses(PeerAdvert advert) {
        return !(state == VrrpState.BACKUP && params.skipCheckAdvAddr() && masterAddressKnown
                && advert.sourceEquals(masterAddress));
    }

    /** Whether any timer is armed. */
    public boolean hasDeadline() {
        return sandsArmed || garpDelayArmed || garpRefreshArmed || lowerPrioGarpArmed;
    }

    /** The earliest armed deadline (µs); meaningful only when {@link #hasDeadline()}. */
    public long nextDeadlineUs() {
        long next = sandsUs;
        boolean any = sandsArmed;
        if (garpDelayArmed && (!any || garpDelayUs - next < 0)) {
            next = garpDelayUs;
            any = true;
        }
        if (garpRefreshArmed && (!any || garpRefreshUs - next < 0)) {
            next = garpRefreshUs;
            any = true;
        }
        if (lowerPrioGarpArmed && (!any || lowerPrioGarpUs - next < 0)) {
            next = lowerPrioGarpUs;
        }
        return next;
    }

    // ---- events -----------------------------------------------------------------------------------------------

    /** RFC 9568 section 6.4.1 Initialize (keepalived {@code vrrp_init_state}). */
    public void start(long nowUs) {
        VrrpState prev = state;
        masterAdverIntCs = params.adverIntCs();
        sink.removeVips(this);
        if (faultCount > 0) {
            LOG.info("({}) Entering FAULT STATE (init)", name);
            state = VrrpState.FAULT;
            wantState = VrrpState.FAULT;
            sandsArmed = false;
            sink.notifyState(this, VrrpState.FAULT);
            return;
        }
        if (params.owner() && params.initialState() == VrrpState.MASTER) {
            // 6.4.1: the owner transitions to MASTER at once (keepalived: backup with a 1 µs down timer)
            state = VrrpState.BACKUP;
            wantState = VrrpState.MASTER;
            msDownTimerUs = 1;
        } else {
            LOG.info("({}) Entering BACKUP STATE (init)", name);
            state = VrrpState.BACKUP;
            wantState = VrrpState.BACKUP;
            msDownTimerUs = masterDownIntervalUs();
            sink.notifyState(this, VrrpState.BACKUP);
        }
        initSands(nowUs);
        transitioned(prev, nowUs);
    }

    /**
     * Starts an instance that replaces a running one after a reload (keepalived's {@code restore_vrrp_state}): it
     * continues in the previous state, without notify, advert burst or VIP changes (the caller diffs the VIPs);
     * a MASTER sends its next advert one interval from now, a BACKUP restarts its Master_Down_Timer. A FAULT or
     * INIT predecessor, or failed trackers, start it through 6.4.1 Initialize instead.
     *
     * @param previous   the predecessor's state
     * @param vipsSet    whether the predecessor had its VIPs set
     * @param statsFrom  the predecessor's counters, carried over
     */
    public void resume(VrrpState previous, boolean vipsSet, VrrpStats statsFrom, long nowUs) {
        stats.copyFrom(statsFrom);
        if (faultCount > 0 || (previous != VrrpState.MASTER && previous != VrrpState.BACKUP)) {
            start(nowUs);
            return;
        }
        masterAdverIntCs = params.adverIntCs();
        state = previous;
        wantState = previous;
        vipSet = vipsSet && previous == VrrpState.MASTER;
        msDownTimerUs = masterDownIntervalUs();
        if (vipSet && params.garp().masterRefreshUs() > 0) {
            garpRefreshUs = nowUs + params.garp().masterRefreshUs();
            garpRefreshArmed = true;
        }
        initSands(nowUs);
    }

    /**
     * A MASTER announces its VIPs again with a gratuitous burst of {@code repeat} (a reload added addresses:
     * keepalived's {@code vrrp_send_link_update}). Nothing unless MASTER.
     */
    public void announce(int repeat) {
        if (state == VrrpState.MASTER && vipSet) {
            sink.sendGratuitous(this, repeat);
        }
    }

    /** Fires every deadline that is due at {@code nowUs}. */
    public void onTimer(long nowUs) {
        VrrpState prev = state;
        if (garpDelayArmed && nowUs - garpDelayUs >= 0) {
            garpDelayArmed = false;
            if (state == VrrpState.MASTER) {
                sink.sendGratuitous(this, params.garp().masterRepeat());
            }
        }
        if (lowerPrioGarpArmed && nowUs - lowerPrioGarpUs >= 0) {
            lowerPrioGarpArmed = false;
            if (state == VrrpState.MASTER) {
                sink.sendGratuitous(this, params.garp().lowerPrioRepeat());
            }
        }
        if (garpRefreshArmed && nowUs - garpRefreshUs >= 0) {
            garpRefreshUs = nowUs + params.garp().masterRefreshUs();
            if (state == VrrpState.MASTER) {
                sink.sendGratuitous(this, params.garp().masterRefreshRepeat());
            } else {
                garpRefreshArmed = false;
            }
        }
        if (sandsArmed && nowUs - sandsUs >= 0) {
            if (state == VrrpState.BACKUP) {
                LOG.debug("({}) Receive advertisement timeout", name);
                wantState = VrrpState.MASTER;
                gotoMaster(nowUs);
            } else if (state == VrrpState.MASTER) {
                masterTx(nowUs);
            }
            initSands(nowUs);
        }
        transitioned(prev, nowUs);
    }

    /** A received advert that passed the receive rules. Ignored unless BACKUP or MASTER. */
    public void onAdvert(PeerAdvert advert, long nowUs) {
        VrrpState prev = state;
        if (state == VrrpState.BACKUP) {
            backupRx(advert, nowUs);
        } else if (state == VrrpState.MASTER) {
            if (masterRx(advert, nowUs)) {
                leaveMaster(nowUs, false);
            } else if (!params.lowerPrioNoAdvert()) {
                initSands(nowUs);
            }
        }
        transitioned(prev, nowUs);
    }

    /**
     * Tracked objects changed (track_interface, track_script, track_file, track_process).
     *
     * @param faults        number of tracked objects in fault (weight 0 failures, interface down); &gt; 0 = FAULT
     * @param priorityDelta sum of the weights applied to {@code priority}
     */
    public void onTrackerChange(int faults, int priorityDelta, long nowUs) {
        VrrpState prev = state;
        setEffectivePriority(params.priority() + priorityDelta, nowUs);
        int before = faultCount;
        faultCount = Math.max(0, faults);
        if (state == VrrpState.INIT || state == VrrpState.STOP) {
            return;
        }
        if (before == 0 && faultCount > 0) {
            downInstance(nowUs);
        } else if (before > 0 && faultCount == 0) {
            tryUp(nowUs);
        }
        transitioned(prev, nowUs);
    }

    /** Stop: a MASTER sends priority 0 and removes its VIPs (RFC 9568 section 6.4.3 Shutdown). */
    public void onShutdown(long nowUs) {
        if (state == VrrpState.STOP) {
            return;
        }
        if (state == VrrpState.MASTER) {
            restoreInterface(true);
        } else if (vipSet) {
            restoreInterface(false);
        }
        state = VrrpState.STOP;
        wantState = VrrpState.STOP;
        sandsArmed = garpDelayArmed = garpRefreshArmed = lowerPrioGarpArmed = false;
        sink.notifyState(this, VrrpState.STOP);
    }

    // ---- 6.4.2 Backup ---------------------------------------------------------------------------------------

    private void backupRx(PeerAdvert a, long nowUs) {
        int prio = a.priority();
        if (prio == 0) {
            LOG.debug("({}) Backup received priority 0 advertisement", name);
            msDownTimerUs = skewTimeUs();
            initSands(nowUs);
            return;
        }
        boolean delaying = params.preemptDelayUs() > 0 && (!preemptTimeSet || preemptTimeUs - nowUs > 0);
        if (params.nopreempt() || prio >= effectivePriority || delaying) {
            if (params.version() == VrrpVersion.V3 && masterAdverIntCs != a.adverIntCs()) {
                LOG.debug("({}) advertisement interval updated from {}ms to {}ms by master", name,
                        masterAdverIntCs * 10, a.adverIntCs() * 10);
                masterAdverIntCs = a.adverIntCs();
            }
            msDownTimerUs = masterDownIntervalUs();
            a.copySource(masterAddress);
            masterAddressKnown = true;
            masterPriority = prio;
            if (params.preemptDelayUs() > 0) {
                if (prio >= effectivePriority) {
                    preemptTimeSet = false;
                } else if (!preemptTimeSet) {
                    LOG.debug("({}) start preempt delay", name);
                    preemptTimeUs = nowUs + params.preemptDelayUs();
                    preemptTimeSet = true;
                }
            }
            wantState = VrrpState.BACKUP;
            initSands(nowUs);
        } else {
            LOG.info("({}) received lower priority ({}) advert from {} - discarding", name, prio, a.sourceText());
            a.copySource(masterAddress);
            masterAddressKnown = true;
        }
    }

    // ---- 6.4.3 Master ---------------------------------------------------------------------------------------

    /** Returns true when the instance must leave MASTER. */
    private boolean masterRx(PeerAdvert a, long nowUs) {
        int prio = a.priority();
        int cmp = a.compareSource(primaryAddress);
        if (prio == 0 || (params.higherPrioSendAdvert()
                && (prio > effectivePriority || (prio == effectivePriority && cmp > 0)))) {
            sendAdvert(effectivePriority);
            if (prio == 0) {
                LOG.debug("({}) Master received priority 0 message", name);
                return false;
            }
        }
        if (prio == effectivePriority) {
            if (cmp == 0) {
                LOG.info("({}) WARNING - equal priority advert received from remote host with our IP address.",
                        name);
            } else if (effectivePriority == InstanceParams.PRIORITY_OWNER) {
                LOG.info("({}) CONFIGURATION ERROR: local instance and a remote instance are both configured as"
                        + " address owner, please fix - reducing local priority", name);
                effectivePriority = InstanceParams.PRIORITY_OWNER - 1;
            }
        }
        if (prio < effectivePriority || (prio == effectivePriority && cmp < 0)) {
            LOG.info("({}) Received advert from {} with lower priority {}, ours {}{}", name, a.sourceText(), prio,
                    effectivePriority, params.lowerPrioNoAdvert() ? "" : ", forcing new election");
            if (!params.lowerPrioNoAdvert()) {
                sendAdvert(effectivePriority);
            }
            announceForLowerPriority(nowUs);
            if (group != null) {
                group.lowerPriorityHeard(this, nowUs);
            }
            sink.masterReceivedLowerPriority(this);
            return false;
        }
        if (prio > effectivePriority || (prio == effectivePriority && cmp > 0)) {
            if (prio > effectivePriority) {
                LOG.info("({}) Master received advert from {} with higher priority {}, ours {}", name,
                        a.sourceText(), prio, effectivePriority);
            } else {
                LOG.info("({}) Master received advert from {} with same priority {} but higher IP address than ours",
                        name, a.sourceText(), prio);
            }
            if (params.version() == VrrpVersion.V3) {
                masterAdverIntCs = a.adverIntCs();
            }
            masterPriority = prio;
            a.copySource(masterAddress);
            masterAddressKnown = true;
            wantState = VrrpState.BACKUP;
            return true;
        }
        return false;
    }

    /** garp_lower_prio_repeat now and again after garp_lower_prio_delay (also for sync group members). */
    void announceForLowerPriority(long nowUs) {
        GarpParams g = params.garp();
        if (g.lowerPrioRepeat() > 0) {
            sink.sendGratuitous(this, g.lowerPrioRepeat());
            if (g.lowerPrioDelayUs() > 0) {
                lowerPrioGarpUs = nowUs + g.lowerPrioDelayUs();
                lowerPrioGarpArmed = true;
            }
        }
    }

    private void masterTx(long nowUs) {
        // the old master must drop the VIPs before our gratuitous ARPs, so the advert goes first (keepalived)
        sendAdvert(effectivePriority);
        if (!vipSet) {
            LOG.info("({}) Entering MASTER STATE", name);
            becomeMaster(nowUs);
            if (params.garp().masterDelayUs() > 0) {
                garpDelayUs = nowUs + params.garp().masterDelayUs();
                garpDelayArmed = true;
            }
        }
    }

    private void becomeMaster(long nowUs) {
        stats.onBecomeMaster();
        if (params.version() == VrrpVersion.V3 && masterAdverIntCs != params.adverIntCs()) {
            LOG.debug("({}) changing advert interval from {}ms to locally configured {}ms", name,
                    masterAdverIntCs * 10, params.adverIntCs() * 10);
            masterAdverIntCs = params.adverIntCs();
        }
        sink.addVips(this);
        vipSet = true;
        sink.sendGratuitous(this, params.garp().masterRepeat());
        if (params.garp().masterRefreshUs() > 0) {
            garpRefreshUs = nowUs + params.garp().masterRefreshUs();
            garpRefreshArmed = true;
        }
        sink.notifyState(this, VrrpState.MASTER);
    }

    // ---- transitions (keepalived vrrp_state_goto_master, leave_master, leave_fault) -------------------------

    void gotoMaster(long nowUs) {
        if (group != null && !group.canGotoMaster(this)) {
            wantState = VrrpState.MASTER;
            msDownTimerUs = masterDownIntervalUs();
            initSands(nowUs);
            return;
        }
        state = VrrpState.MASTER;
        initSands(nowUs);
        masterTx(nowUs);
    }

    void leaveMaster(long nowUs, boolean sendPriorityZero) {
        boolean advF = sendPriorityZero;
        if (wantState == VrrpState.BACKUP) {
            LOG.info("({}) Entering BACKUP STATE", name);
            preemptTimeSet = false;
        } else if (wantState == VrrpState.FAULT) {
            LOG.info("({}) Entering FAULT STATE", name);
            advF = true;
        } else {
            LOG.info("({}) vrrp_state_leave_master called with invalid wantstate {}", name, wantState.code());
            return;
        }
        restoreInterface(advF);
        state = wantState;
        sink.notifyState(this, state);
        msDownTimerUs = masterDownIntervalUs();
        initSands(nowUs);
        stats.onReleaseMaster();
    }

    void leaveFault(long nowUs) {
        if (wantState == VrrpState.MASTER) {
            gotoMaster(nowUs);
        } else {
            if (state != wantState) {
                LOG.info("({}) Entering {} STATE", name, wantState.word());
            }
            if (wantState == VrrpState.FAULT && state == VrrpState.MASTER) {
                restoreInterface(true);
            }
            boolean changed = state != wantState;
            state = wantState;
            if (changed) {
                sink.notifyState(this, state);
            }
            if (state == VrrpState.BACKUP) {
                preemptTimeSet = false;
            }
        }
        masterAdverIntCs = params.adverIntCs();
        msDownTimerUs = masterDownIntervalUs();
        initSands(nowUs);
    }

    private void downInstance(long nowUs) {
        wantState = VrrpState.FAULT;
        if (state == VrrpState.MASTER) {
            leaveMaster(nowUs, true);
        } else {
            leaveFault(nowUs);
        }
        if (group != null) {
            group.memberFaulted(this, nowUs);
        }
    }

    private void tryUp(long nowUs) {
        if (group != null && !group.memberRecovered(this)) {
            wantState = VrrpState.BACKUP;
            return;
        }
        wantState = VrrpState.BACKUP;
        leaveFault(nowUs);
        if (group != null) {
            group.memberUp(this, nowUs);
        }
    }

    private void restoreInterface(boolean sendPriorityZero) {
        if (sendPriorityZero) {
            sendAdvert(0);
            LOG.debug("({}) sent 0 priority", name);
        }
        garpDelayArmed = garpRefreshArmed = lowerPrioGarpArmed = false;
        if (vipSet) {
            sink.removeVips(this);
            vipSet = false;
        }
    }

    private void setEffectivePriority(int total, long nowUs) {
        if (params.owner()) {
            return;
        }
        int prio = Math.max(1, Math.min(InstanceParams.PRIORITY_OWNER - 1, total));
        if (prio == effectivePriority) {
            return;
        }
        LOG.info("({}) Changing effective priority from {} to {}", name, effectivePriority, prio);
        effectivePriority = prio;
        long old = msDownTimerUs;
        msDownTimerUs = masterDownIntervalUs();
        if (state == VrrpState.BACKUP && sandsArmed) {
            sandsUs += msDownTimerUs - old;
        }
    }

    private void sendAdvert(int priority) {
        sink.sendAdvert(this, priority);
        stats.onAdvertSent(priority);
    }

    /** keepalived's {@code vrrp_init_instance_sands}. */
    private void initSands(long nowUs) {
        switch (state) {
            case MASTER -> {
                sandsUs = nowUs + params.adverIntCs() * VrrpTimers.US_PER_CS;
                sandsArmed = true;
            }
            case BACKUP -> {
                sandsUs = nowUs + msDownTimerUs;
                sandsArmed = true;
            }
            default -> sandsArmed = false;
        }
    }

    /** keepalived's {@code VRRP_TSM_HANDLE}: sync the group after this instance's own transition. */
    private void transitioned(VrrpState prev, long nowUs) {
        if (group == null) {
            return;
        }
        if (state == VrrpState.MASTER) {
            group.syncMaster(this, nowUs);
        } else if (prev == VrrpState.MASTER && state == VrrpState.BACKUP) {
            group.syncBackup(this, nowUs);
        }
    }

    @Override
    public String toString() {
        return "VrrpInstance(" + name + ", " + state + ", prio " + effectivePriority + ")";
    }
}
