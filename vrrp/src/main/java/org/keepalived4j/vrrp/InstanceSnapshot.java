package org.keepalived4j.vrrp;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.keepalived4j.vrrp.codec.VrrpStats;
import org.keepalived4j.vrrp.state.VrrpInstance;
import org.keepalived4j.vrrp.state.VrrpState;

/**
 * One instance's run-time state, copied on the VRRP thread for status pages and dumps.
 *
 * @param name               instance name
 * @param state              state
 * @param wantState          wanted state
 * @param effectivePriority  priority advertised
 * @param masterPriority     priority of the last master heard
 * @param masterAddress      the last master heard, or null
 * @param masterAdverIntCs   Master_Adver_Interval in centiseconds
 * @param faults             tracked objects in fault
 * @param msDownTimerUs      Master_Down_Timer
 * @param readTimeoutWallUs  the next advert / master-down deadline as wall-clock µs, or -1 when off
 * @param lastTransitionWallUs the last transition as wall-clock µs (0 when none yet)
 * @param group              the sync group name, or null
 * @param stats              the counters
 */
public record InstanceSnapshot(String name, VrrpState state, VrrpState wantState, int effectivePriority,
                               int masterPriority, InetAddress masterAddress, int masterAdverIntCs, int faults,
                               long msDownTimerUs, long readTimeoutWallUs, long lastTransitionWallUs, String group,
                               VrrpStats.Snapshot stats) {

    /**
     * Copies {@code v}; VRRP thread only.
     *
     * @param v                    the instance
     * @param nowUs                the monotonic time of the VRRP cycle
     * @param wallNowUs            the wall clock now, µs since the epoch (display only)
     * @param lastTransitionWallUs when it last changed state (wall clock, display only)
     */
    static InstanceSnapshot of(VrrpInstance v, long nowUs, long wallNowUs, long lastTransitionWallUs) {
        InetAddress master = null;
        byte[] m = v.masterAddress();
        if (m != null) {
            try {
                master = InetAddress.getByAddress(m);
            } catch (UnknownHostException e) {
                master = null;
            }
        }
        long deadline = v.readDeadlineUs();
        long readWall = deadline == Long.MIN_VALUE ? -1 : wallNowUs + (deadline - nowUs);
        return new InstanceSnapshot(v.name(), v.state(), v.wantState(), v.effectivePriority(), v.masterPriority(),
                master, v.masterAdverIntCs(), v.faultCount(), v.msDownTimerUs(), readWall, lastTransitionWallUs,
                v.group() == null ? null : v.group().name(), v.stats().snapshot());
    }
}
