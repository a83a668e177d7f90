package org.keepalived4j.vrrp.codec;

/**
 * Per-instance counters with keepalived's names ({@code vrrp_stats} in keepalived's {@code vrrp.h}), written to
 * the stats file (SIGUSR2 / {@code --signum=STATS}) in keepalived's layout by {@link #appendStatsFile}.
 *
 * <p>Owned and mutated by the VRRP thread only; other threads ask that thread for a {@link #snapshot()}.
 * {@code chk_err}, {@code vers_err} and {@code vrid_err} are kept as keepalived keeps them for SNMP, outside the
 * stats file. Difference from keepalived 2.2.7: it never increments {@code advert_interval_err}; we do, for each
 * VRRPv2 advert dropped for an interval mismatch.
 */
public final class VrrpStats {
    long advertRcvd;
    long advertSent;
    long becomeMaster;
    long releaseMaster;
    long packetLenErr;
    long advertIntervalErr;
    long ipTtlErr;
    long invalidTypeRcvd;
    long addrListErr;
    long invalidAuthtype;
    long authtypeMismatch;
    long authFailure;
    long priZeroRcvd;
    long priZeroSent;
    long chkErr;
    long versErr;

    /** An immutable copy of every counter, for other threads and for tests. */
    public record Snapshot(long advertRcvd, long advertSent, long becomeMaster, long releaseMaster,
                           long packetLenErr, long advertIntervalErr, long ipTtlErr, long invalidTypeRcvd,
                           long addrListErr, long invalidAuthtype, long authtypeMismatch, long authFailure,
                           long priZeroRcvd, long priZeroSent, long chkErr, long versErr) {
    }

    /** Counts one advert sent ({@code advert_sent}), and a priority 0 one ({@code pri_zero_sent}) when it is. */
    public void onAdvertSent(int priority) {
        advertSent++;
        if (priority == 0) {
            priZeroSent++;
        }
    }

    /** Counts a transition to MASTER ({@code become_master}). */
    public void onBecomeMaster() {
        becomeMaster++;
    }

    /** Counts a transition out of MASTER ({@code release_master}). */
    public void onReleaseMaster() {
        releaseMaster++;
    }

    /** {@code advert_rcvd}. */
    public long advertRcvd() {
        return advertRcvd;
    }

    /** {@code advert_sent}. */
    public long advertSent() {
        return advertSent;
    }

    /** {@code become_master}. */
    public long becomeMaster() {
        return becomeMaster;
    }

    /** {@code release_master}. */
    public long releaseMaster() {
        return releaseMaster;
    }

    /** {@code pri_zero_sent}. */
    public long priZeroSent() {
        return priZeroSent;
    }

    /** Copies every counter. */
    public Snapshot snapshot() {
        return new Snapshot(advertRcvd, advertSent, becomeMaster, releaseMaster, packetLenErr, advertIntervalErr,
                ipTtlErr, invalidTypeRcvd, addrListErr, invalidAuthtype, authtypeMismatch, authFailure, priZeroRcvd,
                priZeroSent, chkErr, versErr);
    }

    /** Takes every counter from {@code other} (a reload keeps an instance's statistics). */
    public void copyFrom(VrrpStats other) {
        advertRcvd = other.advertRcvd;
        advertSent = other.advertSent;
        becomeMaster = other.becomeMaster;
        releaseMaster = other.releaseMaster;
        packetLenErr = other.packetLenErr;
        advertIntervalErr = other.advertIntervalErr;
        ipTtlErr = other.ipTtlErr;
        invalidTypeRcvd = other.invalidTypeRcvd;
        addrListErr = other.addrListErr;
        invalidAuthtype = other.invalidAuthtype;
        authtypeMismatch = other.authtypeMismatch;
        authFailure = other.authFailure;
        priZeroRcvd = other.priZeroRcvd;
        priZeroSent = other.priZeroSent;
        chkErr = other.chkErr;
        versErr = other.versErr;
    }

    /** Zeroes every counter, as keepalived's {@code STATS_CLEAR}. */
    public void clear() {
        advertRcvd = advertSent = becomeMaster = releaseMaster = 0;
        packetLenErr = advertIntervalErr = ipTtlErr = invalidTypeRcvd = addrListErr = 0;
        invalidAuthtype = authtypeMismatch = authFailure = priZeroRcvd = priZeroSent = chkErr = versErr = 0;
    }

    /** Appends this instance's block of keepalived's stats file ({@code vrrp_print.c vrrp_print_stats}). */
    public void appendStatsFile(String instanceName, StringBuilder out) {
        out.append("VRRP Instance: ").append(instanceName).append('\n')
                .append("  Advertisements:\n")
                .append("    Received: ").append(advertRcvd).append('\n')
                .append("    Sent: ").append(advertSent).append('\n')
                .append("  Became master: ").append(becomeMaster).append('\n')
                .append("  Released master: ").append(releaseMaster).append('\n')
                .append("  Packet Errors:\n")
                .append("    Length: ").append(packetLenErr).append('\n')
                .append("    TTL: ").append(ipTtlErr).append('\n')
                .append("    Invalid Type: ").append(invalidTypeRcvd).append('\n')
                .append("    Advertisement Interval: ").append(advertIntervalErr).append('\n')
                .append("    Address List: ").append(addrListErr).append('\n')
                .append("  Authentication Errors:\n")
                .append("    Invalid Type: ").append(invalidAuthtype).append('\n')
                .append("    Type Mismatch: ").append(authtypeMismatch).append('\n')
                .append("    Failure: ").append(authFailure).append('\n')
                .append("  Priority Zero:\n")
                .append("    Received: ").append(priZeroRcvd).append('\n')
                .append("    Sent: ").append(priZeroSent).append('\n');
    }
}
