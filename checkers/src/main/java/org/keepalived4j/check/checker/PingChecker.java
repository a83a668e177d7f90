package org.keepalived4j.check.checker;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;
import java.util.function.Supplier;
import org.keepalived4j.config.model.lvs.PingCheck;
import org.keepalived4j.netlink.ffm.Interfaces;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code PING_CHECK} (keepalived's {@code check_ping.c}): one ICMP or ICMPv6 echo request to the check's
 * destination ({@code connect_ip}, else the real server); a reply within {@code connect_timeout} passes. Sending and
 * receiving are the shared {@link IcmpPinger}'s; the deadline is a timer on the loop.
 *
 * <table>
 * <caption>outcomes (keepalived 2.2.7)</caption>
 * <tr><td>echo reply</td><td>success</td></tr>
 * <tr><td>no reply within connect_timeout (also host unreachable)</td><td>failure</td></tr>
 * <tr><td>{@code sendto} refused</td><td>failure ({@code send ICMP packet fail})</td></tr>
 * <tr><td>no ICMP socket</td><td>no verdict, next try after delay_loop
 * ({@code ICMP connect fail to create socket. Rescheduling.})</td></tr>
 * </table>
 *
 * <p>Retries follow {@code icmp_epilog}: a failure is retried (after {@code delay_before_retry}) only while the
 * checker is up (see {@code CheckerState}).
 */
public final class PingChecker implements Checker {

    private static final Logger LOG = LoggerFactory.getLogger("Keepalived_healthcheckers");

    private final PingCheck check;
    private final Supplier<IcmpPinger> pinger;
    private final byte[] address;
    private final boolean ipv6;
    private int scopeId = -1;

    /**
     * @param check  the PING_CHECK block
     * @param pinger the shared pinger (started on first use)
     */
    public PingChecker(PingCheck check, Supplier<IcmpPinger> pinger) {
        this.check = Objects.requireNonNull(check, "check");
        this.pinger = Objects.requireNonNull(pinger, "pinger");
        InetAddress dst = check.connection().destination().getAddress();
        this.address = dst.getAddress();
        this.ipv6 = dst instanceof Inet6Address;
    }

    @Override
    public Future<CheckOutcome> attempt(EventLoop loop) {
        Attempt attempt = new Attempt(loop, check.connection().connectTimeout(), "timeout");
        IcmpPinger.SendResult r = pinger.get().ping(address, scopeId(), () -> loop.execute(
                () -> attempt.complete(CheckOutcome.success("success"))));
        switch (r) {
            case SENT -> {
            }
            case SEND_FAILED -> attempt.complete(CheckOutcome.failure("failed"));
            case NO_SOCKET -> {
                LOG.info("ICMP{} connect fail to create socket. Rescheduling.", ipv6 ? "v6" : "");
                attempt.complete(CheckOutcome.skipped("no socket"));
            }
        }
        return attempt.future();
    }

    /** The interface index for an IPv6 link-local destination: its own scope, else {@code bind_if}. */
    private int scopeId() {
        if (scopeId < 0) {
            int id = 0;
            if (check.connection().destination().getAddress() instanceof Inet6Address a6) {
                id = a6.getScopeId();
                if (id == 0 && a6.isLinkLocalAddress() && check.connection().bindInterface() != null) {
                    id = Interfaces.indexOf(check.connection().bindInterface()).orElse(0);
                }
            }
            scopeId = id;
        }
        return scopeId;
    }

    @Override
    public CheckWording wording() {
        return CheckWording.PING;
    }
}
