package org.keepalived4j.config.model;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * {@code global_defs} (and the top-level keywords that only set globals), with keepalived 2.2.7's defaults applied.
 * Values are never {@code null} unless documented as nullable.
 *
 * @param routerId                    {@code router_id}; default the host name
 * @param notificationEmail           {@code notification_email { }}
 * @param notificationEmailFrom       {@code notification_email_from}; nullable (keepalived: user@host once an SMTP
 *                                    server is set)
 * @param smtpServer                  {@code smtp_server IP|NAME [PORT]} (port 25); nullable; a name stays unresolved
 * @param smtpHelo                    {@code smtp_helo_name}; nullable (keepalived: the host name once an SMTP server
 *                                    is set)
 * @param smtpConnectTimeout          {@code smtp_connect_timeout}, default 30 s
 * @param smtpAlert                   {@code smtp_alert}, false if not given
 * @param smtpAlertConfigured         true if {@code smtp_alert} was given at all (real servers default to alerting
 *                                    only when neither smtp_alert nor smtp_alert_checker was given)
 * @param smtpAlertVrrp               {@code smtp_alert_vrrp}; nullable = follow smtp_alert
 * @param smtpAlertChecker            {@code smtp_alert_checker}; nullable = follow smtp_alert
 * @param noEmailFaults               {@code no_email_faults}
 * @param noCheckerEmails             {@code no_checker_emails}
 * @param enableScriptSecurity        {@code enable_script_security}
 * @param scriptUser                  {@code script_user USER}; nullable = keepalived_script if it exists, else root
 * @param scriptGroup                 {@code script_user USER GROUP}; nullable
 * @param notifyFifo                  {@code notify_fifo} + {@code notify_fifo_script}; nullable
 * @param vrrpNotifyFifo              {@code vrrp_notify_fifo} + script; nullable
 * @param lvsNotifyFifo               {@code lvs_notify_fifo} + script; nullable
 * @param defaultInterface            {@code default_interface}; nullable
 * @param vrrpMcastGroup4             {@code vrrp_mcast_group4}, default 224.0.0.18
 * @param vrrpMcastGroup6             {@code vrrp_mcast_group6}, default ff02::12
 * @param vrrpGarpMasterDelay         {@code vrrp_garp_master_delay}, default 5 s
 * @param vrrpGarpMasterRepeat        {@code vrrp_garp_master_repeat}, default 5
 * @param vrrpGarpMasterRefresh       {@code vrrp_garp_master_refresh}, default 0 (off)
 * @param vrrpGarpMasterRefreshRepeat {@code vrrp_garp_master_refresh_repeat}, default 1
 * @param vrrpGarpLowerPrioDelay      {@code vrrp_garp_lower_prio_delay}; after the build it is set (default: the
 *                                    master delay) - nullable only in {@link #defaults()}
 * @param vrrpGarpLowerPrioRepeat     {@code vrrp_garp_lower_prio_repeat}; likewise (default: the master repeat)
 * @param vrrpGarpInterval            {@code vrrp_garp_interval}, default 0
 * @param vrrpGnaInterval             {@code vrrp_gna_interval}, default 0
 * @param vrrpGarpExtraIf             {@code vrrp_garp_extra_if}; nullable
 * @param vrrpDownTimerAdverts        {@code vrrp_down_timer_adverts}, default 3
 * @param vrrpLowerPrioNoAdvert       {@code vrrp_lower_prio_no_advert}
 * @param vrrpHigherPrioSendAdvert    {@code vrrp_higher_prio_send_advert}
 * @param vrrpVersion                 {@code vrrp_version}, default 2
 * @param vrrpStrict                  {@code vrrp_strict}
 * @param vrrpCheckUnicastSrc         {@code vrrp_check_unicast_src}
 * @param vrrpSkipCheckAdvAddr        {@code vrrp_skip_check_adv_addr}
 * @param vrrpStartupDelay            {@code vrrp_startup_delay}, default 0
 * @param vrrpNotifyPriorityChanges   {@code vrrp_notify_priority_changes}
 * @param fifoWriteVrrpStatesOnReload {@code fifo_write_vrrp_states_on_reload}
 * @param dynamicInterfaces           {@code dynamic_interfaces [allow_if_changes]}
 * @param disableLocalIgmp            {@code disable_local_igmp}
 * @param logUnknownVrids             {@code log_unknown_vrids}
 * @param vmacPrefix                  {@code vmac_prefix}; nullable (keepalived: "vrrp")
 * @param vmacAddrPrefix              {@code vmac_addr_prefix}; nullable
 * @param vrrpRxBufs                  {@code vrrp_rx_bufs_policy} / {@code vrrp_rx_bufs_multiplier}
 * @param maxAutoPriority             {@code max_auto_priority}: 0 when not given (as keepalived: no automatic
 *                                    real-time priority), -1 disabled, else the SCHED_RR priority (99 without a value)
 * @param minAutoPriorityDelay        {@code min_auto_priority_delay}, default 1 s
 * @param lvsTimeouts                 {@code lvs_timeouts}; nullable
 * @param lvsSyncDaemon               {@code lvs_sync_daemon}; nullable
 * @param lvsFlush                    {@code lvs_flush}
 * @param lvsFlushOnStop              {@code lvs_flush_on_stop} (alias {@code lvs_flush_onstop}), default NONE
 * @param checkerLogAllFailures       {@code checker_log_all_failures}
 * @param rsInitNotifies              {@code rs_init_notifies}
 * @param daemon                      process-level settings (namespaces, names, scheduling, start/stop scripts)
 * @param netlinkRcvBufs              netlink socket receive buffers that were set
 * @param nftables                    nftables settings ({@link Nftables#NONE} when none)
 * @param snmp                        SNMP settings ({@link Snmp#DISABLED} when none)
 * @param enableDbus                  {@code enable_dbus}
 * @param dbusServiceName             {@code dbus_service_name}; nullable
 * @param position                    where global_defs began ({@link SourcePosition#NONE} if absent)
 */
public record GlobalDefs(
        String routerId,
        List<String> notificationEmail,
        String notificationEmailFrom,
        InetSocketAddress smtpServer,
        String smtpHelo,
        Duration smtpConnectTimeout,
        boolean smtpAlert,
        boolean smtpAlertConfigured,
        Boolean smtpAlertVrrp,
        Boolean smtpAlertChecker,
        boolean noEmailFaults,
        boolean noCheckerEmails,
        boolean enableScriptSecurity,
        String scriptUser,
        String scriptGroup,
        NotifyFifo notifyFifo,
        NotifyFifo vrrpNotifyFifo,
        NotifyFifo lvsNotifyFifo,
        String defaultInterface,
        InetAddress vrrpMcastGroup4,
        InetAddress vrrpMcastGroup6,
        Duration vrrpGarpMasterDelay,
        int vrrpGarpMasterRepeat,
        Duration vrrpGarpMasterRefresh,
        int vrrpGarpMasterRefreshRepeat,
        Duration vrrpGarpLowerPrioDelay,
        Integer vrrpGarpLowerPrioRepeat,
        Duration vrrpGarpInterval,
        Duration vrrpGnaInterval,
        GarpExtraIf vrrpGarpExtraIf,
        int vrrpDownTimerAdverts,
        boolean vrrpLowerPrioNoAdvert,
        boolean vrrpHigherPrioSendAdvert,
        int vrrpVersion,
        boolean vrrpStrict,
        boolean vrrpCheckUnicastSrc,
        boolean vrrpSkipCheckAdvAddr,
        Duration vrrpStartupDelay,
        boolean vrrpNotifyPriorityChanges,
        boolean fifoWriteVrrpStatesOnReload,
        DynamicInterfaces dynamicInterfaces,
        boolean disableLocalIgmp,
        boolean logUnknownVrids,
        String vmacPrefix,
        String vmacAddrPrefix,
        VrrpRxBufs vrrpRxBufs,
        int maxAutoPriority,
        Duration minAutoPriorityDelay,
        LvsTimeouts lvsTimeouts,
        LvsSyncDaemon lvsSyncDaemon,
        boolean lvsFlush,
        LvsFlushOnStop lvsFlushOnStop,
        boolean checkerLogAllFailures,
        boolean rsInitNotifies,
        DaemonSettings daemon,
        Map<NetlinkRcvBufs.Channel, NetlinkRcvBufs> netlinkRcvBufs,
        Nftables nftables,
        Snmp snmp,
        boolean enableDbus,
        String dbusServiceName,
        SourcePosition position) {

    /** keepalived's VRRP IPv4 multicast group (RFC 5798 §5.1.1.2). */
    public static final InetAddress VRRP_MCAST_GROUP4 = literal(new byte[] {(byte) 224, 0, 0, 18});
    /** keepalived's VRRP IPv6 multicast group (RFC 5798 §5.1.2.2). */
    public static final InetAddress VRRP_MCAST_GROUP6 =
            literal(new byte[] {(byte) 0xff, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x12});
    /** SMTP port when smtp_server gives none. */
    public static final int SMTP_PORT = 25;

    public GlobalDefs {
        Objects.requireNonNull(routerId, "routerId");
        notificationEmail = List.copyOf(notificationEmail);
        Objects.requireNonNull(smtpConnectTimeout, "smtpConnectTimeout");
        Objects.requireNonNull(vrrpMcastGroup4, "vrrpMcastGroup4");
        Objects.requireNonNull(vrrpMcastGroup6, "vrrpMcastGroup6");
        Objects.requireNonNull(dynamicInterfaces, "dynamicInterfaces");
        Objects.requireNonNull(vrrpRxBufs, "vrrpRxBufs");
        Objects.requireNonNull(lvsFlushOnStop, "lvsFlushOnStop");
        Objects.requireNonNull(daemon, "daemon");
        netlinkRcvBufs = netlinkRcvBufs.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(netlinkRcvBufs));
        Objects.requireNonNull(nftables, "nftables");
        Objects.requireNonNull(snmp, "snmp");
        Objects.requireNonNull(position, "position");
    }

    /**
     * The globals of a config without {@code global_defs}, router id "localhost" (the builder uses the host name).
     * The lower-priority GARP values are left {@code null} here (= follow the master values).
     */
    public static GlobalDefs defaults() {
        return new GlobalDefs("localhost", List.of(), null, null, null, Duration.ofSeconds(30),
                false, false, null, null, false, false,
                false, null, null, null, null, null,
                null, VRRP_MCAST_GROUP4, VRRP_MCAST_GROUP6,
                Duration.ofSeconds(5), 5, Duration.ZERO, 1, null, null, Duration.ZERO, Duration.ZERO, null, 3,
                false, false, 2, false, false, false, Duration.ZERO, false, false,
                DynamicInterfaces.OFF, false, false, null, null, VrrpRxBufs.DEFAULT, 0, Duration.ofSeconds(1),
                null, null, false, LvsFlushOnStop.NONE, false, false,
                new DaemonSettings(null, null, null, false, false, null, null, null, null, null, null, null,
                        Map.of(), null, Duration.ZERO, null, Duration.ZERO, DaemonSettings.Reload.DEFAULT),
                Map.of(), Nftables.NONE, Snmp.DISABLED, false, null, SourcePosition.NONE);
    }

    /** Whether a VRRP instance or sync group without its own {@code smtp_alert} sends mail (keepalived's default). */
    public boolean vrrpSmtpAlertDefault() {
        return smtpAlertVrrp != null ? smtpAlertVrrp : smtpAlert;
    }

    /** Whether a virtual server without its own {@code smtp_alert} sends mail. */
    public boolean virtualServerSmtpAlertDefault() {
        return smtpAlertChecker != null ? smtpAlertChecker : smtpAlert;
    }

    /**
     * Whether a real server without its own {@code smtp_alert} sends mail: as keepalived, true when neither
     * smtp_alert_checker nor smtp_alert was given (kept for backwards compatibility).
     */
    public boolean realServerSmtpAlertDefault() {
        if (smtpAlertChecker != null) {
            return smtpAlertChecker;
        }
        return smtpAlertConfigured ? smtpAlert : true;
    }

    private static InetAddress literal(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (java.net.UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
