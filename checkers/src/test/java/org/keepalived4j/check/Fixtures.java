package org.keepalived4j.check;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.keepalived4j.check.health.HealthEvent;
import org.keepalived4j.check.health.HealthSink;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.model.lvs.AddressFamily;
import org.keepalived4j.config.model.lvs.Check;
import org.keepalived4j.config.model.lvs.CheckConnection;
import org.keepalived4j.config.model.lvs.CheckSettings;
import org.keepalived4j.config.model.lvs.Forwarding;
import org.keepalived4j.config.model.lvs.ForwardingMethod;
import org.keepalived4j.config.model.lvs.Protocol;
import org.keepalived4j.config.model.lvs.RealServer;
import org.keepalived4j.config.model.lvs.Scheduler;
import org.keepalived4j.config.model.lvs.SorryServer;
import org.keepalived4j.config.model.lvs.TcpCheck;
import org.keepalived4j.config.model.lvs.VirtualServer;
import org.keepalived4j.config.model.lvs.VirtualServerKey;

/** Model records for tests, with keepalived's defaults. */
public final class Fixtures {

    public static final SourcePosition POS = new SourcePosition("test.conf", 1);

    private Fixtures() {
    }

    public static InetSocketAddress addr(String ip, int port) {
        try {
            return new InetSocketAddress(InetAddress.getByName(ip), port);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }

    public static CheckSettings settings(long retry, boolean alpha) {
        return new CheckSettings(Duration.ofSeconds(6), Duration.ZERO, retry, Duration.ofSeconds(2), alpha, false);
    }

    public static CheckConnection conn(InetSocketAddress dst, Duration timeout) {
        return new CheckConnection(dst, null, 0, null, timeout, 0);
    }

    public static TcpCheck tcp(InetSocketAddress dst, long retry, boolean alpha) {
        return new TcpCheck(settings(retry, alpha), conn(dst, Duration.ofSeconds(3)), POS);
    }

    /** A real server builder with keepalived's defaults (weight 1, NAT, no inhibit). */
    public static RealServer rs(String ip, int port, long weight, boolean inhibit, List<Check> checks) {
        return rs(ip, port, weight, inhibit, Forwarding.NAT, checks);
    }

    public static RealServer rs(String ip, int port, long weight, boolean inhibit, Forwarding fwd,
                                List<Check> checks) {
        return new RealServer(addr(ip, port), weight, fwd, inhibit, false, 0, 0,
                script("up"), script("down"), false, null, null, checks, POS);
    }

    public static ScriptCommand script(String name) {
        return new ScriptCommand(List.of("/bin/" + name), null, null, POS);
    }

    public static VirtualServer vs(String ip, int port, long quorum, long hysteresis, SorryServer sorry,
                                   List<RealServer> rss) {
        return vs(new VirtualServerKey.Address(addr(ip, port)), Forwarding.NAT, quorum, hysteresis, sorry, rss);
    }

    public static VirtualServer vs(VirtualServerKey key, Forwarding fwd, long quorum, long hysteresis,
                                   SorryServer sorry, List<RealServer> rss) {
        return new VirtualServer(key, AddressFamily.INET, key instanceof VirtualServerKey.Fwmark ? Protocol.NONE
                : Protocol.TCP, Scheduler.WLC, Set.of(), fwd, Duration.ZERO, null, -1, false, null, false, false,
                false, quorum, hysteresis, script("qup"), script("qdown"), Duration.ofSeconds(6), sorry, rss, null,
                POS);
    }

    public static SorryServer sorry(String ip, int port, boolean inhibit) {
        return new SorryServer(addr(ip, port), Forwarding.NAT, inhibit, false, POS);
    }

    public static Forwarding dr() {
        return Forwarding.of(ForwardingMethod.DR);
    }

    /** Collects log lines and events. */
    public static final class Recorder implements HealthSink {
        public final List<String> lines = new ArrayList<>();
        public final List<HealthEvent> events = new ArrayList<>();

        @Override
        public void log(String line) {
            lines.add(line);
        }

        @Override
        public void event(HealthEvent event) {
            events.add(event);
        }

        public void clear() {
            lines.clear();
            events.clear();
        }
    }
}
