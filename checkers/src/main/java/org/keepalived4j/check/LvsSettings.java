package org.keepalived4j.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keepalived4j.check.health.RealServerHealth;
import org.keepalived4j.check.health.VirtualServerHealth;
import org.keepalived4j.check.ipvs.IpvsMapping;
import org.keepalived4j.check.ipvs.IpvsSettings;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.config.model.LvsFlushOnStop;
import org.keepalived4j.config.model.LvsSyncDaemon;
import org.keepalived4j.config.model.LvsTimeouts;
import org.keepalived4j.config.model.lvs.RealServer;
import org.keepalived4j.config.model.lvs.VirtualServer;
import org.keepalived4j.config.model.lvs.VirtualServerKey;
import org.keepalived4j.config.model.vrrp.VrrpInstance;
import org.keepalived4j.netlink.ipvs.IpvsServiceKey;
import org.keepalived4j.netlink.ipvs.IpvsTimeouts;
import org.keepalived4j.netlink.ipvs.SyncDaemon;

/** What {@link LvsRuntime} derives from a configuration's {@code global_defs}, and its start-up and stop lines. */
final class LvsSettings {

    private LvsSettings() {
    }

    /** The IPVS owner's settings ({@code lvs_flush}, {@code lvs_flush_on_stop}, timeouts, sync daemon). */
    static IpvsSettings ipvs(KeepalivedConfig config, Duration resyncInterval, boolean dontRelease) {
        GlobalDefs g = config.globalDefs();
        Optional<SyncDaemon> sync = syncDaemon(config);
        return new IpvsSettings(resyncInterval, g.lvsFlush(), g.lvsFlushOnStop(), !dontRelease,
                timeouts(g.lvsTimeouts()), sync.orElse(null),
                sync.isPresent() && g.lvsSyncDaemon().vrrpInstance() != null);
    }

    /** The VRRP instance the sync daemon follows, or null. */
    static String syncInstance(KeepalivedConfig config) {
        LvsSyncDaemon s = config.globalDefs().lvsSyncDaemon();
        return s == null ? null : s.vrrpInstance();
    }

    /** Problems to log once at start or reload, worded as keepalived's. */
    static List<String> problems(KeepalivedConfig config) {
        List<String> out = new ArrayList<>();
        LvsSyncDaemon s = config.globalDefs().lvsSyncDaemon();
        if (s != null && s.vrrpInstance() != null && instance(config, s.vrrpInstance()).isEmpty()) {
            out.add("Unable to find vrrp instance " + s.vrrpInstance()
                    + " for lvs_syncd - clearing lvs_syncd config");
        }
        for (VirtualServer vs : config.lvs().virtualServers()) {
            IpvsServiceKey key = firstKey(vs);
            for (RealServer rs : vs.realServers()) {
                String line = key == null ? null : IpvsMapping.thresholdProblem(key, rs.address(), rs.forwarding(),
                        rs.upperThreshold(), rs.lowerThreshold());
                if (line != null) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    /** keepalived's {@code clear_service_rs} lines at shutdown (only when it clears real servers one by one). */
    static List<String> shutdownLines(List<VirtualServerHealth> virtualServers, KeepalivedConfig config) {
        List<String> out = new ArrayList<>();
        if (config.globalDefs().lvsFlushOnStop() != LvsFlushOnStop.NONE) {
            return out;
        }
        for (VirtualServerHealth vsh : virtualServers) {
            for (RealServerHealth rs : vsh.realServers()) {
                String inhibited = rs.config().inhibitOnFailure() && !rs.alive() ? "(inhibited) " : "";
                out.add("Shutting down " + inhibited + "service " + rs.text() + " from VS " + vsh.text());
            }
        }
        return out;
    }

    private static IpvsServiceKey firstKey(VirtualServer vs) {
        return switch (vs.key()) {
            case VirtualServerKey.Address a -> IpvsServiceKey.of(IpvsMapping.protocol(vs.protocol()),
                    a.address().getAddress(), a.address().getPort());
            case VirtualServerKey.Fwmark f -> IpvsMapping.fwmark(vs.family(), f.fwmark());
            case VirtualServerKey.Group g -> null;
        };
    }

    private static Optional<SyncDaemon> syncDaemon(KeepalivedConfig config) {
        LvsSyncDaemon s = config.globalDefs().lvsSyncDaemon();
        if (s == null) {
            return Optional.empty();
        }
        int syncId = s.syncId();
        if (s.vrrpInstance() != null) {
            Optional<VrrpInstance> vi = instance(config, s.vrrpInstance());
            if (vi.isEmpty()) {
                return Optional.empty();
            }
            if (syncId == LvsSyncDaemon.SYNC_ID_FROM_VRID) {
                syncId = vi.get().virtualRouterId();
            }
        }
        if (syncId == LvsSyncDaemon.SYNC_ID_FROM_VRID) {
            syncId = 0;
        }
        return Optional.of(new SyncDaemon(SyncDaemon.State.BACKUP, s.interfaceName(), syncId,
                s.maxLen() == null ? 0 : s.maxLen(), s.group(), s.port() == null ? 0 : s.port(),
                s.ttl() == null ? 0 : s.ttl()));
    }

    private static Optional<VrrpInstance> instance(KeepalivedConfig config, String name) {
        return config.vrrp().instances().stream().filter(i -> i.name().equals(name)).findFirst();
    }

    private static IpvsTimeouts timeouts(LvsTimeouts t) {
        if (t == null) {
            return null;
        }
        IpvsTimeouts out = new IpvsTimeouts(seconds(t.tcp()), seconds(t.tcpFin()), seconds(t.udp()));
        return out.tcpSeconds() == 0 && out.tcpFinSeconds() == 0 && out.udpSeconds() == 0 ? null : out;
    }

    private static int seconds(Duration d) {
        return d == null ? 0 : (int) Math.min(d.toSeconds(), Integer.MAX_VALUE);
    }

    /** The {@code track_file}s that the config's FILE_CHECKs name, in config order. */
    static List<org.keepalived4j.config.model.vrrp.TrackFile> fileCheckTrackFiles(KeepalivedConfig config) {
        java.util.Set<String> used = new java.util.HashSet<>();
        for (VirtualServer vs : config.lvs().virtualServers()) {
            for (org.keepalived4j.config.model.lvs.RealServer rs : vs.realServers()) {
                for (org.keepalived4j.config.model.lvs.Check c : rs.checks()) {
                    if (c instanceof org.keepalived4j.config.model.lvs.FileCheck f) {
                        used.add(f.trackFile());
                    }
                }
            }
        }
        return config.vrrp().trackFiles().stream().filter(t -> used.contains(t.name())).toList();
    }
}
