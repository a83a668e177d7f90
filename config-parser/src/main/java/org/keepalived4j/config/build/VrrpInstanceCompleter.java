package org.keepalived4j.config.build;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.vrrp.GarpSettings;
import org.keepalived4j.config.model.vrrp.IpFamily;
import org.keepalived4j.config.model.vrrp.IpvlanConfig;
import org.keepalived4j.config.model.vrrp.NotifyScripts;
import org.keepalived4j.config.model.vrrp.VirtualIpAddress;
import org.keepalived4j.config.model.vrrp.VmacConfig;
import org.keepalived4j.config.model.vrrp.VrrpAuthentication;
import org.keepalived4j.config.model.vrrp.VrrpInstance;
import org.keepalived4j.config.model.vrrp.VrrpState;
import org.keepalived4j.config.model.vrrp.VrrpSyncGroup;

/**
 * keepalived's {@code vrrp_complete_instance} (vrrp.c): defaults that depend on other settings and the hidden rules,
 * each with keepalived's message. Messages keepalived prints without a line number get {@link SourcePosition#NONE}.
 * The rules that need the live interface (MTU, multicast flag, existing macvlans) are left to the runtime.
 */
final class VrrpInstanceCompleter {

    /** RFC 5798 §6.1: Master_Down_Interval = 3 * Advertisement_Interval + Skew_time. */
    static final int DOWN_TIMER_ADVERTS = 3;
    /** RFC 3768 §5.2.3: adverts go out with TTL 255. */
    static final int VRRP_IP_TTL = 255;
    private static final long HZ = 1_000_000;
    private static final long CENTI = 10_000;
    private static final int DEFAULT_MTU = 1500;

    private final BuildContext ctx;
    private final GlobalDefs global;

    VrrpInstanceCompleter(BuildContext ctx, GlobalDefs global) {
        this.ctx = ctx;
        this.global = global;
    }

    private void err(String msg) {
        ctx.report(ConfigErrorKind.GENERAL_ERROR, SourcePosition.NONE, msg);
    }

    /** keepalived's chk_min_cfg; false stops the VRRP configuration. */
    boolean minimal(VrrpInstanceBuilder b) {
        if (b.vrid == 0) {
            err(b.tag() + " the virtual router id must be set");
            return false;
        }
        if (b.interfaceName == null && b.peers.isEmpty()) {
            err(b.tag() + " Unknown interface!");
            return false;
        }
        return true;
    }

    /** Completes one instance; null when keepalived refuses the configuration. */
    VrrpInstance complete(VrrpInstanceBuilder b, VrrpSyncGroup group) {
        String t = b.tag();
        boolean strict = b.strict != null ? b.strict : global.vrrpStrict();
        int version = b.version;
        if (b.family == IpFamily.INET6) {
            if (version == 2 && strict) {
                err(t + " cannot use IPv6 with VRRP version 2; setting version 3");
                version = 3;
            } else if (version == 0) {
                version = 3;
            }
        }
        IpFamily family = b.family == null ? IpFamily.INET : b.family;
        if (version == 0) {
            version = family == IpFamily.INET6 ? 3 : global.vrrpVersion();
        }
        int ttl = family == IpFamily.INET && b.ttl == -1 ? VRRP_IP_TTL : b.ttl;
        if (b.vips.isEmpty()) {
            if (version == 3 || strict) {
                err(t + " No VIP specified; at least one is required");
                return null;
            }
            err(t + " No VIP specified; at least one is sensible");
        }
        int priority = b.priority;
        VrrpState state = b.wantState;
        if (priority == 0) {
            priority = state == VrrpState.MASTER ? VrrpInstance.PRIORITY_OWNER : 100;
        }
        boolean owner = priority == VrrpInstance.PRIORITY_OWNER;
        if (state == null) {
            state = owner ? VrrpState.MASTER : VrrpState.BACKUP;
        } else if (strict && (state == VrrpState.MASTER) != owner) {
            err(t + " State MASTER must match being address owner");
            state = owner ? VrrpState.MASTER : VrrpState.BACKUP;
        }
        int authType = b.authType;
        if (strict && authType != 0) {
            err(t + " Strict mode does not support authentication. Ignoring.");
            authType = 0;
        } else if (version == 3 && authType != 0) {
            err(t + " VRRP version 3 does not support authentication. Ignoring.");
            authType = 0;
        } else if (authType != 0 && b.authPass.isEmpty()) {
            err(t + " Authentication specified but no password given. Ignoring");
            authType = 0;
        } else if (family == IpFamily.INET6 && authType == 2) {
            err(t + " Cannot use AH authentication with IPv6. ignoring");
            authType = 0;
        } else if (authType == 2 && state == VrrpState.MASTER && !owner) {
            err(t + " Initial state master is incompatible with AH authentication - clearing");
            state = VrrpState.BACKUP;
        }
        VrrpAuthentication auth = switch (authType) {
            case 1 -> new VrrpAuthentication.Password(b.authPass);
            case 2 -> new VrrpAuthentication.Ah(b.authPass);
            default -> VrrpAuthentication.NONE;
        };
        boolean unicast = !b.peers.isEmpty();
        if (b.interfaceName == null) {
            if (b.saddr == null) {
                err("(" + b.name + "): Unicast instances must have unicast_src_ip or interface");
                return null;
            }
            if (family == IpFamily.INET6 && b.saddr.isLinkLocalAddress()) {
                err(t + " Non link-local address required if interface omitted");
                return null;
            }
        }
        boolean faultNoPeer = false;
        if (b.unicastConfigured && !unicast) {
            if (b.unicastFaultNoPeer) {
                faultNoPeer = true;
            } else {
                ctx.report(ConfigErrorKind.DEPRECATED, SourcePosition.NONE, t + " A unicast keyword has been"
                        + " specified without any unicast peers. Defaulting to multicast. This usage is deprecated"
                        + " - please update your configuration.");
            }
        }
        String vmacMac = b.vmacMac;
        if (strict && vmacMac != null) {
            err("(" + b.name + "): cannot specify MAC address with strict mode - clearing");
            vmacMac = null;
        }
        if (family == IpFamily.INET6 && !unicast && !b.vips.isEmpty()
                && !b.vips.getFirst().address().address().isLinkLocalAddress() && strict) {
            err(t + " the first IPv6 VIP address must be link local");
        }
        String vrf = b.vrf;
        if (vrf != null && (b.interfaceName != null || !unicast)) {
            err(t + " vrf can only be specified with" + (b.interfaceName != null ? "out interface" : " unicast")
                    + " - clearing");
            vrf = null;
        }
        List<VirtualIpAddress> vips = new ArrayList<>(b.vips);
        List<VirtualIpAddress> evips = new ArrayList<>(b.evips);
        int maxAddr = maxAddresses(family, version, authType);
        if (vips.size() > maxAddr) {
            err(t + " Number of VIPs (" + vips.size() + ") exceeds maximum/space available in packet (max "
                    + maxAddr + " addresses) - excess moved to eVIPs");
            evips.addAll(0, vips.subList(maxAddr, vips.size()));
            vips = new ArrayList<>(vips.subList(0, maxAddr));
        }
        boolean nopreempt = b.nopreempt;
        if (owner && nopreempt) {
            err(t + " nopreempt is incompatible with priority 255. resetting nopreempt");
            nopreempt = false;
        }
        long preemptDelay = b.preemptDelayUs;
        if (state == VrrpState.MASTER) {
            if (nopreempt) {
                err(t + " Warning - nopreempt will not work with initial state MASTER - clearing");
                nopreempt = false;
            }
            if (preemptDelay != 0) {
                err(t + " Warning - preempt delay will not work with initial state MASTER - clearing");
                preemptDelay = 0;
            }
        }
        if (preemptDelay != 0) {
            if (strict) {
                err(t + " preempt_delay is incompatible with strict mode - resetting");
                preemptDelay = 0;
            }
            if (nopreempt) {
                err(t + " preempt_delay is incompatible with nopreempt mode - resetting");
                preemptDelay = 0;
            }
        }
        int downTimerAdverts = b.downTimerAdverts;
        if (downTimerAdverts != DOWN_TIMER_ADVERTS && strict) {
            err(t + " down_timer_adverts is incompatible with strict mode - resetting");
            downTimerAdverts = DOWN_TIMER_ADVERTS;
        }
        boolean accept = b.accept != null ? b.accept : owner || !strict;
        if (accept && !owner && strict && version == 2) {
            err(t + " warning - accept mode for VRRP version 2 does not comply with RFC3768 - resetting");
            accept = false;
        }
        InetAddress mcast = null;
        if (!unicast) {
            mcast = b.mcastDst != null ? b.mcastDst
                    : family == IpFamily.INET ? global.vrrpMcastGroup4() : global.vrrpMcastGroup6();
        } else if (b.mcastDst != null) {
            err(t + " multicast destination specified with unicast - ignoring");
        }
        GarpSettings garp = garp(b, strict, t);
        boolean lowerPrioNoAdvert = b.lowerPrioNoAdvert == null ? strict || global.vrrpLowerPrioNoAdvert()
                : b.lowerPrioNoAdvert;
        if (b.lowerPrioNoAdvert != null && strict && !b.lowerPrioNoAdvert) {
            err(t + " Strict mode requires no lower priority advert. resetting");
            lowerPrioNoAdvert = true;
        }
        boolean higherPrioSendAdvert = b.higherPrioSendAdvert == null ? !strict && global.vrrpHigherPrioSendAdvert()
                : b.higherPrioSendAdvert;
        if (b.higherPrioSendAdvert != null && strict && b.higherPrioSendAdvert) {
            err(t + " strict mode requires higher_prio_send_advert to be clear. resetting");
            higherPrioSendAdvert = false;
        }
        boolean smtp = b.smtpAlert != null ? b.smtpAlert : VrrpSyncGroupReader.smtpDefault(global);
        boolean notifyPrio = b.notifyPriorityChanges != null ? b.notifyPriorityChanges
                : group != null && group.notifyPriorityChanges() != null ? group.notifyPriorityChanges()
                : global.vrrpNotifyPriorityChanges();
        long advert = advertInterval(b, version, t);
        boolean trackSaddr = b.trackSrcIp && b.saddr != null;
        VmacConfig vmac = null;
        boolean xmitBase = b.vmacXmitBase;
        boolean promote = b.promoteSecondaries;
        if (b.vmac || b.ipvlan) {
            if (b.vmac && strict && xmitBase) {
                err(t + " xmit_base is incompatible with strict mode - resetting");
                xmitBase = false;
            }
            if (promote) {
                err(t + " promote_secondaries is automatically set for vmacs - ignoring");
                promote = false;
            }
        }
        if (b.ipvlan && family == IpFamily.INET && b.ipvlanAddr == null) {
            err(t + " IPv4 ipvlan requires a source ip address to be configured. setting instance to fault state");
            faultNoPeer = true;
        }
        if (xmitBase && !b.vmac) {
            err(t + " vmac_xmit_base is only valid with a vmac");
            xmitBase = false;
        }
        if (b.vmac) {
            vmac = new VmacConfig(b.vmacName, vmacMac, vmacMac != null && b.vmacMacUsesVrid, xmitBase, b.vmacAddr);
        }
        IpvlanConfig ipvlan = b.ipvlan ? new IpvlanConfig(b.ipvlanName, b.ipvlanAddr, b.ipvlanMode) : null;
        var track = VrrpTrackRules.instanceTrack(ctx, b, group, owner);
        vips = withInterfaces(b, vips, "");
        evips = withInterfaces(b, evips, "e");
        if (vips.isEmpty()) {
            if (version == 3 || family == IpFamily.INET6 || strict) {
                err(t + " No VIP specified; at least one is required");
                return null;
            }
            ctx.report(ConfigErrorKind.WARNING, SourcePosition.NONE, t + " No VIP specified; at least one is sensible");
        }
        NotifyScripts notify = new NotifyScripts(b.notifyMaster, b.notifyBackup, b.notifyFault, b.notifyStop,
                b.notify, b.notifyDeletedScript, b.notifyMasterRxLowerPri, b.notifyDeleted);
        return new VrrpInstance(b.name, b.interfaceName, vrf, b.vrid, priority, state, family, version,
                Duration.ofNanos(advert * 1000), auth, strict, nopreempt, Duration.ofNanos(preemptDelay * 1000),
                accept, b.dontTrackPrimary, b.skipCheckAdvAddr, b.checkUnicastSrc, b.saddr, trackSaddr, mcast,
                b.peers, faultNoPeer, ttl, b.oldUnicastChecksum, vmac, ipvlan, vips, evips, b.routes, b.rules, track,
                notify, smtp, notifyPrio, garp, lowerPrioNoAdvert, higherPrioSendAdvert, downTimerAdverts,
                b.kernelRxBufSize, b.debug, promote, b.linkbeat, b.lvsSyncInterface, b.syncGroup, b.position);
    }

    private List<VirtualIpAddress> withInterfaces(VrrpInstanceBuilder b, List<VirtualIpAddress> in, String e) {
        List<VirtualIpAddress> out = new ArrayList<>();
        for (VirtualIpAddress a : in) {
            if (a.interfaceName() != null) {
                out.add(a);
            } else if (b.interfaceName == null) {
                err("(" + b.name + "): no interface for " + e + "vip " + a.address() + " - removing");
            } else {
                out.add(a.withInterface(b.interfaceName));
            }
        }
        return out;
    }

    private static int maxAddresses(IpFamily family, int version, int authType) {
        int hdr;
        int size;
        if (family == IpFamily.INET) {
            hdr = 14 + 20 + 8 + (version == 2 ? 8 + (authType == 2 ? 24 : 0) : 0);
            size = 4;
        } else {
            hdr = 14 + 40 + 8;
            size = 16;
        }
        return Math.min(255, (DEFAULT_MTU - hdr) / size);
    }

    private long advertInterval(VrrpInstanceBuilder b, int version, String t) {
        long adv = b.advertUs == 0 ? HZ : b.advertUs;
        if (version == 2) {
            if (adv >= 256 * HZ) {
                err(t + String.format(" VRRPv2 advertisement interval %.2fs is out of range. Must be less than"
                        + " 256s. Setting to 255s", adv / 1e6));
                adv = 255 * HZ;
            } else if (adv % HZ != 0) {
                err(t + String.format(" VRRPv2 advertisement interval %fs must be an integer. rounding",
                        adv / 1e6));
                adv += HZ / 2;
                adv -= adv % HZ;
                if (adv == 0) {
                    adv = HZ;
                }
            }
        } else if (adv >= 4096 * CENTI) {
            err(t + String.format(" VRRPv3 advertisement interval %.2fs is out of range. Must be less than 40.96s."
                    + " Setting to 40.95s", adv / 1e6));
            adv = 4095 * CENTI;
        } else if (adv % CENTI != 0) {
            err(t + String.format(" VRRPv3 advertisement interval %fs must be in units of 10ms - rounding",
                    adv / 1e6));
            adv += CENTI / 2;
            adv -= adv % CENTI;
            if (adv == 0) {
                adv = CENTI;
            }
        }
        return adv;
    }

    private GarpSettings garp(VrrpInstanceBuilder b, boolean strict, String t) {
        int lowerRep;
        if (b.garpLowerPrioRep == null) {
            lowerRep = strict ? 0 : global.vrrpGarpLowerPrioRepeat() != null ? global.vrrpGarpLowerPrioRepeat()
                    : global.vrrpGarpMasterRepeat();
        } else if (strict && b.garpLowerPrioRep != 0) {
            err(t + " Strict mode requires no repeat garps. resetting");
            lowerRep = 0;
        } else {
            lowerRep = b.garpLowerPrioRep;
        }
        Duration lowerDelay;
        if (b.garpLowerPrioDelayUs == null) {
            lowerDelay = strict ? Duration.ZERO : global.vrrpGarpLowerPrioDelay() != null
                    ? global.vrrpGarpLowerPrioDelay() : global.vrrpGarpMasterDelay();
        } else if (strict && b.garpLowerPrioDelayUs != 0) {
            err(t + " Strict mode requires no repeat garp delay. resetting");
            lowerDelay = Duration.ZERO;
        } else {
            lowerDelay = Duration.ofNanos(b.garpLowerPrioDelayUs * 1000);
        }
        Duration extra = b.garpExtraIfSec == null ? Duration.ZERO : Duration.ofSeconds(b.garpExtraIfSec);
        return new GarpSettings(Duration.ofNanos(b.garpDelayUs * 1000), b.garpRep,
                Duration.ofNanos(b.garpRefreshUs * 1000), b.garpRefreshRep, lowerDelay, lowerRep, extra,
                b.garpExtraIfAll);
    }
}
