package org.keepalived4j.check.checker;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.nio.NioIoHandler;

/** The same cases on an NIO loop: checks through a Netty channel instead of a bare epoll socket. */
class HttpGetCheckerNioTest extends HttpGetCheckerTest {

    @Override
    IoHandlerFactory ioHandlerFactory() {
        return NioIoHandler.newFactory();
    }
}
