package org.keepalived4j.check.checker;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.EventLoop;
import io.netty.channel.IoEventLoop;
import io.netty.util.concurrent.Future;
import java.util.Objects;
import org.keepalived4j.config.model.lvs.CheckConnection;

/**
 * {@code TCP_CHECK}: the real server passes when a TCP connection to it is established within
 * {@code connect_timeout} (keepalived's {@code check_tcp.c}). The connection is closed at once (with a reset, as
 * SO_LINGER 0, so no TIME_WAIT piles up on the director).
 */
public final class TcpChecker implements Checker {

    private static final CheckOutcome SUCCESS = CheckOutcome.success("success");
    private static final CheckOutcome FAILED = CheckOutcome.failure("failed");

    private final CheckConnection connection;
    private final Transport.Endpoints endpoints;

    /** @param connection where to connect, from where, and the connect timeout */
    public TcpChecker(CheckConnection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.endpoints = Transport.Endpoints.of(connection);
    }

    @Override
    public Future<CheckOutcome> attempt(EventLoop loop) {
        // One timer (the attempt's) times the connect.
        Attempt attempt = new Attempt(loop, connection.connectTimeout(), "timeout");
        if (EpollConnection.supported(loop)) {
            EpollConnection c = EpollConnection.open((IoEventLoop) loop, endpoints, null, new ConnectOnly(attempt));
            if (c != null) {
                attempt.closes(c);
            }
            return attempt.future();
        }
        ChannelFuture f = Transport.connectTcp(loop, connection, null, 0);
        attempt.channel(f.channel());
        f.addListener(done -> attempt.complete(done.isSuccess() ? SUCCESS : FAILED));
        return attempt.future();
    }

    /** A conversation that ends at the connect: established passes, anything else fails. */
    private record ConnectOnly(Attempt attempt) implements Conversation {
        @Override
        public void connected() {
            attempt.complete(SUCCESS);
        }

        @Override
        public void connectFailed(Throwable cause) {
            attempt.complete(FAILED);
        }

        @Override
        public void sendFailed(Throwable cause) {
            attempt.complete(FAILED);
        }

        @Override
        public boolean received(ByteBuf data) {
            return false;
        }

        @Override
        public void ended(Throwable error) {
            attempt.complete(FAILED);
        }
    }

    @Override
    public CheckWording wording() {
        return CheckWording.TCP;
    }
}
