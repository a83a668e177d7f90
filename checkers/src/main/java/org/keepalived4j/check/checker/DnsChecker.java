package org.keepalived4j.check.checker;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.keepalived4j.config.model.lvs.DnsCheck;

/**
 * {@code DNS_CHECK} (keepalived's {@code check_dns.c}): a UDP query of {@code type} for {@code name}; the real server
 * passes on a reply with the query's id and RCODE 0 within {@code connect_timeout}.
 */
public final class DnsChecker implements Checker {

    private final DnsCheck check;

    /** @param check the DNS_CHECK block */
    public DnsChecker(DnsCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public Future<CheckOutcome> attempt(EventLoop loop) {
        int id = ThreadLocalRandom.current().nextInt(0x10000);
        byte[] query = DnsQuery.encode(id, check.name(), check.type().code());
        Attempt attempt = new Attempt(loop, check.connection().connectTimeout(), "read timeout from socket");
        ChannelFuture cf = Transport.connectUdp(loop, check.connection(), new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                ch.pipeline().addLast(new DatagramReplies(reply -> {
                    int rcode = DnsQuery.rcode(reply, id);
                    if (rcode == DnsQuery.NOT_A_REPLY) {
                        return false;
                    }
                    attempt.complete(rcode == 0 ? CheckOutcome.success("success")
                            : CheckOutcome.failure("read error occurred. (rcode = " + rcode + ")"));
                    return true;
                }, error -> attempt.complete(CheckOutcome.failure("failed to read socket; " + error.getMessage()))));
            }
        });
        attempt.channel(cf.channel());
        cf.addListener(f -> {
            if (!f.isSuccess()) {
                attempt.complete(CheckOutcome.failure("failed to connect socket"));
                return;
            }
            cf.channel().writeAndFlush(Unpooled.wrappedBuffer(query)).addListener(w -> {
                if (!w.isSuccess()) {
                    attempt.complete(CheckOutcome.failure("failed to send query"));
                }
            });
        });
        return attempt.future();
    }

    @Override
    public CheckWording wording() {
        return CheckWording.DNS;
    }
}
