package org.keepalived4j.check.checker;

import io.netty.buffer.ByteBuf;

/**
 * What a check says and hears on one TCP connection, whichever transport carries it: a Netty channel
 * ({@link ChannelConversation}) or a bare socket on the epoll loop ({@link EpollConnection}). Called on the loop,
 * in this order: {@link #connected} or {@link #connectFailed}; then, for a check with a request, {@link #received}
 * any number of times and {@link #ended} once (or {@link #sendFailed}). Each method may complete the attempt, which
 * closes the connection.
 */
interface Conversation {

    /** The connection is established. */
    void connected();

    /** The connect failed (refused, unreachable, reset); a connect timeout is the attempt's own. */
    void connectFailed(Throwable cause);

    /** The request could not be written. */
    void sendFailed(Throwable cause);

    /**
     * Bytes arrived; the buffer is read by the callee and not kept.
     *
     * @return false to stop reading (the attempt is complete)
     */
    boolean received(ByteBuf data);

    /** The stream ended: the peer closed ({@code error} null) or a read failed. */
    void ended(Throwable error);
}
