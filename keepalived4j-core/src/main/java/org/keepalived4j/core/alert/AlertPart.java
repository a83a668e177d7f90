package org.keepalived4j.core.alert;

import java.time.Clock;
import java.util.function.Consumer;
import org.keepalived4j.check.health.HealthEvent;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.core.daemon.Part;
import org.keepalived4j.vrrp.state.VrrpState;

/**
 * E-mail alerts as a part of the daemon: owns the {@link SmtpAlertSender}, re-reads {@code global_defs} on reload,
 * and offers the two hooks the other parts call:
 *
 * <ul>
 *   <li>{@link #vrrp}: the VRRP runtime's mail hook (its smtp_alert rules already applied: instance and sync group
 *       flags, {@code no_email_faults}, one mail per state);</li>
 *   <li>{@link #healthEvents()}: an observer for the checker runtime's health events ({@link CheckerAlerts}).</li>
 * </ul>
 *
 * <p>Put it last in the part list: its sender runs from construction, so alerts raised while the other parts start
 * are sent, and it is closed after them, so their stop alerts are sent too (within
 * {@link SmtpAlertSender#CLOSE_WAIT}).
 */
public final class AlertPart implements Part {

    private final SmtpAlertSender sender;
    private final CheckerAlerts checkerAlerts;
    private final String localName;
    private final String user;
    private volatile String routerId;

    /**
     * @param globals   the configuration's {@code global_defs}
     * @param localName the host name (From and HELO defaults)
     * @param user      the user the daemon runs as (From default)
     * @param logDetail {@code -D}
     */
    public AlertPart(GlobalDefs globals, String localName, String user, boolean logDetail) {
        this(globals, localName, user, new SmtpAlertSender(SmtpAlertSender.AlertLog.slf4j(),
                Clock.systemDefaultZone(), logDetail));
    }

    /** With a given sender (tests). */
    AlertPart(GlobalDefs globals, String localName, String user, SmtpAlertSender sender) {
        this.sender = sender;
        this.localName = localName;
        this.user = user;
        this.routerId = globals.routerId();
        this.checkerAlerts = new CheckerAlerts(globals.routerId(), sender::send);
        sender.settings(SmtpSettings.from(globals, localName, user).orElse(null));
    }

    /**
     * The VRRP runtime's mail hook (same shape as its {@code SmtpAlerts.Mailer}); never blocks.
     *
     * @param group   true for a {@code vrrp_sync_group}
     * @param name    the instance or group name
     * @param state   the state entered (unused: the subject says it)
     * @param subject keepalived's short text, {@code Entering MASTER state}
     * @param body    keepalived's body
     */
    public void vrrp(boolean group, String name, VrrpState state, String subject, String body) {
        sender.send(group ? AlertMessage.vrrpGroup(routerId, name, subject, body)
                : AlertMessage.vrrpInstance(routerId, name, subject, body));
    }

    /** The observer to give the checker runtime ({@code LvsRuntime.Builder#observe}). */
    public Consumer<HealthEvent> healthEvents() {
        return checkerAlerts;
    }

    /** The sender (status, tests). */
    public SmtpAlertSender sender() {
        return sender;
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public void start() {
        // The sender runs from construction; nothing to start.
    }

    @Override
    public void reload(KeepalivedConfig config) {
        GlobalDefs g = config.globalDefs();
        routerId = g.routerId();
        checkerAlerts.routerId(g.routerId());
        sender.settings(SmtpSettings.from(g, localName, user).orElse(null));
    }

    @Override
    public void dumpData(Appendable out) {
        // keepalived's data dump shows the smtp settings under global_defs, which the config dump covers.
    }

    @Override
    public void dumpStats(Appendable out) {
        // No statistics of its own.
    }

    @Override
    public void close() {
        sender.close();
    }
}
