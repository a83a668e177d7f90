package org.keepalived4j.config.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.LvsConfig;
import org.keepalived4j.config.model.lvs.AddressFamily;
import org.keepalived4j.config.model.lvs.Check;
import org.keepalived4j.config.model.lvs.CheckSettings;
import org.keepalived4j.config.model.lvs.Forwarding;
import org.keepalived4j.config.model.lvs.LvsNames;
import org.keepalived4j.config.model.lvs.Protocol;
import org.keepalived4j.config.model.lvs.RealServer;
import org.keepalived4j.config.model.lvs.Scheduler;
import org.keepalived4j.config.model.lvs.ServiceFlag;
import org.keepalived4j.config.model.lvs.SorryServer;
import org.keepalived4j.config.model.lvs.SslContextConfig;
import org.keepalived4j.config.model.lvs.VirtualServer;
import org.keepalived4j.config.model.lvs.VirtualServerGroup;
import org.keepalived4j.config.model.lvs.VirtualServerKey;
import org.keepalived4j.config.model.lvs.VsgRange;

/**
 * What keepalived does once the whole file is read, in its order: {@code link_vsg_to_vs} (group references and
 * families), {@code validate_check_config} (protocol, scheduler, forwarding and persistence defaults, duplicate real
 * servers, quorum and hysteresis, real-server ports) and the defaults checks take from their real and virtual
 * server. Then the model is built.
 *
 * <p>keepalived prints these messages without a line number (the file has been read); so do we. What keepalived only
 * logs (and does not count as a config error) is a {@link ConfigErrorKind#NOTICE} at the virtual server's line.
 */
final class LvsValidator {

    private static final long UINT_MASK = 0xFFFF_FFFFL;

    private final BuildContext ctx;
    private final LvsGlobals globals;
    private final Predicate<String> trackFileExists;
    private final Map<LvsDrafts.Vs, Integer> memberIndex = new HashMap<>();
    private final Map<String, LvsDrafts.Group> groupsByName = new LinkedHashMap<>();

    /**
     * @param trackFileExists whether a usable top-level {@code track_file} of that name exists
     */
    LvsValidator(BuildContext ctx, LvsGlobals globals, Predicate<String> trackFileExists) {
        this.ctx = ctx;
        this.globals = globals;
        this.trackFileExists = trackFileExists;
    }

    LvsConfig validate(List<LvsDrafts.Group> groups, List<LvsDrafts.Vs> servers, SslContextConfig ssl) {
        Map<LvsDrafts.Group, VirtualServerGroup> groupModels = new LinkedHashMap<>();
        for (LvsDrafts.Group g : groups) {
            groupsByName.putIfAbsent(g.name, g);
            groupModels.put(g, new VirtualServerGroup(g.name, g.ranges, g.fwmarks, g.position));
        }
        List<LvsDrafts.Vs> live = link(servers);
        List<VirtualServer> out = new ArrayList<>();
        for (LvsDrafts.Vs vs : live) {
            if (validate(vs)) {
                out.add(toModel(vs, groupModels));
            }
        }
        return new LvsConfig(List.copyOf(groupModels.values()), out, ssl);
    }

    /** keepalived's {@code link_vsg_to_vs}. */
    private List<LvsDrafts.Vs> link(List<LvsDrafts.Vs> servers) {
        List<LvsDrafts.Vs> live = new ArrayList<>();
        for (LvsDrafts.Vs vs : servers) {
            if (vs.groupName == null) {
                live.add(vs);
                continue;
            }
            LvsDrafts.Group g = groupsByName.get(vs.groupName);
            String name = "[" + vs.groupName + "]:0";
            if (g == null) {
                notice(vs, "Virtual server group " + vs.groupName + " specified but not configured"
                        + " - ignoring virtual server " + name);
                continue;
            }
            AddressFamily vsgAf = g.haveIpv4 == g.haveIpv6 ? null
                    : g.haveIpv4 ? AddressFamily.INET : AddressFamily.INET6;
            if (g.haveIpv4 && g.haveIpv6 && vs.af != null) {
                notice(vs, vs.groupName + ": virtual server group with IPv4 & IPv6 doesn't match virtual server "
                        + name + " - ignoring");
                continue;
            }
            if ((g.haveIpv4 && vs.af == AddressFamily.INET6) || (g.haveIpv6 && vs.af == AddressFamily.INET)) {
                notice(vs, vs.groupName + ": address family doesn't match virtual server " + name + " - ignoring");
                continue;
            }
            if (vsgAf != null) {
                vs.af = vsgAf;
            } else if (vs.af == null && g.fwmarkNoFamily) {
                notice(vs, vs.groupName + ": Virtual server " + name
                        + " address family cannot be determined, defaulting to IPv4");
            }
            live.add(vs);
        }
        Map<String, Integer> next = new HashMap<>();
        for (LvsDrafts.Vs vs : live) {
            if (vs.groupName != null) {
                memberIndex.put(vs, next.merge(vs.groupName, 1, Integer::sum) - 1);
            }
        }
        return live;
    }

    private void notice(LvsDrafts.Vs vs, String message) {
        ctx.report(ConfigErrorKind.NOTICE, vs.position, message);
    }

    private void error(String message) {
        ctx.report(ConfigErrorKind.GENERAL_ERROR, SourcePosition.NONE, message);
    }

    private String fmt(LvsDrafts.Vs vs) {
        if (vs.groupName != null) {
            return "[" + vs.groupName + "]:" + memberIndex.getOrDefault(vs, 0);
        }
        if (vs.fwmark != null) {
            return "FWM " + vs.fwmark;
        }
        return LvsNames.trio(vs.address, protocol(vs));
    }

    private static Protocol protocol(LvsDrafts.Vs vs) {
        return vs.protocol == null ? Protocol.NONE : vs.protocol;
    }

    private String fmt(LvsDrafts.Rs rs, LvsDrafts.Vs vs) {
        return LvsNames.trio(rs.address, protocol(vs));
    }

    /** keepalived's {@code validate_check_config} for one virtual server; false drops it. */
    private boolean validate(LvsDrafts.Vs vs) {
        if (vs.realServers.isEmpty()) {
            error("Virtual server " + fmt(vs) + " has no real servers - ignoring");
            return false;
        }
        LvsDrafts.Group g = vs.groupName == null ? null : groupsByName.get(vs.groupName);
        if (vs.haSuspend && (vs.fwmark != null || (g != null && !g.fwmarks.isEmpty()))) {
            error("Virtual server " + fmt(vs) + ": cannot use ha_suspend with fwmarks - clearing ha_suspend");
            vs.haSuspend = false;
        }
        if ((g != null && !g.ranges.isEmpty()) || (g == null && vs.fwmark == null)) {
            if (vs.protocol == null) {
                error("Virtual server " + fmt(vs) + ": no protocol set - defaulting to UDP");
                vs.protocol = Protocol.UDP;
            }
            if (vs.flags.contains(ServiceFlag.ONE_PACKET) && vs.protocol != Protocol.UDP) {
                error("Virtual server " + fmt(vs) + ": one packet scheduling requires UDP - resetting");
                vs.flags.remove(ServiceFlag.ONE_PACKET);
            }
            if (vs.persistenceTimeoutS == 0 && g == null && vs.fwmark == null && vs.address.getPort() == 0) {
                error("Virtual server " + fmt(vs) + ": zero port only valid for persistent services - setting");
                vs.persistenceTimeoutS = LvsVirtualServerTable.DEFAULT_PERSISTENCE_S;
            }
        }
        if (vs.persistenceTimeoutS == 0 && g != null) {
            for (VsgRange r : g.ranges) {
                if (r.port() == 0) {
                    error("Virtual server " + fmt(vs) + ": zero port only valid for persistent services - setting");
                    vs.persistenceTimeoutS = LvsVirtualServerTable.DEFAULT_PERSISTENCE_S;
                    break;
                }
            }
        }
        if (vs.protocol != null && ((g != null && g.ranges.isEmpty() && !g.fwmarks.isEmpty())
                || (g == null && vs.fwmark != null))) {
            error("Warning: Virtual server " + fmt(vs) + ": protocol specified for fwmark - protocol will be ignored");
            vs.protocol = null;
        }
        if (vs.scheduler == null) {
            error("Virtual server " + fmt(vs) + ": no scheduler set, setting default 'wlc'");
            vs.scheduler = Scheduler.WLC;
        }
        if (vs.smtpAlert == null) {
            vs.smtpAlert = globals.checkerDefault(false);
        }
        long weightSum = 0;
        List<LvsDrafts.Rs> kept = new ArrayList<>();
        for (LvsDrafts.Rs rs : vs.realServers) {
            if (kept.stream().anyMatch(o -> o.address.equals(rs.address))) {
                error("VS " + fmt(vs) + ": real server " + fmt(rs, vs) + " is duplicated - removing second rs");
                continue;
            }
            kept.add(rs);
            if (rs.forwarding == null) {
                rs.forwarding = vsForwarding(vs);
            }
            inherit(rs, vs);
            weightSum = (weightSum + rs.weight) & UINT_MASK;
            if (vs.sorry != null && vs.sorry.address.equals(rs.address)) {
                if (vs.sorry.inhibit != rs.inhibit) {
                    error("Virtual server " + fmt(vs) + ": real server " + fmt(rs, vs)
                            + " matches sorry server, but inhibit setting differs, "
                            + (rs.inhibit ? "sett" : "clear") + "ing on sorry server");
                    vs.sorry.inhibit = rs.inhibit;
                }
                vs.sorry.duplicatesRs = true;
            }
        }
        vs.realServers.clear();
        vs.realServers.addAll(kept);
        if (vs.sorry != null && vs.sorry.forwarding == null) {
            vs.sorry.forwarding = vsForwarding(vs);
        }
        if (vs.quorum > weightSum) {
            error("Warning - quorum " + vs.quorum + " for " + fmt(vs) + " exceeds total weight of real servers "
                    + weightSum + ", reducing quorum to " + weightSum);
            vs.quorum = weightSum;
        }
        if (vs.hysteresis >= vs.quorum) {
            long h = (vs.quorum - 1) & UINT_MASK;
            error("Virtual server " + fmt(vs) + ": hysteresis " + vs.hysteresis + " >= quorum " + vs.quorum
                    + "; setting hysteresis to " + h);
            vs.hysteresis = h;
        }
        LvsPorts.check(vs, g, this::fmt, this::error);
        resolveChecks(vs);
        return true;
    }

    private Forwarding vsForwarding(LvsDrafts.Vs vs) {
        if (vs.forwarding == null) {
            error("Virtual server " + fmt(vs) + ": no forwarding method set, setting default NAT");
            vs.forwarding = Forwarding.NAT;
        }
        return vs.forwarding;
    }

    /** A real server takes what it does not set from its virtual server. */
    private void inherit(LvsDrafts.Rs rs, LvsDrafts.Vs vs) {
        if (rs.alpha == null) {
            rs.alpha = vs.alpha;
        }
        if (rs.inhibit == null) {
            rs.inhibit = vs.inhibit;
        }
        if (rs.retry == null) {
            rs.retry = vs.retry;
        }
        if (rs.connectTimeoutUs == null) {
            rs.connectTimeoutUs = vs.connectTimeoutUs;
        }
        if (rs.delayLoopUs == null) {
            rs.delayLoopUs = vs.delayLoopUs;
        }
        if (rs.warmupUs == null) {
            rs.warmupUs = vs.warmupUs;
        }
        if (rs.delayBeforeRetryUs == null) {
            rs.delayBeforeRetryUs = vs.delayBeforeRetryUs;
        }
        if (rs.weight == null) {
            rs.weight = vs.weight;
        }
        if (rs.smtpAlert == null) {
            rs.smtpAlert = globals.checkerDefault(true);
        }
    }

    /** Checks take what they do not set from their real server, else their type's default. */
    private void resolveChecks(LvsDrafts.Vs vs) {
        for (LvsDrafts.Rs rs : vs.realServers) {
            rs.checks.removeIf(c -> !trackFileKnown(c));
            for (CheckDrafts.Base c : rs.checks) {
                if (c.conn != null && c.conn.timeoutUs == null) {
                    c.conn.timeoutUs = rs.connectTimeoutUs;
                }
                if (c.conn != null && c.conn.dst == null) {
                    c.conn.dst = rs.writtenAddress.getAddress();
                }
            }
        }
    }

    private boolean trackFileKnown(CheckDrafts.Base c) {
        if (!(c instanceof CheckDrafts.File f) || (f.declaredBefore && trackFileExists.test(f.trackFile))) {
            return true;
        }
        ctx.report(ConfigErrorKind.GENERAL_ERROR, f.trackFilePosition, "track_file " + f.trackFile + " not found");
        ctx.report(ConfigErrorKind.GENERAL_ERROR, f.closePosition, "FILE_CHECK has no track_file specified - ignoring");
        return false;
    }

    private static CheckSettings settings(CheckDrafts.Base c, LvsDrafts.Rs rs) {
        long retry = c.retry != null ? c.retry : rs.retry != null ? rs.retry : c.defaultRetry;
        long delayLoop = c.delayLoopUs != null ? c.delayLoopUs : rs.delayLoopUs;
        long warmup = c.warmupUs != null ? c.warmupUs : rs.warmupUs != null ? rs.warmupUs : delayLoop;
        long dbr = c.delayBeforeRetryUs != null ? c.delayBeforeRetryUs
                : rs.delayBeforeRetryUs != null ? rs.delayBeforeRetryUs
                : c.defaultDelayBeforeRetryUs != 0 ? c.defaultDelayBeforeRetryUs : delayLoop;
        boolean alpha = c.alpha != null ? c.alpha : rs.alpha;
        return new CheckSettings(us(delayLoop), us(warmup), retry, us(dbr), alpha, c.logAllFailures);
    }

    static Duration us(long micros) {
        return Duration.ofSeconds(micros / 1_000_000, (micros % 1_000_000) * 1000);
    }

    private VirtualServer toModel(LvsDrafts.Vs vs, Map<LvsDrafts.Group, VirtualServerGroup> groups) {
        VirtualServerKey key;
        if (vs.groupName != null) {
            key = new VirtualServerKey.Group(groups.get(groupsByName.get(vs.groupName)), memberIndex.get(vs));
        } else if (vs.fwmark != null) {
            key = new VirtualServerKey.Fwmark(vs.fwmark);
        } else {
            key = new VirtualServerKey.Address(vs.address);
        }
        List<RealServer> rss = new ArrayList<>();
        for (LvsDrafts.Rs rs : vs.realServers) {
            List<Check> checks = new ArrayList<>();
            for (CheckDrafts.Base c : rs.checks) {
                checks.addAll(c.toChecks(c.periodic() ? settings(c, rs) : null, vs));
            }
            rss.add(new RealServer(rs.address, rs.weight, rs.forwarding, rs.inhibit, rs.alpha, rs.upperThreshold,
                    rs.lowerThreshold, rs.notifyUp, rs.notifyDown, rs.smtpAlert, rs.virtualhost, rs.snmpName,
                    checks, rs.position));
        }
        SorryServer sorry = vs.sorry == null ? null : new SorryServer(vs.sorry.address, vs.sorry.forwarding,
                vs.sorry.inhibit, vs.sorry.duplicatesRs, vs.sorry.position);
        return new VirtualServer(key, vs.af == null ? AddressFamily.INET : vs.af, protocol(vs), vs.scheduler,
                vs.flags, vs.forwarding == null ? Forwarding.NAT : vs.forwarding,
                Duration.ofSeconds(vs.persistenceTimeoutS), vs.persistenceEngine, vs.persistenceGranularity,
                vs.haSuspend, vs.virtualhost, vs.smtpAlert, vs.alpha, vs.omega, vs.quorum, vs.hysteresis,
                vs.quorumUp, vs.quorumDown, us(vs.delayLoopUs), sorry, rss, vs.snmpName, vs.position);
    }

}
