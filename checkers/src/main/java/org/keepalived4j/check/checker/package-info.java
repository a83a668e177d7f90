/**
 * One {@link org.keepalived4j.check.checker.Checker} per keepalived check type, each running a single non-blocking
 * attempt on a Netty event loop with its deadline on that loop: {@code TcpChecker} (TCP_CHECK),
 * {@code HttpGetChecker} (HTTP_GET, SSL_GET), {@code SmtpChecker} (SMTP_CHECK), {@code DnsChecker} (DNS_CHECK),
 * {@code UdpChecker} (UDP_CHECK), {@code MiscChecker} (MISC_CHECK), {@code PingChecker} (PING_CHECK, over the shared
 * {@code IcmpPinger}: ICMP sockets on {@code java.lang.foreign}, replies read on a small thread of its own). Retries
 * and timing are not theirs ({@code org.keepalived4j.check.runtime}).
 *
 * <p>A check's conversation ({@code Conversation}: connected, bytes, end) is apart from what carries it: on the
 * daemon's epoll loop TCP_CHECK and HTTP_GET run on bare non-blocking sockets registered with the loop
 * ({@code EpollConnection}, the hot path when thousands of real servers are checked), everything else on Netty
 * channels ({@code ChannelConversation}); one timer per attempt ({@code Attempt}) bounds the connect, each read
 * and the whole.
 */
package org.keepalived4j.check.checker;
