package org.keepalived4j.check.checker;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import java.util.Objects;
import org.keepalived4j.config.model.lvs.CheckConnection;

/**
 * {@code TCP_CHECK}: the real server passes when a TCP connection to it is established within
 * {@code connect_timeout} (keepalived's {@code check_tcp.c}). The connection is closed at once (with a reset, as
 * SO_LINGER 0, so no TIME_WAIT piles up on the director).
 */
public final class TcpChecker implements Checker {

    private final CheckConnection connection;

    /** @param connection where to connect, from where, and the connect timeout */
    public TcpChecker(CheckConnection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public Future<CheckOutcome> attempt(EventLoop loop) {
        // The connect timeout option fires first; the deadline is a backstop.
        Attempt attempt = new Attempt(loop, connection.connectTimeout().multipliedBy(2), "timeout");
        ChannelFuture f = Transport.connectTcp(loop, connection, new ChannelInboundHandlerAdapter());
        attempt.channel(f.channel());
        f.addListener(done -> {
            if (done.isSuccess()) {
                attempt.complete(CheckOutcome.success("success"));
            } else {
                attempt.complete(CheckOutcome.failure(
                        done.cause() instanceof ConnectTimeoutException ? "timeout" : "failed"));
            }
        });
        return attempt.future();
    }

    @Override
    public CheckWording wording() {
        return CheckWording.TCP;
    }
}
