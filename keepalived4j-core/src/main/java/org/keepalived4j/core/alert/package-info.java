/**
 * E-mail alerts as keepalived's {@code core/smtp.c} sends them: {@code notification_email},
 * {@code notification_email_from}, {@code smtp_server}, {@code smtp_helo_name}, {@code smtp_connect_timeout} and the
 * {@code smtp_alert} flags of {@code global_defs}, VRRP instances and sync groups, virtual and real servers.
 *
 * <p>{@link org.keepalived4j.core.alert.AlertMessage} holds keepalived's subject and body formats;
 * {@link org.keepalived4j.core.alert.SmtpSettings} the resolved {@code global_defs};
 * {@link org.keepalived4j.core.alert.SmtpAlertSender} runs one SMTP conversation per alert on its own Netty event
 * loop (never on the VRRP thread or the checker loop); {@link org.keepalived4j.core.alert.CheckerAlerts} decides which
 * health-check events are mailed; {@link org.keepalived4j.core.alert.AlertPart} plugs it all into the daemon.
 */
package org.keepalived4j.core.alert;
