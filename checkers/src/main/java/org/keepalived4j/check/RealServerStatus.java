package org.keepalived4j.check;

/**
 * One real server of one virtual server, for a metrics endpoint or a state dump.
 *
 * @param address             keepalived's form, {@code [10.0.0.2]:tcp:80}
 * @param alive               all its checks are up ({@code ISALIVE})
 * @param weight              the weight IPVS gets while it is alive (configured plus MISC_CHECK adjustments)
 * @param failedCheckers      how many of its checks are down
 * @param lastCheckLatencyNs  how long its last finished check attempt took (the slowest of its checks), -1 before
 *                            the first, or when it has no checks
 */
public record RealServerStatus(String address, boolean alive, int weight, int failedCheckers,
                               long lastCheckLatencyNs) {
}
