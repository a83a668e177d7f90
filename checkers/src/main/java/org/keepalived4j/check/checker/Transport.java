package org.keepalived4j.check.checker;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.IoEventLoop;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.keepalived4j.config.model.lvs.CheckConnection;

/**
 * Opens the sockets of a check as keepalived's {@code conn_opts_t} says: destination ({@code connect_ip},
 * {@code connect_port}), source ({@code bindto}, {@code bind_port}) and {@code connect_timeout}. On an epoll loop
 * ({@link #ioHandlerFactory()} where Linux's native transport loads) the channels are epoll ones, which cost about
 * half the system calls of NIO's per check; on an NIO loop, NIO channels.
 *
 * <p>Not supported yet and so ignored: {@code bind_if} (SO_BINDTODEVICE) and {@code fwmark} (SO_MARK).
 */
public final class Transport {

    private Transport() {
    }

    /** @return the I/O handler for a checkers' loop: Linux's epoll when it loads here, else NIO */
    public static IoHandlerFactory ioHandlerFactory() {
        return Epoll.isAvailable() ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    }

    /** Starts a TCP connection; the connect fails after the connection's timeout. */
    static ChannelFuture connectTcp(EventLoop loop, CheckConnection conn, ChannelHandler handler) {
        Bootstrap b = new Bootstrap()
                .group(loop)
                .channel(epoll(loop) ? EpollSocketChannel.class : NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, millis(conn.connectTimeout()))
                .option(ChannelOption.SO_LINGER, 0)
                .handler(handler);
        InetSocketAddress local = local(conn);
        return local == null ? b.connect(conn.destination()) : b.connect(conn.destination(), local);
    }

    /** Opens a UDP socket connected to the destination (so ICMP errors surface as exceptions). */
    static ChannelFuture connectUdp(EventLoop loop, CheckConnection conn, ChannelHandler handler) {
        Bootstrap b = new Bootstrap().group(loop)
                .channel(epoll(loop) ? EpollDatagramChannel.class : NioDatagramChannel.class)
                .handler(handler);
        InetSocketAddress local = local(conn);
        return local == null ? b.connect(conn.destination()) : b.connect(conn.destination(), local);
    }

    private static boolean epoll(EventLoop loop) {
        return loop instanceof IoEventLoop io && io.isIoType(EpollIoHandler.class);
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
