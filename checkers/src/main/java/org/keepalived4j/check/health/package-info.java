/**
 * The decisions of keepalived's {@code check_api.c} and {@code ipwrapper.c}, pure and single-threaded (the owner
 * calls them from its event loop; tests call them directly): per-checker retries and alpha
 * ({@link org.keepalived4j.check.health.CheckerState}), per real server the failed-checker count, alive flag and
 * weight ({@link org.keepalived4j.check.health.RealServerHealth}), per virtual server quorum, hysteresis and the sorry
 * server ({@link org.keepalived4j.check.health.VirtualServerHealth}). Log lines are worded as keepalived's; notify
 * scripts are handed out as {@link org.keepalived4j.check.health.HealthEvent}s for someone else to run.
 */
package org.keepalived4j.check.health;
