package org.keepalived4j.check.checker;

import io.netty.channel.EventLoop;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.Future;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A real checkers loop ({@link CheckerLoopGroup} on epoll, as the daemon's, unless a subclass says NIO) and local servers; attempts start on the
 * loop and are awaited with a bound, never slept on.
 */
abstract class CheckerTestBase {

    MultiThreadIoEventLoopGroup group;
    EventLoop loop;
    LocalServers servers;

    @BeforeEach
    void setUpLoop() {
        group = new CheckerLoopGroup(1, new DefaultThreadFactory("checker-test", true), ioHandlerFactory());
        loop = group.next();
        servers = new LocalServers();
    }

    /** The loop's I/O: the daemon's (epoll here); a subclass may test the NIO fallback. */
    IoHandlerFactory ioHandlerFactory() {
        return Transport.ioHandlerFactory();
    }

    @AfterEach
    void tearDownLoop() throws Exception {
        servers.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Runs one attempt and waits for it (bounded). */
    CheckOutcome run(Checker checker, Duration bound) throws Exception {
        Future<CheckOutcome> f = loop.submit(() -> checker.attempt(loop))
                .get(bound.toMillis(), TimeUnit.MILLISECONDS);
        if (!f.await(bound.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("attempt did not finish within " + bound);
        }
        return f.getNow();
    }
}
