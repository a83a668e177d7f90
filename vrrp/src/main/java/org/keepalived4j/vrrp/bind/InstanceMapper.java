package org.keepalived4j.vrrp.bind;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.vrrp.GarpGroup;
import org.keepalived4j.config.model.vrrp.GarpSettings;
import org.keepalived4j.config.model.vrrp.IpFamily;
import org.keepalived4j.config.model.vrrp.UnicastPeer;
import org.keepalived4j.config.model.vrrp.VrrpAuthentication;
import org.keepalived4j.config.model.vrrp.VrrpInstance;
import org.keepalived4j.vrrp.codec.AuthType;
import org.keepalived4j.vrrp.codec.V3ChecksumMode;
import org.keepalived4j.vrrp.codec.VrrpVersion;
import org.keepalived4j.vrrp.state.GarpParams;
import org.keepalived4j.vrrp.state.InstanceParams;
import org.keepalived4j.vrrp.state.NotifyScripts;
import org.keepalived4j.vrrp.state.VrrpState;

/**
 * Maps one {@code vrrp_instance} of the model (where config-parser already applied {@code global_defs} defaults,
 * strict mode and the address-owner rules) to the state machine's {@link InstanceParams}.
 *
 * <table>
 * <caption>Keywords and where they go</caption>
 * <tr><th>keyword</th><th>parameter</th></tr>
 * <tr><td>{@code virtual_router_id}, {@code priority}, {@code state}, {@code version}, {@code native_ipv6}</td>
 *     <td>vrid, priority, initialState, version, ipv6</td></tr>
 * <tr><td>{@code advert_int}</td><td>centiseconds (v2 whole seconds, v3 centiseconds, already rounded)</td></tr>
 * <tr><td>{@code nopreempt}, {@code preempt_delay}</td><td>nopreempt, preemptDelayUs</td></tr>
 * <tr><td>{@code authentication { auth_type PASS; auth_pass }}</td><td>PASS and the first 8 octets</td></tr>
 * <tr><td>{@code virtual_ipaddress}, {@code virtual_ipaddress_excluded}</td><td>{@link VirtualAddresses}</td></tr>
 * <tr><td>{@code unicast_src_ip}/{@code mcast_src_ip}, {@code unicast_peer}, {@code unicast_ttl},
 *     {@code check_unicast_src}</td><td>unicast fields (sending them is the packet layer's job)</td></tr>
 * <tr><td>{@code garp_*} (instance, else {@code vrrp_garp_*}), {@code garp_group} / {@code vrrp_garp_interval}
 *     / {@code vrrp_gna_interval}</td><td>{@link GarpParams}</td></tr>
 * <tr><td>{@code lower_prio_no_advert}, {@code higher_prio_send_advert}, {@code down_timer_adverts},
 *     {@code skip_check_adv_addr}, {@code old_unicast_checksum}</td><td>same names</td></tr>
 * <tr><td>{@code notify_master|backup|fault|stop}, {@code notify}</td><td>argv via {@link ScriptLauncher}</td></tr>
 * </table>
 *
 * Keywords the runtime does not act on are reported once through {@link KeywordWarnings}.
 */
public final class InstanceMapper {
    private final GlobalDefs globals;
    private final List<GarpGroup> garpGroups;
    private final ScriptLauncher scripts;
    private final KeywordWarnings warnings;

    /**
     * @param globals    {@code global_defs}
     * @param garpGroups {@code garp_group} blocks
     * @param scripts    turns notify scripts into argv
     * @param warnings   where unsupported keywords are reported
     */
    public InstanceMapper(GlobalDefs globals, List<GarpGroup> garpGroups, ScriptLauncher scripts,
                          KeywordWarnings warnings) {
        this.globals = globals;
        this.garpGroups = List.copyOf(garpGroups);
        this.scripts = scripts;
        this.warnings = warnings;
    }

    /**
     * Maps {@code v}.
     *
     * @param v             the instance
     * @param runInterface  the interface the instance runs on: its {@code interface}, or the VMAC's name with
     *                      {@code use_vmac}
     * @throws IllegalArgumentException with keepalived-style text when the instance cannot run
     */
    public InstanceParams map(VrrpInstance v, String runInterface) {
        String name = v.name();
        if (runInterface == null) {
            throw new IllegalArgumentException("(" + name + ") has no interface: unicast-only instances without"
                    + " interface are not supported");
        }
        warnUnsupported(v);
        InstanceParams.Builder b = InstanceParams.builder(name, v.virtualRouterId(), runInterface)
                .version(VrrpVersion.fromCode(v.version()))
                .ipv6(v.family() == IpFamily.INET6)
                .priority(v.priority())
                .state(v.initialState() == org.keepalived4j.config.model.vrrp.VrrpState.MASTER ? VrrpState.MASTER
                        : VrrpState.BACKUP)
                .advertIntCs(v.advertIntervalCentis())
                .nopreempt(v.nopreempt())
                .preemptDelayUs(v.preemptDelay() == null ? 0 : v.preemptDelay().toNanos() / 1_000)
                .vips(VirtualAddresses.mapAll(v.virtualIpAddresses(), name, warnings))
                .excludedVips(VirtualAddresses.mapAll(v.excludedIpAddresses(), name, warnings))
                .unicastSrcIp(v.sourceAddress())
                .unicastPeers(v.unicastPeers().stream().map(UnicastPeer::address).toList())
                .unicastTtl(v.ttl() < 1 || v.ttl() > 255 ? 255 : v.ttl())
                .checkUnicastSource(v.checkUnicastSrc())
                .garp(garp(v.garp(), v.interfaceName()))
                .lowerPrioNoAdvert(v.lowerPrioNoAdvert())
                .higherPrioSendAdvert(v.higherPrioSendAdvert())
                .downTimerAdverts(v.downTimerAdverts())
                .v3ChecksumMode(v.oldUnicastChecksum() == null || "never".equals(v.oldUnicastChecksum())
                        ? V3ChecksumMode.PSEUDO_HEADER : V3ChecksumMode.PSEUDO_HEADER_MULTICAST_DESTINATION)
                .skipCheckAdvAddr(v.skipCheckAdvAddr())
                .notifyScripts(notifyScripts(v.notifyScripts(), name));
        switch (v.authentication()) {
            case VrrpAuthentication.None n -> b.auth(AuthType.NONE, "");
            case VrrpAuthentication.Password p -> b.auth(AuthType.PASS, p.password());
            case VrrpAuthentication.Ah ah -> throw new IllegalArgumentException("(" + name + ") auth_type AH is not"
                    + " supported by keepalived4j; use PASS or none");
        }
        return b.build();
    }

    /** The state machine's notify scripts of an instance or sync group. */
    public NotifyScripts notifyScripts(org.keepalived4j.config.model.vrrp.NotifyScripts n, String owner) {
        if (n.deleted() != null || n.notifyDeleted()) {
            warnings.unsupported(owner, "notify_deleted", "a removed instance notifies STOP");
        }
        if (n.masterRxLowerPri() != null) {
            warnings.unsupported(owner, "notify_master_rx_lower_pri", "the event is only logged");
        }
        return new NotifyScripts(scripts.argvOrNone(n.master()), scripts.argvOrNone(n.backup()),
                scripts.argvOrNone(n.fault()), scripts.argvOrNone(n.stop()), scripts.argvOrNone(n.generic()));
    }

    /**
     * The GARP schedule: the instance's settings (the model already fell back to {@code vrrp_garp_*}), the
     * spacing from the {@code garp_group} naming the interface, else {@code vrrp_garp_interval} /
     * {@code vrrp_gna_interval}.
     */
    GarpParams garp(GarpSettings g, String interfaceName) {
        Duration arp = globals.vrrpGarpInterval();
        Duration na = globals.vrrpGnaInterval();
        for (GarpGroup group : garpGroups) {
            if (group.interfaces().contains(interfaceName)) {
                arp = group.garpInterval() != null ? group.garpInterval() : arp;
                na = group.gnaInterval() != null ? group.gnaInterval() : na;
                break;
            }
        }
        if (g.extraIfInterval() != null && !g.extraIfInterval().isZero()) {
            warnings.unsupported(null, "garp_extra_if", "gratuitous ARPs go on the instance's interface only");
        }
        return new GarpParams(us(g.masterDelay()), g.masterRepeat(), us(g.masterRefresh()),
                g.masterRefreshRepeat(), us(g.lowerPrioDelay()), g.lowerPrioRepeat(), us(arp), us(na));
    }

    private static long us(Duration d) {
        return d == null ? 0 : d.toNanos() / 1_000;
    }

    private void warnUnsupported(VrrpInstance v) {
        String n = v.name();
        if (v.vrf() != null) {
            warnings.unsupported(n, "vrf", "the instance runs in the default VRF");
        }
        if (v.ipvlan() != null) {
            warnings.unsupported(n, "use_ipvlan", "the instance runs on its interface");
        }
        if (!v.accept() && !v.addressOwner()) {
            warnings.unsupported(n, "accept (strict mode no-accept)", "packets to the VIPs are not filtered");
        }
        if (v.trackSourceAddress()) {
            warnings.unsupported(n, "track_src_ip", "the source address is not tracked");
        }
        if (v.kernelRxBufSize() != null) {
            warnings.unsupported(n, "kernel_rx_buf_size", "libpcap's buffer is used");
        }
        if (v.promoteSecondaries()) {
            warnings.unsupported(n, "promote_secondaries", "the kernel's setting is left alone");
        }
        if (v.linkbeatUsePolling()) {
            warnings.unsupported(n, "linkbeat_use_polling", "links are tracked through netlink");
        }
        if (v.lvsSyncDaemonInterface() != null) {
            warnings.unsupported(n, "lvs_sync_daemon_interface", "use lvs_sync_daemon in global_defs");
        }
        if (v.notifyPriorityChanges()) {
            warnings.unsupported(n, "notify_priority_changes", "priority changes are only logged");
        }
        if (v.unicastFaultNoPeer()) {
            warnings.unsupported(n, "unicast_fault_no_peer", "the instance starts normally");
        }
        InetAddress group = v.mcastGroup();
        if (group != null && !group.equals(GlobalDefs.VRRP_MCAST_GROUP4)
                && !group.equals(GlobalDefs.VRRP_MCAST_GROUP6)) {
            warnings.unsupported(n, "vrrp_mcast_group4/6", "adverts go to 224.0.0.18 / ff02::12");
        }
    }
}
