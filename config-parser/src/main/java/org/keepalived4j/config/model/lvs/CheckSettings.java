package org.keepalived4j.config.model.lvs;

import java.time.Duration;
import java.util.Objects;

/**
 * The settings every periodic check has, resolved as keepalived's {@code validate_check_config} does: the check's own
 * keyword, else the real server's, else the virtual server's, else the check type's default.
 *
 * <table>
 * <caption>defaults</caption>
 * <tr><th>component</th><th>keyword</th><th>default</th></tr>
 * <tr><td>delayLoop</td><td>{@code delay_loop}</td><td>virtual server's, 60 s</td></tr>
 * <tr><td>warmup</td><td>{@code warmup}</td><td>the delay loop</td></tr>
 * <tr><td>retry</td><td>{@code retry} ({@code nb_get_retry})</td><td>1; MISC_CHECK 0; DNS_CHECK 3</td></tr>
 * <tr><td>delayBeforeRetry</td><td>{@code delay_before_retry}</td><td>1 s; HTTP_GET/SSL_GET 3 s; DNS_CHECK the delay
 * loop</td></tr>
 * <tr><td>alpha</td><td>{@code alpha}</td><td>the real server's, else the virtual server's {@code alpha}</td></tr>
 * <tr><td>logAllFailures</td><td>{@code log_all_failures}</td><td>false (global {@code checker_log_all_failures}
 * applies too)</td></tr>
 * </table>
 *
 * @param delayLoop        time between checks
 * @param warmup           the first check is delayed by a random time up to this
 * @param retry            failures tolerated before the check is failed
 * @param delayBeforeRetry time between a failure and the retry
 * @param alpha            start in the failed state until the first success
 * @param logAllFailures   log every failure, not just state changes
 */
public record CheckSettings(Duration delayLoop, Duration warmup, long retry, Duration delayBeforeRetry, boolean alpha,
                            boolean logAllFailures) {

    public CheckSettings {
        Objects.requireNonNull(delayLoop, "delayLoop");
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(delayBeforeRetry, "delayBeforeRetry");
    }
}
