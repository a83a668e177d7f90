package org.keepalived4j.vrrp;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.netlink.rtnl.LinkMonitor;
import org.keepalived4j.netlink.rtnl.Rtnetlink;
import org.keepalived4j.vrrp.notify.SmtpAlerts;
import org.keepalived4j.vrrp.runtime.MonotonicClock;
import org.keepalived4j.vrrp.runtime.NotifyRunner;
import org.keepalived4j.vrrp.runtime.PacketIo;
import org.keepalived4j.vrrp.runtime.PcapPacketIo;
import org.keepalived4j.vrrp.track.TrackerHub;

/**
 * The host side of a {@link DefaultVrrpRuntime}, replaceable in tests: the clock, packet I/O per interface,
 * rtnetlink, link events, script verdicts and the mail hook.
 *
 * @param clock          monotonic µs
 * @param packets        opens an interface's frames ({@link PcapPacketIo#open})
 * @param rtnetlink      opens the rtnetlink client, on the netlink thread ({@link Rtnetlink#open})
 * @param linkMonitor    opens the link event monitor, on its thread ({@link Rtnetlink#openMonitor()}), or null
 *                       for no link events
 * @param tracking       tracker polling periods
 * @param scriptVerdicts config-parser's script security verdicts ({@code ScriptSecurity.Result::runnable})
 * @param mailer         sends smtp alerts, or null when the daemon has none
 * @param notifyTimeout  notify script timeout
 */
public record RuntimeEnvironment(MonotonicClock clock, PacketIoFactory packets, Supplier<Rtnetlink> rtnetlink,
                                 Supplier<LinkMonitor> linkMonitor, TrackerHub.Settings tracking,
                                 Predicate<ScriptCommand> scriptVerdicts, SmtpAlerts.Mailer mailer,
                                 Duration notifyTimeout) {
    /** Opens the packet I/O of an interface. */
    @FunctionalInterface
    public interface PacketIoFactory {
        /** @throws IOException naming the interface when it cannot be opened */
        PacketIo open(String interfaceName) throws IOException;
    }

    /** Checks. */
    public RuntimeEnvironment {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(packets, "packets");
        Objects.requireNonNull(rtnetlink, "rtnetlink");
        Objects.requireNonNull(tracking, "tracking");
        Objects.requireNonNull(scriptVerdicts, "scriptVerdicts");
        Objects.requireNonNull(notifyTimeout, "notifyTimeout");
    }

    /** This host: libpcap, FFM rtnetlink, link events, every script runnable, no mail. */
    public static RuntimeEnvironment host() {
        return new RuntimeEnvironment(MonotonicClock.SYSTEM, PcapPacketIo::open, Rtnetlink::open,
                Rtnetlink::openMonitor, TrackerHub.Settings.DEFAULTS, c -> true, null,
                NotifyRunner.DEFAULT_TIMEOUT);
    }

    /** A copy with the script security verdicts. */
    public RuntimeEnvironment withScriptVerdicts(Predicate<ScriptCommand> verdicts) {
        return new RuntimeEnvironment(clock, packets, rtnetlink, linkMonitor, tracking, verdicts, mailer,
                notifyTimeout);
    }

    /** A copy with a mail hook. */
    public RuntimeEnvironment withMailer(SmtpAlerts.Mailer m) {
        return new RuntimeEnvironment(clock, packets, rtnetlink, linkMonitor, tracking, scriptVerdicts, m,
                notifyTimeout);
    }
}
