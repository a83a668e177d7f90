package org.keepalived4j.vrrp.notify;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.keepalived4j.vrrp.runtime.NotifyRunner;
import org.keepalived4j.vrrp.state.VrrpState;

/**
 * Which VRRP transitions are mailed, as keepalived's {@code vrrp_smtp_notifier} / {@code vrrp_sync_smtp_notifier}:
 * only for instances and groups with {@code smtp_alert} (or the global default), never FAULT with
 * {@code no_email_faults}, and not twice for the same state. Sending is the daemon's: it implements
 * {@link Mailer} (queueing, never blocking, since this runs on the VRRP thread).
 */
public final class SmtpAlerts implements NotifyRunner.StateObserver {
    /** Sends one alert; called on the VRRP thread, must not block. */
    @FunctionalInterface
    public interface Mailer {
        /**
         * @param group   true for a sync group
         * @param name    instance or group name
         * @param state   the state entered
         * @param subject keepalived's subject ({@code Entering MASTER state})
         * @param body    keepalived's body ({@code => VRRP Instance is now owning VRRP VIPs <=})
         */
        void alert(boolean group, String name, VrrpState state, String subject, String body);
    }

    private final Mailer mailer;
    private final boolean noEmailFaults;
    private final Set<String> enabled = ConcurrentHashMap.newKeySet();
    private final Map<String, VrrpState> lastMailed = new ConcurrentHashMap<>();

    /**
     * @param mailer        the daemon's sender
     * @param noEmailFaults {@code no_email_faults}
     */
    public SmtpAlerts(Mailer mailer, boolean noEmailFaults) {
        this.mailer = mailer;
        this.noEmailFaults = noEmailFaults;
    }

    /** Sets which instances ({@code I:name}) and groups ({@code G:name}) mail (at start and reload). */
    public void setEnabled(Set<String> instances, Set<String> groups) {
        enabled.clear();
        instances.forEach(i -> enabled.add("I:" + i));
        groups.forEach(g -> enabled.add("G:" + g));
    }

    @Override
    public void stateChanged(boolean group, String name, VrrpState state, int priority) {
        String key = (group ? "G:" : "I:") + name;
        if (!enabled.contains(key) || (noEmailFaults && state == VrrpState.FAULT)
                || lastMailed.get(key) == state) {
            return;
        }
        String subject;
        String body;
        switch (state) {
            case MASTER -> {
                subject = "Entering MASTER state";
                body = group ? "=> All VRRP group instances are now in MASTER state <="
                        : "=> VRRP Instance is now owning VRRP VIPs <=";
            }
            case BACKUP -> {
                subject = "Entering BACKUP state";
                body = group ? "=> All VRRP group instances are now in BACKUP state <="
                        : "=> VRRP Instance is no longer owning VRRP VIPs <=";
            }
            case FAULT -> {
                subject = "Entering FAULT state";
                body = group ? "=> All VRRP group instances are now in FAULT state <="
                        : "=> VRRP Instance is no longer owning VRRP VIPs <=";
            }
            case STOP -> {
                subject = "Stopping";
                body = group ? "=> All VRRP group instances are now stopping <=" : "=> VRRP Instance stopping <=";
            }
            default -> {
                return;
            }
        }
        lastMailed.put(key, state);
        mailer.alert(group, name, state, subject, body);
    }
}
