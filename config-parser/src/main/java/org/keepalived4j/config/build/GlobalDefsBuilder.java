package org.keepalived4j.config.build;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.DaemonSettings;
import org.keepalived4j.config.model.DynamicInterfaces;
import org.keepalived4j.config.model.GarpExtraIf;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.LvsFlushOnStop;
import org.keepalived4j.config.model.LvsSyncDaemon;
import org.keepalived4j.config.model.LvsTimeouts;
import org.keepalived4j.config.model.NetlinkRcvBufs;
import org.keepalived4j.config.model.Nftables;
import org.keepalived4j.config.model.NotifyFifo;
import org.keepalived4j.config.model.ProcessTuning;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.model.Snmp;
import org.keepalived4j.config.model.VrrpRxBufs;

/**
 * The mutable state the global keyword handlers fill in (keepalived's {@code global_data} while parsing); starts at
 * {@link GlobalDefs#defaults()}. Package-private: handlers assign the fields directly.
 */
final class GlobalDefsBuilder {

    private static final GlobalDefs D = GlobalDefs.defaults();

    String routerId;
    final List<String> notificationEmail = new ArrayList<>();
    String notificationEmailFrom;
    InetSocketAddress smtpServer;
    String smtpHelo;
    Duration smtpConnectTimeout = D.smtpConnectTimeout();
    Boolean smtpAlert;
    Boolean smtpAlertVrrp;
    Boolean smtpAlertChecker;
    boolean noEmailFaults;
    boolean noCheckerEmails;
    boolean enableScriptSecurity;
    String scriptUser;
    String scriptGroup;
    final FifoBuilder notifyFifo = new FifoBuilder("");
    final FifoBuilder vrrpNotifyFifo = new FifoBuilder("vrrp_");
    final FifoBuilder lvsNotifyFifo = new FifoBuilder("lvs_");
    String defaultInterface;
    InetAddress vrrpMcastGroup4 = D.vrrpMcastGroup4();
    InetAddress vrrpMcastGroup6 = D.vrrpMcastGroup6();
    Duration vrrpGarpMasterDelay = D.vrrpGarpMasterDelay();
    int vrrpGarpMasterRepeat = D.vrrpGarpMasterRepeat();
    Duration vrrpGarpMasterRefresh = D.vrrpGarpMasterRefresh();
    int vrrpGarpMasterRefreshRepeat = D.vrrpGarpMasterRefreshRepeat();
    Duration vrrpGarpLowerPrioDelay;
    Integer vrrpGarpLowerPrioRepeat;
    Duration vrrpGarpInterval = D.vrrpGarpInterval();
    Duration vrrpGnaInterval = D.vrrpGnaInterval();
    GarpExtraIf vrrpGarpExtraIf;
    int vrrpDownTimerAdverts = D.vrrpDownTimerAdverts();
    boolean vrrpLowerPrioNoAdvert;
    boolean vrrpHigherPrioSendAdvert;
    int vrrpVersion = D.vrrpVersion();
    boolean vrrpStrict;
    boolean vrrpCheckUnicastSrc;
    boolean vrrpSkipCheckAdvAddr;
    Duration vrrpStartupDelay = D.vrrpStartupDelay();
    boolean vrrpNotifyPriorityChanges;
    boolean fifoWriteVrrpStatesOnReload;
    DynamicInterfaces dynamicInterfaces = DynamicInterfaces.OFF;
    boolean disableLocalIgmp;
    boolean logUnknownVrids;
    String vmacPrefix;
    String vmacAddrPrefix;
    VrrpRxBufs.Policy rxBufsPolicy = VrrpRxBufs.Policy.DEFAULT;
    boolean rxBufsMtu;
    boolean rxBufsAdvert;
    long rxBufsSize;
    int rxBufsMultiplier = VrrpRxBufs.DEFAULT.multiplier();
    int maxAutoPriority = D.maxAutoPriority();
    Duration minAutoPriorityDelay = D.minAutoPriorityDelay();
    Duration lvsTimeoutTcp;
    Duration lvsTimeoutTcpFin;
    Duration lvsTimeoutUdp;
    LvsSyncDaemon lvsSyncDaemon;
    boolean lvsFlush;
    LvsFlushOnStop lvsFlushOnStop = LvsFlushOnStop.NONE;
    boolean checkerLogAllFailures;
    boolean rsInitNotifies;

    // daemon settings
    String instanceName;
    String netNamespace;
    String netNamespaceIpvs;
    boolean namespaceWithIpsets;
    boolean usePidDir;
    Duration childWaitTime;
    Integer umask;
    Long randomSeed;
    String processName;
    String vrrpProcessName;
    String checkerProcessName;
    String bfdProcessName;
    final Map<DaemonSettings.ChildProcess, TuningBuilder> tuning = new EnumMap<>(DaemonSettings.ChildProcess.class);
    ScriptCommand startupScript;
    Duration startupScriptTimeout = Duration.ZERO;
    ScriptCommand shutdownScript;
    Duration shutdownScriptTimeout = Duration.ZERO;
    String reloadCheckConfig;
    String reloadTimeFile;
    boolean reloadRepeat;
    String reloadFile;
    String configSaveDir;
    String tmpConfigDir;
    boolean dataUseInstance;

    final Map<NetlinkRcvBufs.Channel, NetlinkRcvBufs> netlinkRcvBufs = new EnumMap<>(NetlinkRcvBufs.Channel.class);
    String nftVrrpTable;
    int nftVrrpPriority = -1;
    boolean nftVrrpIfindex;
    String nftIpvsTable;
    int nftIpvsPriority = -1;
    long nftIpvsStartFwmark = Nftables.NONE.ipvsStartFwmark();
    boolean nftCounters;
    String snmpSocket;
    boolean snmpTraps;
    boolean snmpVrrp;
    boolean snmpRfcV2;
    boolean snmpRfcV3;
    boolean snmpChecker;
    boolean enableDbus;
    String dbusServiceName;
    SourcePosition position = SourcePosition.NONE;

    /** A notify FIFO being read: name, owner and script. */
    static final class FifoBuilder {
        final String type;
        String path;
        String user;
        String group;
        ScriptCommand script;
        SourcePosition position = SourcePosition.NONE;

        FifoBuilder(String type) {
            this.type = type;
        }

        NotifyFifo build() {
            if (path == null) {
                return null;
            }
            ScriptCommand s = script;
            if (s != null) {
                // keepalived adds the FIFO's name as the script's last parameter (vrrp_complete_init).
                List<String> args = new ArrayList<>(s.args());
                args.add(path);
                s = new ScriptCommand(args, s.user(), s.group(), s.position());
            }
            return new NotifyFifo(path, s, position, user, group);
        }
    }

    /** The scheduling of one child process being read. */
    static final class TuningBuilder {
        int nice;
        boolean noSwap;
        int realtimePriority;
        List<Integer> cpuAffinity = List.of();
        long rlimitRtTimeUs = ProcessTuning.DEFAULT_RLIMIT_RTTIME_US;

        ProcessTuning build() {
            return new ProcessTuning(nice, noSwap, realtimePriority, cpuAffinity, rlimitRtTimeUs);
        }
    }

    TuningBuilder tuning(DaemonSettings.ChildProcess p) {
        return tuning.computeIfAbsent(p, k -> new TuningBuilder());
    }

    /** The record; call after {@link GlobalSection#finish()} applied defaults. */
    GlobalDefs build() {
        Map<DaemonSettings.ChildProcess, ProcessTuning> t = new EnumMap<>(DaemonSettings.ChildProcess.class);
        tuning.forEach((k, v) -> t.put(k, v.build()));
        DaemonSettings daemon = new DaemonSettings(instanceName, netNamespace, netNamespaceIpvs, namespaceWithIpsets,
                usePidDir, childWaitTime, umask, randomSeed, processName, vrrpProcessName, checkerProcessName,
                bfdProcessName, t, startupScript, startupScriptTimeout, shutdownScript, shutdownScriptTimeout,
                new DaemonSettings.Reload(reloadCheckConfig, reloadTimeFile, reloadRepeat, reloadFile, configSaveDir,
                        tmpConfigDir, dataUseInstance));
        LvsTimeouts timeouts = lvsTimeoutTcp == null && lvsTimeoutTcpFin == null && lvsTimeoutUdp == null ? null
                : new LvsTimeouts(lvsTimeoutTcp, lvsTimeoutTcpFin, lvsTimeoutUdp);
        return new GlobalDefs(routerId, notificationEmail, notificationEmailFrom, smtpServer, smtpHelo,
                smtpConnectTimeout, smtpAlert != null && smtpAlert, smtpAlert != null, smtpAlertVrrp,
                smtpAlertChecker, noEmailFaults, noCheckerEmails, enableScriptSecurity, scriptUser, scriptGroup,
                notifyFifo.build(), vrrpNotifyFifo.build(), lvsNotifyFifo.build(), defaultInterface,
                vrrpMcastGroup4, vrrpMcastGroup6, vrrpGarpMasterDelay, vrrpGarpMasterRepeat, vrrpGarpMasterRefresh,
                vrrpGarpMasterRefreshRepeat, vrrpGarpLowerPrioDelay, vrrpGarpLowerPrioRepeat, vrrpGarpInterval,
                vrrpGnaInterval, vrrpGarpExtraIf, vrrpDownTimerAdverts, vrrpLowerPrioNoAdvert,
                vrrpHigherPrioSendAdvert, vrrpVersion, vrrpStrict, vrrpCheckUnicastSrc, vrrpSkipCheckAdvAddr,
                vrrpStartupDelay, vrrpNotifyPriorityChanges, fifoWriteVrrpStatesOnReload, dynamicInterfaces,
                disableLocalIgmp, logUnknownVrids, vmacPrefix, vmacAddrPrefix,
                new VrrpRxBufs(rxBufsPolicy, rxBufsSize, rxBufsMultiplier), maxAutoPriority, minAutoPriorityDelay,
                timeouts, lvsSyncDaemon, lvsFlush, lvsFlushOnStop, checkerLogAllFailures, rsInitNotifies, daemon,
                netlinkRcvBufs, new Nftables(nftVrrpTable, nftVrrpPriority, nftVrrpIfindex, nftIpvsTable,
                        nftIpvsPriority, nftIpvsStartFwmark, nftCounters),
                new Snmp(snmpSocket, snmpTraps, snmpVrrp, snmpRfcV2, snmpRfcV3, snmpChecker), enableDbus,
                dbusServiceName, position);
    }
}
