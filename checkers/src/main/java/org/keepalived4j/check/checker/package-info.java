/**
 * One {@link org.keepalived4j.check.checker.Checker} per keepalived check type, each running a single non-blocking
 * attempt on a Netty event loop with its deadline on that loop: {@code TcpChecker} (TCP_CHECK),
 * {@code HttpGetChecker} (HTTP_GET, SSL_GET), {@code SmtpChecker} (SMTP_CHECK), {@code DnsChecker} (DNS_CHECK),
 * {@code UdpChecker} (UDP_CHECK), {@code MiscChecker} (MISC_CHECK), {@code PingChecker} (PING_CHECK, over the shared
 * {@code IcmpPinger}: ICMP sockets on {@code java.lang.foreign}, replies read on a small thread of its own). Retries and timing are not theirs
 * ({@code org.keepalived4j.check.runtime}).
 */
package org.keepalived4j.check.checker;
