package org.keepalived4j.config.build;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.model.vrrp.IpFamily;
import org.keepalived4j.config.model.vrrp.IpPrefix;
import org.keepalived4j.config.model.vrrp.UnicastPeer;
import org.keepalived4j.config.model.vrrp.VirtualIpAddress;
import org.keepalived4j.config.model.vrrp.VirtualRoute;
import org.keepalived4j.config.model.vrrp.VirtualRule;
import org.keepalived4j.config.model.vrrp.VrrpState;

/**
 * A {@code vrrp_instance} while it is read: keepalived's {@code vrrp_t} fields as {@code alloc_vrrp} sets them, with
 * "unset" kept apart (null) so that {@link VrrpInstanceCompleter} can apply the defaults. Timers in micro-seconds.
 */
final class VrrpInstanceBuilder {

    final VrrpBuild build;
    final String name;
    final SourcePosition position;

    IpFamily family;
    VrrpState wantState;
    String interfaceName;
    String vrf;
    int vrid;
    int priority;
    long advertUs;
    int version;
    /** 0 none, 1 PASS, 2 AH. */
    int authType;
    String authPass = "";
    Boolean strict;
    boolean nopreempt;
    long preemptDelayUs;
    Boolean accept;
    boolean dontTrackPrimary;
    boolean skipCheckAdvAddr;
    boolean checkUnicastSrc;
    boolean unicastConfigured;
    boolean unicastFaultNoPeer;
    boolean trackSrcIp;
    InetAddress saddr;
    InetAddress mcastDst;
    int ttl = -1;
    String oldUnicastChecksum;
    boolean vmac;
    String vmacName;
    String vmacMac;
    boolean vmacMacUsesVrid;
    boolean vmacXmitBase;
    boolean vmacAddr;
    boolean ipvlan;
    String ipvlanName;
    IpPrefix ipvlanAddr;
    String ipvlanMode;
    final List<VirtualIpAddress> vips = new ArrayList<>();
    final List<VirtualIpAddress> evips = new ArrayList<>();
    final List<VirtualRoute> routes = new ArrayList<>();
    final List<VirtualRule> rules = new ArrayList<>();
    final List<UnicastPeer> peers = new ArrayList<>();
    final TrackLists track = new TrackLists();
    ScriptCommand notifyMaster;
    ScriptCommand notifyBackup;
    ScriptCommand notifyFault;
    ScriptCommand notifyStop;
    ScriptCommand notify;
    ScriptCommand notifyDeletedScript;
    ScriptCommand notifyMasterRxLowerPri;
    boolean notifyDeleted;
    Boolean smtpAlert;
    Boolean notifyPriorityChanges;
    long garpDelayUs;
    int garpRep;
    long garpRefreshUs;
    int garpRefreshRep;
    Long garpLowerPrioDelayUs;
    Integer garpLowerPrioRep;
    Long garpExtraIfSec;
    boolean garpExtraIfAll;
    Boolean lowerPrioNoAdvert;
    Boolean higherPrioSendAdvert;
    int downTimerAdverts;
    Integer kernelRxBufSize;
    int debug;
    boolean promoteSecondaries;
    boolean linkbeat;
    String lvsSyncInterface;
    String syncGroup;

    VrrpInstanceBuilder(VrrpBuild build, String name, SourcePosition position) {
        this.build = build;
        this.name = name;
        this.position = position;
        var g = build.global;
        this.garpRep = g.vrrpGarpMasterRepeat();
        this.garpRefreshUs = g.vrrpGarpMasterRefresh().toNanos() / 1000;
        this.garpRefreshRep = g.vrrpGarpMasterRefreshRepeat();
        this.garpDelayUs = g.vrrpGarpMasterDelay().toNanos() / 1000;
        this.skipCheckAdvAddr = g.vrrpSkipCheckAdvAddr();
        this.checkUnicastSrc = g.vrrpCheckUnicastSrc();
        this.downTimerAdverts = g.vrrpDownTimerAdverts();
    }

    /** Sets the family from an address, or reports a mismatch; true if it matches. */
    boolean family(IpFamily f) {
        if (family == null) {
            family = f;
            return true;
        }
        return family == f;
    }

    /** keepalived's {@code (VI_1)} prefix. */
    String tag() {
        return "(" + name + ")";
    }
}
