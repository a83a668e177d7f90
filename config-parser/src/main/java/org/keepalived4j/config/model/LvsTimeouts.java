package org.keepalived4j.config.model;

import java.time.Duration;

/**
 * IPVS connection timeouts ({@code lvs_timeouts tcp N tcpfin N udp N} in {@code global_defs}, seconds, at most 31
 * days). A {@code null} component leaves the kernel's value unchanged.
 *
 * @param tcp    established TCP connections
 * @param tcpFin TCP connections after a FIN
 * @param udp    UDP
 */
public record LvsTimeouts(Duration tcp, Duration tcpFin, Duration udp) {
}
