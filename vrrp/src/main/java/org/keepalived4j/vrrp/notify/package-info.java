/**
 * What else a VRRP transition sets off besides notify scripts, as keepalived's {@code vrrp_notify.c}:
 * {@link org.keepalived4j.vrrp.notify.NotifyFifoWriter} writes keepalived's lines ({@code INSTANCE "VI_1" MASTER
 * 100}) into {@code notify_fifo} / {@code vrrp_notify_fifo} on a thread of its own, and
 * {@link org.keepalived4j.vrrp.notify.SmtpAlerts} decides, as keepalived's {@code vrrp_smtp_notifier}, which
 * transitions are mailed and hands them to the daemon's {@link org.keepalived4j.vrrp.notify.SmtpAlerts.Mailer}.
 */
package org.keepalived4j.vrrp.notify;
