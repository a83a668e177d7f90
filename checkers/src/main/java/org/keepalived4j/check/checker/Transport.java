package org.keepalived4j.check.checker;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.keepalived4j.config.model.lvs.CheckConnection;

/**
 * Opens the sockets of a check as keepalived's {@code conn_opts_t} says: destination ({@code connect_ip},
 * {@code connect_port}), source ({@code bindto}, {@code bind_port}) and {@code connect_timeout}. NIO channels, so the
 * loop must be an NIO loop ({@code NioIoHandler}).
 *
 * <p>Not supported by NIO and so ignored for now: {@code bind_if} (SO_BINDTODEVICE) and {@code fwmark} (SO_MARK).
 */
final class Transport {

    private Transport() {
    }

    /** Starts a TCP connection; the connect fails after the connection's timeout. */
    static ChannelFuture connectTcp(EventLoop loop, CheckConnection conn, ChannelHandler handler) {
        Bootstrap b = new Bootstrap()
                .group(loop)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, millis(conn.connectTimeout()))
                .option(ChannelOption.SO_LINGER, 0)
                .handler(handler);
        InetSocketAddress local = local(conn);
        return local == null ? b.connect(conn.destination()) : b.connect(conn.destination(), local);
    }

    /** Opens a UDP socket connected to the destination (so ICMP errors surface as exceptions). */
    static ChannelFuture connectUdp(EventLoop loop, CheckConnection conn, ChannelHandler handler) {
        Bootstrap b = new Bootstrap().group(loop).channel(NioDatagramChannel.class).handler(handler);
        InetSocketAddress local = local(conn);
        return local == null ? b.connect(conn.destination()) : b.connect(conn.destination(), local);
    }

    private static InetSocketAddress local(CheckConnection conn) {
        if (conn.bindAddress() != null) {
            return new InetSocketAddress(conn.bindAddress(), conn.bindPort());
        }
        return conn.bindPort() != 0 ? new InetSocketAddress(conn.bindPort()) : null;
    }

    static int millis(Duration d) {
        return (int) Math.clamp(d.toMillis(), 1, Integer.MAX_VALUE);
    }
}
