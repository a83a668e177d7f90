package org.keepalived4j.config.model.vrrp;

import java.util.Set;

/**
 * The RTA_METRICS of a route; every value is null when not configured. Times are in the kernel's units as keepalived
 * computes them ({@code rtt} in 1/8 ms, {@code rttvar} in 1/4 ms, {@code rto_min} in ms).
 *
 * @param mtu              {@code mtu}
 * @param advmss           {@code advmss}
 * @param rtt              {@code rtt}
 * @param rttvar           {@code rttvar}
 * @param reordering       {@code reordering}
 * @param window           {@code window}
 * @param cwnd             {@code cwnd}
 * @param ssthresh         {@code ssthresh}
 * @param rtoMin           {@code rto_min}
 * @param initcwnd         {@code initcwnd}
 * @param initrwnd         {@code initrwnd}
 * @param hoplimit         {@code hoplimit}
 * @param quickack         {@code quickack}
 * @param fastopenNoCookie {@code fastopen_no_cookie}
 * @param congctl          {@code congctl}
 * @param featuresEcn      {@code features ecn}
 * @param locked           the metrics written with {@code lock}, by keyword name
 */
public record RouteMetrics(Long mtu, Long advmss, Long rtt, Long rttvar, Long reordering, Long window, Long cwnd,
                           Long ssthresh, Long rtoMin, Long initcwnd, Long initrwnd, Integer hoplimit,
                           Integer quickack, Boolean fastopenNoCookie, String congctl, boolean featuresEcn,
                           Set<String> locked) {

    public RouteMetrics {
        locked = Set.copyOf(locked);
    }

    /** No metrics. */
    public static final RouteMetrics NONE = new RouteMetrics(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, false, Set.of());
}
