package org.keepalived4j.check.checker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.IoEventLoop;
import io.netty.channel.nio.NioIoHandler;
import org.junit.jupiter.api.Test;

/** The checkers' loop uses Linux's epoll transport where it loads: on this build's platform, it must. */
class TransportTest {

    @Test
    void checkersRunOnEpollOnLinux() {
        assertTrue(Epoll.isAvailable(), () -> "epoll transport unavailable: " + Epoll.unavailabilityCause());
        MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(1, Transport.ioHandlerFactory());
        try {
            assertTrue(((IoEventLoop) group.next()).isIoType(EpollIoHandler.class));
            assertTrue(EpollConnection.supported(group.next()), "TCP_CHECK and HTTP_GET take bare sockets on epoll");
        } finally {
            group.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    @Test
    void nioLoopsKeepChannels() {
        MultiThreadIoEventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            assertFalse(EpollConnection.supported(group.next()));
        } finally {
            group.shutdownGracefully(0, 0, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
        }
    }
}
