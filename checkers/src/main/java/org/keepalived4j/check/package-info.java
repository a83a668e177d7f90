/**
 * keepalived's health checkers and the LVS decisions they drive (keepalived's {@code check/} directory).
 *
 * <ul>
 *   <li>{@link org.keepalived4j.check.checker}: one {@code *Checker} per check type (TCP_CHECK, HTTP_GET, SSL_GET,
 *       SMTP_CHECK, DNS_CHECK, UDP_CHECK, PING_CHECK, MISC_CHECK); each runs one attempt on a Netty event loop.
 *       {@code ScriptUser} says whom scripts run as ({@code script_user}).</li>
 *   <li>{@link org.keepalived4j.check.health}: the pure decisions of {@code check_api.c} and {@code ipwrapper.c}
 *       (retry, alpha, weights, quorum and hysteresis, inhibit_on_failure, sorry_server), no Netty, fake-clock
 *       tested.</li>
 *   <li>{@link org.keepalived4j.check.ipvs}: the desired IPVS table those decisions produce, the reconciler that
 *       programs the kernel with it, and the thread that owns the kernel's table.</li>
 *   <li>{@link org.keepalived4j.check.runtime}: timers on the event loop, checks shared between virtual servers,
 *       results fanned out to the health state, FILE_CHECK values, ha_suspend.</li>
 *   <li>{@link org.keepalived4j.check.track}: the {@code track_file}s FILE_CHECK follows, watched off the loop.</li>
 * </ul>
 * {@link org.keepalived4j.check.LvsRuntime} puts them together for the daemon: start, reload, VRRP state for the
 * sync daemon, this host's addresses for {@code ha_suspend}, notify scripts and FIFOs, status, close.
 */
package org.keepalived4j.check;
