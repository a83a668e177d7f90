package org.keepalived4j.check.checker;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPromise;
import io.netty.channel.EventLoop;
import io.netty.channel.IoEventLoop;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.channels.spi.SelectorProvider;
import java.time.Duration;
import org.keepalived4j.config.model.lvs.CheckConnection;

/**
 * Opens the sockets of a check as keepalived's {@code conn_opts_t} says: destination ({@code connect_ip},
 * {@code connect_port}), source ({@code bindto}, {@code bind_port}) and {@code connect_timeout}. On an epoll loop
 * ({@link #ioHandlerFactory()} where Linux's native transport loads) TCP_CHECK and HTTP_GET use bare sockets
 * ({@link EpollConnection}: about half the system calls of an epoll channel, a third of NIO's) and the other checks
 * epoll channels; on an NIO loop, every check uses NIO channels.
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
        return connectTcp(loop, conn, handler, millis(conn.connectTimeout()));
    }

    /**
     * Starts a TCP connection without a {@link Bootstrap} (a check connects every {@code delay_loop} for the life of
     * the daemon: one channel, its handler and one connect, nothing else built per attempt). The socket has the
     * destination's address family (an IPv4 check gets an AF_INET socket, not a dual-stack one) and SO_LINGER 0.
     *
     * @param handler              the channel's handler, or null for none (a connect-only check)
     * @param connectTimeoutMillis the connect's own timeout, or 0 when the caller times the connect itself
     */
    static ChannelFuture connectTcp(EventLoop loop, CheckConnection conn, ChannelHandler handler,
                                    int connectTimeoutMillis) {
        InetSocketAddress dst = conn.destination();
        SocketProtocolFamily family = family(dst);
        Channel ch = epoll(loop) ? new EpollSocketChannel(family)
                : new NioSocketChannel(SelectorProvider.provider(), family);
        ch.config().setConnectTimeoutMillis(connectTimeoutMillis);
        ch.config().setOption(ChannelOption.SO_LINGER, 0);
        if (handler != null) {
            ch.pipeline().addLast(handler);
        }
        ChannelPromise connected = ch.newPromise();
        InetSocketAddress local = local(conn);
        loop.register(ch).addListener(r -> {
            if (!r.isSuccess()) {
                ch.unsafe().closeForcibly();
                connected.setFailure(r.cause());
            } else if (local == null) {
                ch.connect(dst, connected);
            } else {
                ch.connect(dst, local, connected);
            }
        });
        return connected;
    }

    /** Opens a UDP socket connected to the destination (so ICMP errors surface as exceptions). */
    static ChannelFuture connectUdp(EventLoop loop, CheckConnection conn, ChannelHandler handler) {
        Bootstrap b = new Bootstrap().group(loop)
                .channel(epoll(loop) ? EpollDatagramChannel.class : NioDatagramChannel.class)
                .handler(handler);
        InetSocketAddress local = local(conn);
        return local == null ? b.connect(conn.destination()) : b.connect(conn.destination(), local);
    }

    /** The socket family for a destination: AF_INET for IPv4 (not a dual-stack IPv6 socket), else AF_INET6. */
    static SocketProtocolFamily family(InetSocketAddress destination) {
        return destination.getAddress() instanceof Inet4Address ? SocketProtocolFamily.INET
                : SocketProtocolFamily.INET6;
    }

    private static boolean epoll(EventLoop loop) {
        return loop instanceof IoEventLoop io && io.isIoType(EpollIoHandler.class);
    }

    /** Where a check connects to and from (resolved once per check, not per attempt). */
    record Endpoints(InetSocketAddress destination, InetSocketAddress local) {
        static Endpoints of(CheckConnection conn) {
            return new Endpoints(conn.destination(), Transport.local(conn));
        }
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
