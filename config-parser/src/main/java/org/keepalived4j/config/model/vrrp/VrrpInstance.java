package org.keepalived4j.config.model.vrrp;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * A {@code vrrp_instance}, complete: keepalived's {@code vrrp_complete_instance} has been applied, global defaults
 * (version, strict mode, GARP settings, multicast group, smtp_alert) are folded in, and tracking references are
 * resolved. The runtime needs nothing else from the configuration to run it.
 *
 * <table>
 * <caption>Main defaults</caption>
 * <tr><th>component</th><th>default</th></tr>
 * <tr><td>initialState</td><td>MASTER if priority 255, else BACKUP</td></tr>
 * <tr><td>priority</td><td>255 with {@code state MASTER}, else 100</td></tr>
 * <tr><td>version</td><td>3 for IPv6, else {@code vrrp_version} (2)</td></tr>
 * <tr><td>advertInterval</td><td>1s; v2 rounded to whole seconds (max 255), v3 to centiseconds (max 40.95s)</td></tr>
 * <tr><td>accept</td><td>true unless strict mode (then only for the address owner)</td></tr>
 * <tr><td>mcastGroup</td><td>{@code vrrp_mcast_group4}/{@code 6} (224.0.0.18 / ff02::12); null when unicast</td></tr>
 * <tr><td>ttl</td><td>255 for IPv4, -1 (kernel default) for IPv6</td></tr>
 * </table>
 *
 * @param name                    the instance's name ({@code VI_1})
 * @param interfaceName           {@code interface}, or null (unicast with {@code unicast_src_ip} only)
 * @param vrf                     {@code vrf} interface, or null
 * @param virtualRouterId         {@code virtual_router_id}, 1..255
 * @param priority                {@code priority} (base priority), 1..255
 * @param initialState            the state to start in
 * @param family                  the instance's address family
 * @param version                 2 or 3 (RFC 3768 / RFC 5798)
 * @param advertInterval          the advertisement interval, already rounded as keepalived does
 * @param authentication          VRRPv2 authentication ({@link VrrpAuthentication#NONE} if none)
 * @param strictMode              {@code strict_mode} / {@code vrrp_strict}
 * @param nopreempt               {@code nopreempt} (cleared for MASTER and priority 255)
 * @param preemptDelay            {@code preempt_delay} (zero: none)
 * @param accept                  accept mode (RFC 5798 §6.1 Accept_Mode)
 * @param dontTrackPrimary        {@code dont_track_primary}
 * @param skipCheckAdvAddr        {@code skip_check_adv_addr} / {@code vrrp_skip_check_adv_addr}
 * @param checkUnicastSrc         {@code check_unicast_src} / {@code vrrp_check_unicast_src}, or set by peer TTLs
 * @param sourceAddress           {@code mcast_src_ip} / {@code unicast_src_ip} / ipvlan address, or null (interface's)
 * @param trackSourceAddress      {@code track_src_ip} (only with a configured source)
 * @param mcastGroup              the multicast destination, or null when unicast
 * @param unicastPeers            {@code unicast_peer} entries; non-empty means unicast
 * @param unicastFaultNoPeer      {@code unicast_fault_no_peer} and no peers: the instance starts in FAULT
 * @param ttl                     {@code unicast_ttl} / default TTL; -1 leaves it to the kernel
 * @param oldUnicastChecksum      {@code old_unicast_checksum [never]}: null none, "config", or "never"
 * @param vmac                    {@code use_vmac}, or null
 * @param ipvlan                  {@code use_ipvlan}, or null
 * @param virtualIpAddresses      {@code virtual_ipaddress} (advertised), at most what fits a packet
 * @param excludedIpAddresses     {@code virtual_ipaddress_excluded} (plus VIPs that didn't fit)
 * @param virtualRoutes           {@code virtual_routes}
 * @param virtualRules            {@code virtual_rules}
 * @param track                   tracked interfaces, scripts, files and processes (weights after the sync group and
 *                                address owner rules)
 * @param notifyScripts                notify scripts
 * @param smtpAlert               send mail on transitions ({@code smtp_alert}, else global)
 * @param notifyPriorityChanges   {@code notify_priority_changes} (else the sync group's)
 * @param garp                    GARP/NA settings
 * @param lowerPrioNoAdvert       {@code lower_prio_no_advert}
 * @param higherPrioSendAdvert    {@code higher_prio_send_advert}
 * @param downTimerAdverts        {@code down_timer_adverts} (3 in strict mode)
 * @param kernelRxBufSize         {@code kernel_rx_buf_size}, or null
 * @param debug                   {@code debug} level 0..4
 * @param promoteSecondaries      {@code promote_secondaries}
 * @param linkbeatUsePolling      {@code linkbeat_use_polling} (deprecated)
 * @param lvsSyncDaemonInterface  the deprecated {@code lvs_sync_daemon_interface}, or null
 * @param syncGroup               the name of the sync group this instance belongs to, or null
 * @param position                where {@code vrrp_instance} stands
 */
public record VrrpInstance(String name, String interfaceName, String vrf, int virtualRouterId, int priority,
                           VrrpState initialState, IpFamily family, int version, Duration advertInterval,
                           VrrpAuthentication authentication, boolean strictMode, boolean nopreempt,
                           Duration preemptDelay, boolean accept, boolean dontTrackPrimary, boolean skipCheckAdvAddr,
                           boolean checkUnicastSrc, InetAddress sourceAddress, boolean trackSourceAddress,
                           InetAddress mcastGroup, List<UnicastPeer> unicastPeers, boolean unicastFaultNoPeer,
                           int ttl, String oldUnicastChecksum, VmacConfig vmac, IpvlanConfig ipvlan,
                           List<VirtualIpAddress> virtualIpAddresses, List<VirtualIpAddress> excludedIpAddresses,
                           List<VirtualRoute> virtualRoutes, List<VirtualRule> virtualRules, TrackSet track,
                           NotifyScripts notifyScripts, boolean smtpAlert, boolean notifyPriorityChanges, GarpSettings garp,
                           boolean lowerPrioNoAdvert, boolean higherPrioSendAdvert, int downTimerAdverts,
                           Integer kernelRxBufSize, int debug, boolean promoteSecondaries,
                           boolean linkbeatUsePolling, String lvsSyncDaemonInterface, String syncGroup,
                           SourcePosition position) {

    /** The address owner's priority (RFC 5798 §5.2.4). */
    public static final int PRIORITY_OWNER = 255;

    public VrrpInstance {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(initialState, "initialState");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(advertInterval, "advertInterval");
        Objects.requireNonNull(authentication, "authentication");
        unicastPeers = List.copyOf(unicastPeers);
        virtualIpAddresses = List.copyOf(virtualIpAddresses);
        excludedIpAddresses = List.copyOf(excludedIpAddresses);
        virtualRoutes = List.copyOf(virtualRoutes);
        virtualRules = List.copyOf(virtualRules);
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(notifyScripts, "notifyScripts");
        Objects.requireNonNull(garp, "garp");
        Objects.requireNonNull(position, "position");
    }

    /** True when adverts go to unicast peers rather than the multicast group. */
    public boolean unicast() {
        return !unicastPeers.isEmpty();
    }

    /** True for the address owner (priority 255). */
    public boolean addressOwner() {
        return priority == PRIORITY_OWNER;
    }

    /** The advertisement interval in micro-seconds (the VRRP timers' unit). */
    public long advertIntervalUs() {
        return advertInterval.toNanos() / 1000;
    }

    /** The advertisement interval in centi-seconds, as a VRRPv3 advert carries it (RFC 5798 §5.2.7). */
    public int advertIntervalCentis() {
        return (int) (advertInterval.toMillis() / 10);
    }

    /** A copy in another initial state (sync group rules). */
    public VrrpInstance withInitialState(VrrpState s) {
        return new VrrpInstance(name, interfaceName, vrf, virtualRouterId, priority, s, family, version,
                advertInterval, authentication, strictMode, nopreempt, preemptDelay, accept, dontTrackPrimary,
                skipCheckAdvAddr, checkUnicastSrc, sourceAddress, trackSourceAddress, mcastGroup, unicastPeers,
                unicastFaultNoPeer, ttl, oldUnicastChecksum, vmac, ipvlan, virtualIpAddresses, excludedIpAddresses,
                virtualRoutes, virtualRules, track, notifyScripts, smtpAlert, notifyPriorityChanges, garp, lowerPrioNoAdvert,
                higherPrioSendAdvert, downTimerAdverts, kernelRxBufSize, debug, promoteSecondaries,
                linkbeatUsePolling, lvsSyncDaemonInterface, syncGroup, position);
    }
}
