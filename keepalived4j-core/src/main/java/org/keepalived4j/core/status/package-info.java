/**
 * keepalived4j's own observability, beyond keepalived: an opt-in HTTP endpoint on Netty
 * ({@code --status-address[=HOST:PORT]}, off by default, 127.0.0.1:9650 when given without a value) serving
 * Prometheus metrics at {@code /metrics} and a JSON status document at {@code /status}, and the
 * {@code keepalived4j status} command that prints them as a table.
 *
 * <p>The daemon feeds a {@link org.keepalived4j.core.status.StatusBoard} (suppliers of the VRRP and checker parts'
 * status, and the VRRP state listener for transition counters); each request takes one
 * {@link org.keepalived4j.core.status.StatusSnapshot} off the event loop and renders it with
 * {@link org.keepalived4j.core.status.MetricsPage} or {@link org.keepalived4j.core.status.StatusDocument}.
 */
package org.keepalived4j.core.status;
