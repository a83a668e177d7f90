package org.keepalived4j.core.alert;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.keepalived4j.check.health.HealthEvent;
import org.keepalived4j.config.model.lvs.Check;
import org.keepalived4j.config.model.lvs.DnsCheck;
import org.keepalived4j.config.model.lvs.FileCheck;
import org.keepalived4j.config.model.lvs.HttpGetCheck;
import org.keepalived4j.config.model.lvs.MiscCheck;
import org.keepalived4j.config.model.lvs.PingCheck;
import org.keepalived4j.config.model.lvs.RealServer;
import org.keepalived4j.config.model.lvs.SmtpCheck;
import org.keepalived4j.config.model.lvs.SslGetCheck;
import org.keepalived4j.config.model.lvs.TcpCheck;
import org.keepalived4j.config.model.lvs.UdpCheck;
import org.keepalived4j.config.model.lvs.VirtualServer;

/**
 * Which health-check events are mailed, and with which words, as keepalived 2.2.7's checkers and
 * {@code ipwrapper.c} decide.
 *
 * <ul>
 *   <li>Real server up/down ({@code SMTP_MSG_RS}): only when its {@code smtp_alert} is on (resolved with
 *       {@code smtp_alert_checker} / {@code smtp_alert}); only when the state differs from the last one mailed,
 *       starting from the checker's initial state (up, or down with {@code alpha}), so a first success is not
 *       mailed and a first failure with {@code alpha} is not either. The body is the checker's, e.g.
 *       {@code => TCP CHECK failed on service <=}; FILE_CHECK sends none, as keepalived's {@code check_file.c}.</li>
 *   <li>Virtual server quorum ({@code SMTP_MSG_VS}): only with the virtual server's {@code smtp_alert};
 *       body {@code => Gained quorum 3+1=4 <= 5 <=} (or {@code Lost quorum}, {@code Starting with quorum up},
 *       {@code Starting with quorum down}).</li>
 * </ul>
 *
 * <p>Difference from keepalived: events come per real server, not per checker, so with several checkers on one
 * real server only the transitions of the real server are mailed (as with {@code no_checker_emails}), worded as
 * its first mailing checker's. Runs on the checker loop: it only formats text and hands it to a non-blocking sink.
 */
public final class CheckerAlerts implements Consumer<HealthEvent> {

    private final Consumer<AlertMessage> out;
    private final Map<String, Boolean> lastMailed = new ConcurrentHashMap<>();
    private volatile String routerId;

    /**
     * @param routerId {@code router_id}, the subject prefix
     * @param out      where alerts go (the sender; must not block)
     */
    public CheckerAlerts(String routerId, Consumer<AlertMessage> out) {
        this.routerId = routerId;
        this.out = out;
    }

    /** @param id the {@code router_id} after a reload */
    public void routerId(String id) {
        this.routerId = id;
    }

    @Override
    public void accept(HealthEvent event) {
        switch (event) {
            case HealthEvent.RealServerChanged rs -> realServer(rs);
            case HealthEvent.QuorumChanged q -> quorum(q);
        }
    }

    private void realServer(HealthEvent.RealServerChanged e) {
        RealServer rs = e.realServer();
        if (!rs.smtpAlert()) {
            return;
        }
        String key = e.virtualServer().displayName() + " " + e.rsText();
        boolean previous = lastMailed.getOrDefault(key, !rs.alpha());
        if (previous == e.up()) {
            return;
        }
        lastMailed.put(key, e.up());
        String body = null;
        for (Check c : rs.checks()) {
            body = body(c, e.up());
            if (body != null) {
                break;
            }
        }
        if (body != null) {
            out.accept(AlertMessage.realServer(routerId, e.rsText(), e.virtualServer().displayName(), e.up(), body));
        }
    }

    private void quorum(HealthEvent.QuorumChanged e) {
        VirtualServer vs = e.virtualServer();
        if (!vs.smtpAlert()) {
            return;
        }
        String what = e.up() ? (e.init() ? "Starting with quorum up" : "Gained quorum")
                : (e.init() ? "Starting with quorum down" : "Lost quorum");
        String body = "=> " + what + " " + vs.quorum() + "+" + vs.hysteresis() + "=" + e.threshold() + " <= "
                + e.weightSum() + " <=";
        out.accept(AlertMessage.virtualServer(routerId, vs.displayName(), e.up(), body));
    }

    /** The checker's body text for a success or failure, as its keepalived check_*.c sends it; null for none. */
    static String body(Check check, boolean up) {
        return switch (check) {
            case TcpCheck c -> up ? "=> TCP CHECK succeed on service <=" : "=> TCP CHECK failed on service <=";
            case HttpGetCheck c -> http(up);
            case SslGetCheck c -> http(up);
            case SmtpCheck c -> up ? "=> CHECK succeed on service <=" : "=> CHECK failed on service <=";
            case DnsCheck c -> up ? "=> DNS_CHECK: succeed on service <=" : "=> DNS_CHECK: failed on service <=";
            case UdpCheck c -> up ? "=> UDP CHECK succeed on service <=" : "=> UDP CHECK failed on service <=";
            case PingCheck c -> up ? "=> ICMP CHECK succeed on service <=" : "=> ICMP CHECK failed on service <=";
            case MiscCheck c -> "=> MISC CHECK " + (up ? "succeeded" : "failed") + " on service <=";
            case FileCheck c -> null;
        };
    }

    private static String http(boolean up) {
        return up ? "=> CHECK succeed on service <=" : "=> CHECK failed on service : HTTP request failed <=";
    }
}
