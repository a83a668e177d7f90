package org.keepalived4j.config.model.lvs;

/** A check that runs every {@code delay_loop}, with keepalived's retry logic ({@link CheckSettings}). */
public interface PeriodicCheck {

    /** Timing, retries and alpha, resolved from the check, its real server and its virtual server. */
    CheckSettings settings();
}
