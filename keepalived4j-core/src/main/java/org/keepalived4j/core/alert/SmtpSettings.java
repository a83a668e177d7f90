package org.keepalived4j.core.alert;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.keepalived4j.config.model.GlobalDefs;

/**
 * Where and how alerts are mailed, resolved from {@code global_defs} with keepalived 2.2.7's defaults
 * ({@code core/global_data.c}).
 *
 * <table>
 * <caption>settings</caption>
 * <tr><th>component</th><th>keyword</th><th>default</th></tr>
 * <tr><td>{@link #server}</td><td>{@code smtp_server IP|NAME [PORT]}</td><td>none: no mail; port 25</td></tr>
 * <tr><td>{@link #recipients}</td><td>{@code notification_email { }}</td><td>none: no mail</td></tr>
 * <tr><td>{@link #from}</td><td>{@code notification_email_from}</td><td>{@code user@hostname}</td></tr>
 * <tr><td>{@link #helo}</td><td>{@code smtp_helo_name}</td><td>the host name</td></tr>
 * <tr><td>{@link #connectTimeout}</td><td>{@code smtp_connect_timeout}</td><td>30 s; also each reply's
 * timeout</td></tr>
 * <tr><td>{@link #routerId}</td><td>{@code router_id}</td><td>the host name</td></tr>
 * </table>
 *
 * @param server         the SMTP server (possibly unresolved: resolved on the alert thread)
 * @param recipients     the {@code RCPT TO} addresses, in config order, never empty
 * @param from           the {@code MAIL FROM} address and From header
 * @param helo           the {@code HELO} argument
 * @param connectTimeout the connect timeout, also the wait for each reply
 * @param routerId       the {@code [router_id]} subject prefix
 */
public record SmtpSettings(InetSocketAddress server, List<String> recipients, String from, String helo,
                           Duration connectTimeout, String routerId) {

    /** Checks and copies. */
    public SmtpSettings {
        Objects.requireNonNull(server, "server");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("no notification_email recipients");
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(helo, "helo");
        Objects.requireNonNull(routerId, "routerId");
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("smtp_connect_timeout must be positive: " + connectTimeout);
        }
    }

    /**
     * The settings of a configuration, or empty when it sends no mail (keepalived's {@code smtp_alert()} sends
     * nothing without {@code notification_email} or without {@code smtp_server}).
     *
     * @param g         the configuration's globals
     * @param localName the host name (keepalived's {@code local_name}), for the From and HELO defaults
     * @param user      the user name the daemon runs as, for the From default
     * @return the settings, or empty
     */
    public static Optional<SmtpSettings> from(GlobalDefs g, String localName, String user) {
        if (g.notificationEmail().isEmpty() || g.smtpServer() == null) {
            return Optional.empty();
        }
        String host = localName == null || localName.isBlank() ? "localhost" : localName;
        String from = g.notificationEmailFrom() != null ? g.notificationEmailFrom() : user + "@" + host;
        String helo = g.smtpHelo() != null ? g.smtpHelo() : host;
        Duration timeout = g.smtpConnectTimeout().isZero() || g.smtpConnectTimeout().isNegative()
                ? Duration.ofSeconds(30) : g.smtpConnectTimeout();
        return Optional.of(new SmtpSettings(g.smtpServer(), g.notificationEmail(), from, helo, timeout,
                g.routerId()));
    }

    /** The {@code To} header: the recipients joined by {@code ", "} as keepalived builds it. */
    public String toHeader() {
        return String.join(", ", recipients);
    }
}
