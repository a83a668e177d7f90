package org.keepalived4j.config.build;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.model.lvs.AddressFamily;
import org.keepalived4j.config.model.lvs.Forwarding;
import org.keepalived4j.config.model.lvs.Protocol;
import org.keepalived4j.config.model.lvs.Scheduler;
import org.keepalived4j.config.model.lvs.ServiceFlag;
import org.keepalived4j.config.model.lvs.VsgFwmark;
import org.keepalived4j.config.model.lvs.VsgRange;

/**
 * The mutable state of the LVS blocks while they are read, mirroring keepalived's structures (with its "unset"
 * markers as {@code null}), so that defaults and inheritance can be resolved afterwards exactly as
 * {@code validate_check_config} does.
 */
final class LvsDrafts {

    /** keepalived's TIMER_HZ: timers are micro-seconds. */
    static final long SECOND_US = 1_000_000L;

    private LvsDrafts() {
    }

    /** A {@code virtual_server_group} being read. */
    static final class Group {
        final String name;
        final SourcePosition position;
        final List<VsgRange> ranges = new ArrayList<>();
        final List<VsgFwmark> fwmarks = new ArrayList<>();
        boolean haveIpv4;
        boolean haveIpv6;
        boolean fwmarkNoFamily;

        Group(String name, SourcePosition position) {
            this.name = name;
            this.position = position;
        }
    }

    /** A {@code virtual_server} being read ({@code virtual_server_t}). */
    static final class Vs {
        final SourcePosition position;
        String groupName;
        Long fwmark;
        InetSocketAddress address;
        AddressFamily af;
        Protocol protocol;
        Scheduler scheduler;
        final EnumSet<ServiceFlag> flags = EnumSet.noneOf(ServiceFlag.class);
        Forwarding forwarding;
        long persistenceTimeoutS;
        String persistenceEngine;
        int persistenceGranularity = -1;
        boolean haSuspend;
        String virtualhost;
        Boolean smtpAlert;
        boolean alpha;
        boolean omega;
        long quorum = 1;
        long hysteresis;
        ScriptCommand quorumUp;
        ScriptCommand quorumDown;
        long connectTimeoutUs = 5 * SECOND_US;
        long delayLoopUs = 60 * SECOND_US;
        Long warmupUs;
        Long retry;
        Long delayBeforeRetryUs;
        long weight = 1;
        boolean inhibit;
        Sorry sorry;
        final List<Rs> realServers = new ArrayList<>();
        String snmpName;

        Vs(SourcePosition position) {
            this.position = position;
        }
    }

    /** A {@code sorry_server}. */
    static final class Sorry {
        final SourcePosition position;
        InetSocketAddress address;
        Forwarding forwarding;
        boolean inhibit;
        boolean duplicatesRs;

        Sorry(SourcePosition position, InetSocketAddress address, Forwarding forwarding) {
            this.position = position;
            this.address = address;
            this.forwarding = forwarding;
        }
    }

    /** A {@code real_server} being read ({@code real_server_t}). */
    static final class Rs {
        final Vs vs;
        final SourcePosition position;
        InetSocketAddress address;
        /** The address as written, which checks copy when their block opens. */
        final InetSocketAddress writtenAddress;
        Forwarding forwarding;
        Long weight;
        Boolean alpha;
        Boolean inhibit;
        long upperThreshold;
        long lowerThreshold;
        ScriptCommand notifyUp;
        ScriptCommand notifyDown;
        Long connectTimeoutUs;
        Long delayLoopUs;
        Long warmupUs;
        Long retry;
        Long delayBeforeRetryUs;
        Boolean smtpAlert;
        String virtualhost;
        String snmpName;
        final List<CheckDrafts.Base> checks = new ArrayList<>();

        Rs(Vs vs, SourcePosition position, InetSocketAddress address) {
            this.vs = vs;
            this.position = position;
            this.address = address;
            this.writtenAddress = address;
            this.forwarding = vs.forwarding;
        }

        AddressFamily family() {
            return AddressFamily.of(address.getAddress());
        }
    }

    /** A check's connection options ({@code conn_opts_t}) being read. */
    static final class Conn {
        /** {@code null} while unset (SMTP only: the real server's address is filled in at the end). */
        InetAddress dst;
        int dstPort;
        InetAddress bindAddress;
        int bindPort;
        String bindIf;
        Long timeoutUs;
        long fwmark;

        static Conn toRealServer(Rs rs) {
            Conn c = new Conn();
            c.dst = rs.writtenAddress.getAddress();
            c.dstPort = rs.writtenAddress.getPort();
            return c;
        }
    }
}
