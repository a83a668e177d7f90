package org.keepalived4j.core.status;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.ReadTimeoutHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The status endpoint's HTTP server: one Netty event-loop thread ({@code status-http}) for the sockets, and a
 * virtual thread per request to take the snapshot ({@link StatusHttpHandler}). Requests are small and bounded
 * (8 KiB aggregated); idle connections are closed after {@value #IDLE_SECONDS} s.
 *
 * <pre>{@code
 * try (StatusServer server = StatusServer.bind(StatusAddress.parse("127.0.0.1:9650"), board)) {
 *     ... server.localAddress() ...
 * }
 * }</pre>
 */
public final class StatusServer implements AutoCloseable {

    /** Seconds a connection may stay idle. */
    public static final int IDLE_SECONDS = 60;
    private static final int MAX_REQUEST_BYTES = 8192;

    private final EventLoopGroup group;
    private final ExecutorService work;
    private final Channel channel;

    private StatusServer(EventLoopGroup group, ExecutorService work, Channel channel) {
        this.group = group;
        this.work = work;
        this.channel = channel;
    }

    /**
     * Binds and starts serving.
     *
     * @throws IOException when the address cannot be bound (in use, not local, no such host)
     */
    public static StatusServer bind(StatusAddress address, StatusSource source) throws IOException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("status-http", true),
                NioIoHandler.newFactory());
        ExecutorService work = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("status-", 0).factory());
        StatusHttpHandler handler = new StatusHttpHandler(source, work);
        try {
            InetSocketAddress where = address.socketAddress();
            if (where.isUnresolved()) {
                throw new IOException("cannot resolve " + address.host());
            }
            ChannelFuture bound = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel c) {
                            c.pipeline().addLast(new ReadTimeoutHandler(IDLE_SECONDS), new HttpServerCodec(),
                                    new HttpObjectAggregator(MAX_REQUEST_BYTES), handler);
                        }
                    })
                    .bind(where).awaitUninterruptibly();
            if (!bound.isSuccess()) {
                throw new IOException("cannot listen on " + address + ": " + bound.cause().getMessage(),
                        bound.cause());
            }
            return new StatusServer(group, work, bound.channel());
        } catch (IOException | RuntimeException e) {
            shutdown(group, work);
            throw e;
        }
    }

    /** The bound address (the real port when 0 was asked). */
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** Stops listening and closes every connection. */
    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        shutdown(group, work);
    }

    private static void shutdown(EventLoopGroup group, ExecutorService work) {
        work.shutdown();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        try {
            work.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
