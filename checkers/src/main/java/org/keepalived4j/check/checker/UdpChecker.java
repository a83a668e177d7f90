package org.keepalived4j.check.checker;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.keepalived4j.config.model.lvs.HexPattern;
import org.keepalived4j.config.model.lvs.UdpCheck;

/**
 * {@code UDP_CHECK} (keepalived's {@code check_udp.c}): send {@code payload} (an empty datagram without one) on a
 * connected socket and wait {@code connect_timeout}. An ICMP error fails the check. Without {@code require_reply} the
 * silence of the timeout is a pass; with it, a reply of {@code min_reply_length} to {@code max_reply_length} bytes
 * whose first bytes match the expected pattern (where both have bytes, wildcard nibbles allowed) is needed.
 */
public final class UdpChecker implements Checker {

    private final UdpCheck check;

    /** @param check the UDP_CHECK block */
    public UdpChecker(UdpCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public Future<CheckOutcome> attempt(EventLoop loop) {
        long timeoutNs = check.connection().connectTimeout().toNanos();
        Attempt attempt = new Attempt(loop, check.connection().connectTimeout().multipliedBy(2), "failed");
        ChannelFuture cf = Transport.connectUdp(loop, check.connection(), new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                ch.pipeline().addLast(new DatagramReplies(reply -> {
                    if (!check.requireReply()) {
                        return false; // any reply is fine, but keepalived waits for an error or the timeout
                    }
                    attempt.complete(replyMatches(check, reply) ? CheckOutcome.success("success")
                            : CheckOutcome.failure("reply data mismatch"));
                    return true;
                }, error -> attempt.complete(CheckOutcome.failure("failed"))));
            }
        });
        attempt.channel(cf.channel());
        cf.addListener(f -> {
            if (!f.isSuccess()) {
                attempt.complete(CheckOutcome.failure("failed"));
                return;
            }
            HexPattern payload = check.payload();
            byte[] data = payload == null ? new byte[0] : payload.data();
            cf.channel().writeAndFlush(Unpooled.wrappedBuffer(data)).addListener(w -> {
                if (!w.isSuccess()) {
                    attempt.complete(CheckOutcome.failure("failed"));
                }
            });
            loop.schedule(() -> attempt.complete(check.requireReply() ? CheckOutcome.failure("failed")
                    : CheckOutcome.success("success")), timeoutNs, TimeUnit.NANOSECONDS);
        });
        return attempt.future();
    }

    /** keepalived's {@code check_udp_reply}: length bounds, then the common prefix against the pattern. */
    static boolean replyMatches(UdpCheck check, byte[] reply) {
        if (reply.length < check.minReplyLength() || reply.length > check.maxReplyLength()) {
            return false;
        }
        HexPattern expected = check.reply();
        if (expected == null) {
            return true;
        }
        byte[] data = expected.data();
        byte[] mask = expected.mask();
        int n = Math.min(data.length, reply.length);
        for (int i = 0; i < n; i++) {
            int wild = mask == null ? 0 : mask[i] & 0xff;
            if (((reply[i] ^ data[i]) & ~wild & 0xff) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public CheckWording wording() {
        return CheckWording.UDP;
    }
}
