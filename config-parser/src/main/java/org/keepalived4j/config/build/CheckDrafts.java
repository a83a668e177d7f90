package org.keepalived4j.config.build;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.model.lvs.Check;
import org.keepalived4j.config.model.lvs.CheckConnection;
import org.keepalived4j.config.model.lvs.CheckSettings;
import org.keepalived4j.config.model.lvs.DnsCheck;
import org.keepalived4j.config.model.lvs.DnsType;
import org.keepalived4j.config.model.lvs.FileCheck;
import org.keepalived4j.config.model.lvs.HexPattern;
import org.keepalived4j.config.model.lvs.HttpGetCheck;
import org.keepalived4j.config.model.lvs.HttpProtocol;
import org.keepalived4j.config.model.lvs.MiscCheck;
import org.keepalived4j.config.model.lvs.PingCheck;
import org.keepalived4j.config.model.lvs.SmtpCheck;
import org.keepalived4j.config.model.lvs.SslGetCheck;
import org.keepalived4j.config.model.lvs.StatusCodes;
import org.keepalived4j.config.model.lvs.TcpCheck;
import org.keepalived4j.config.model.lvs.UdpCheck;
import org.keepalived4j.config.model.lvs.UrlCheck;
import org.keepalived4j.config.model.lvs.UrlRegex;

/**
 * Checks being read ({@code checker_t} plus each type's data), and how each becomes its model record once the
 * settings it inherits are known.
 */
final class CheckDrafts {

    private CheckDrafts() {
    }

    /** What every check has; {@code null} means "not set here" (keepalived's UINT_MAX / -1 markers). */
    abstract static class Base {
        final SourcePosition position;
        Long retry;
        Long delayBeforeRetryUs;
        Long warmupUs;
        Long delayLoopUs;
        Boolean alpha;
        boolean logAllFailures;
        long defaultRetry = 1;
        long defaultDelayBeforeRetryUs = LvsDrafts.SECOND_US;
        /** The connection options; {@code null} for checks without a socket. */
        LvsDrafts.Conn conn;
        /** The real server the check belongs to. */
        LvsDrafts.Rs rs;

        Base(SourcePosition position) {
            this.position = position;
        }

        /** The model records for this check (SMTP with host blocks gives several). */
        abstract List<Check> toChecks(CheckSettings settings, LvsDrafts.Vs vs);

        /** True for checks that run periodically (all but FILE_CHECK). */
        boolean periodic() {
            return true;
        }
    }

    static CheckConnection connection(LvsDrafts.Conn c) {
        return new CheckConnection(new InetSocketAddress(c.dst, c.dstPort), c.bindAddress, c.bindPort, c.bindIf,
                Duration.ofNanos(c.timeoutUs * 1000), c.fwmark);
    }

    /** TCP_CHECK. */
    static final class Tcp extends Base {
        Tcp(SourcePosition position) {
            super(position);
        }

        @Override
        List<Check> toChecks(CheckSettings settings, LvsDrafts.Vs vs) {
            return List.of(new TcpCheck(settings, connection(conn), position));
        }
    }

    /** PING_CHECK. */
    static final class Ping extends Base {
        Ping(SourcePosition position) {
            super(position);
        }

        @Override
        List<Check> toChecks(CheckSettings settings, LvsDrafts.Vs vs) {
            return List.of(new PingCheck(settings, connection(conn), position));
        }
    }

    /** One {@code url} block. */
    static final class Url {
        final SourcePosition position;
        String path;
        String digest;
        final List<StatusCodes.Range> codes = new ArrayList<>();
        String virtualhost;
        String regex;
        final List<String> regexOptions = new ArrayList<>();
        boolean regexNoMatch;
        long regexMinOffset;
        long regexMaxOffset = -1;
        boolean regexStack;

        Url(SourcePosition position) {
            this.position = position;
        }

        UrlCheck toModel() {
            StatusCodes sc = codes.isEmpty() ? StatusCodes.DEFAULT : StatusCodes.of(codes);
            UrlRegex rx = regex == null ? null
                    : new UrlRegex(regex, regexOptions, regexNoMatch, regexMinOffset, regexMaxOffset, regexStack);
            return new UrlCheck(path, digest, sc, virtualhost, rx, position);
        }
    }

    /** HTTP_GET and SSL_GET. */
    static final class Http extends Base {
        final boolean ssl;
        final List<Url> urls = new ArrayList<>();
        String virtualhost;
        HttpProtocol protocol = HttpProtocol.HTTP_1_0;
        boolean enableSni;
        boolean fastRecovery;

        Http(SourcePosition position, boolean ssl) {
            super(position);
            this.ssl = ssl;
            this.defaultDelayBeforeRetryUs = 3 * LvsDrafts.SECOND_US;
        }

        @Override
        List<Check> toChecks(CheckSettings settings, LvsDrafts.Vs vs) {
            List<UrlCheck> u = urls.stream().map(Url::toModel).toList();
            CheckConnection c = connection(conn);
            return List.of(ssl
                    ? new SslGetCheck(settings, c, u, virtualhost, protocol, enableSni, fastRecovery, position)
                    : new HttpGetCheck(settings, c, u, virtualhost, protocol, enableSni, fastRecovery, position));
        }
    }

    /** MISC_CHECK. */
    static final class Misc extends Base {
        ScriptCommand script;
        String user;
        String group;
        long timeoutUs;
        boolean dynamic;

        Misc(SourcePosition position) {
            super(position);
            this.defaultRetry = 0;
        }

        @Override
        List<Check> toChecks(CheckSettings settings, LvsDrafts.Vs vs) {
            long t = timeoutUs != 0 ? timeoutUs : vs.delayLoopUs;
            return List.of(new MiscCheck(settings, script, Duration.ofNanos(t * 1000), dynamic, position));
        }
    }

    /** SMTP_CHECK; {@code hosts} holds the resolved connection of every checker it becomes. */
    static final class Smtp extends Base {
        String heloName;
        final List<LvsDrafts.Conn> hosts = new ArrayList<>();
        final List<SourcePosition> hostPositions = new ArrayList<>();
        final List<LvsDrafts.Conn> resolved = new ArrayList<>();
        final List<SourcePosition> resolvedPositions = new ArrayList<>();

        Smtp(SourcePosition position) {
            super(position);
        }

        @Override
        List<Check> toChecks(CheckSettings settings, LvsDrafts.Vs vs) {
            List<Check> out = new ArrayList<>();
            for (int i = 0; i < resolved.size(); i++) {
                out.add(new SmtpCheck(settings, connection(resolved.get(i)), heloName, resolvedPositions.get(i)));
            }
            return out;
        }
    }

    /** DNS_CHECK. */
    static final class Dns extends Base {
        DnsType type = DnsType.SOA;
        String name;

        Dns(SourcePosition position) {
            super(position);
            this.defaultRetry = 3;
            this.defaultDelayBeforeRetryUs = 0;
        }

        @Override
        List<Check> toChecks(CheckSettings settings, LvsDrafts.Vs vs) {
            return List.of(new DnsCheck(settings, connection(conn), type, name == null ? "" : name, position));
        }
    }

    /** UDP_CHECK. */
    static final class Udp extends Base {
        HexPattern payload;
        boolean requireReply;
        HexPattern reply;
        int minReplyLength;
        int maxReplyLength = 255;

        Udp(SourcePosition position) {
            super(position);
        }

        @Override
        List<Check> toChecks(CheckSettings settings, LvsDrafts.Vs vs) {
            return List.of(new UdpCheck(settings, connection(conn), payload, requireReply, reply, minReplyLength,
                    maxReplyLength, position));
        }
    }

    /** FILE_CHECK. */
    static final class File extends Base {
        String trackFile;
        SourcePosition trackFilePosition;
        /** True if a top-level track_file block of that name came before (keepalived looks it up right there). */
        boolean declaredBefore;
        SourcePosition closePosition;
        Integer weight;
        boolean reverse;

        File(SourcePosition position) {
            super(position);
        }

        @Override
        boolean periodic() {
            return false;
        }

        @Override
        List<Check> toChecks(CheckSettings settings, LvsDrafts.Vs vs) {
            return List.of(new FileCheck(trackFile, weight, reverse, position));
        }
    }
}
