package org.keepalived4j.core.alert;

import java.util.Objects;

/**
 * One e-mail alert: the subject and the one-line body, formatted as keepalived 2.2.7's {@code smtp_alert()}.
 *
 * <table>
 * <caption>subjects ({@code core/smtp.c})</caption>
 * <tr><th>what</th><th>subject</th></tr>
 * <tr><td>VRRP instance</td><td>{@code [router_id] VRRP Instance NAME - Entering MASTER state}</td></tr>
 * <tr><td>VRRP sync group</td><td>{@code [router_id] VRRP Group NAME - Entering BACKUP state}</td></tr>
 * <tr><td>real server</td><td>{@code [router_id] Realserver [10.0.0.2]:tcp:80 of virtual server
 * [10.0.0.1]:tcp:80 - UP}</td></tr>
 * <tr><td>virtual server</td><td>{@code [router_id] Virtualserver [10.0.0.1]:tcp:80 - DOWN}</td></tr>
 * </table>
 *
 * <p>As keepalived, a subject is cut at {@value #MAX_SUBJECT_CHARS} characters and a body at
 * {@value #MAX_BODY_CHARS}.
 *
 * @param subject the Subject header
 * @param body    the body line
 */
public record AlertMessage(String subject, String body) {

    /** keepalived's {@code MAX_HEADERS_LENGTH} less the terminating NUL. */
    public static final int MAX_SUBJECT_CHARS = 255;
    /** keepalived's {@code MAX_BODY_LENGTH} less the terminating NUL. */
    public static final int MAX_BODY_CHARS = 511;

    /** Cuts both to keepalived's lengths. */
    public AlertMessage {
        subject = cut(Objects.requireNonNull(subject, "subject"), MAX_SUBJECT_CHARS);
        body = cut(Objects.requireNonNull(body, "body"), MAX_BODY_CHARS);
    }

    /**
     * A VRRP instance changed state ({@code SMTP_MSG_VRRP}).
     *
     * @param routerId {@code router_id}
     * @param instance the {@code vrrp_instance} name
     * @param what     keepalived's short text, {@code Entering MASTER state}
     * @param body     keepalived's body, {@code => VRRP Instance is now owning VRRP VIPs <=}
     * @return the alert
     */
    public static AlertMessage vrrpInstance(String routerId, String instance, String what, String body) {
        return new AlertMessage("[" + routerId + "] VRRP Instance " + instance + " - " + what, body);
    }

    /**
     * A VRRP sync group changed state ({@code SMTP_MSG_VGROUP}).
     *
     * @param routerId {@code router_id}
     * @param group    the {@code vrrp_sync_group} name
     * @param what     keepalived's short text
     * @param body     keepalived's body
     * @return the alert
     */
    public static AlertMessage vrrpGroup(String routerId, String group, String what, String body) {
        return new AlertMessage("[" + routerId + "] VRRP Group " + group + " - " + what, body);
    }

    /**
     * A checker brought a real server up or down ({@code SMTP_MSG_RS}, {@code SMTP_MSG_RS_SHUT}).
     *
     * @param routerId      {@code router_id}
     * @param realServer    keepalived's form, {@code [10.0.0.2]:tcp:80}
     * @param virtualServer keepalived's form, {@code [10.0.0.1]:tcp:80}
     * @param up            the real server's new state
     * @param body          the checker's body, {@code => TCP CHECK succeed on service <=}
     * @return the alert
     */
    public static AlertMessage realServer(String routerId, String realServer, String virtualServer, boolean up,
                                          String body) {
        return new AlertMessage("[" + routerId + "] Realserver " + realServer + " of virtual server "
                + virtualServer + " - " + (up ? "UP" : "DOWN"), body);
    }

    /**
     * A virtual server gained or lost its quorum ({@code SMTP_MSG_VS}).
     *
     * @param routerId      {@code router_id}
     * @param virtualServer keepalived's form
     * @param up            the quorum is now met
     * @param body          {@code => Gained quorum 1+0=1 <= 2 <=}
     * @return the alert
     */
    public static AlertMessage virtualServer(String routerId, String virtualServer, boolean up, String body) {
        return new AlertMessage("[" + routerId + "] Virtualserver " + virtualServer + " - " + (up ? "UP" : "DOWN"),
                body);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
