package org.keepalived4j.check.checker;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * A {@link Conversation} carried by a Netty channel (SSL_GET, and every check on an NIO loop): the only handler of
 * the pipeline after TLS. It listens to the connect ({@link #operationComplete}, add it to the connect future), sends
 * the request when the channel becomes active and hands reads, end of stream and errors over.
 */
final class ChannelConversation extends ChannelInboundHandlerAdapter implements ChannelFutureListener {

    private final Conversation conversation;
    private final ByteBuf request;
    private boolean connected;

    /**
     * @param conversation what to tell
     * @param request      the request's bytes (the channel releases them), or null to send nothing
     */
    ChannelConversation(Conversation conversation, ByteBuf request) {
        this.conversation = conversation;
        this.request = request;
    }

    /** The connect's and then the request write's outcome. */
    @Override
    public void operationComplete(ChannelFuture f) {
        if (!connected) {
            if (f.isSuccess()) {
                connected = true;
                conversation.connected();
            } else {
                if (request != null) {
                    request.release();
                }
                conversation.connectFailed(f.cause());
            }
        } else if (!f.isSuccess()) {
            conversation.sendFailed(f.cause());
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        if (request != null) {
            ctx.writeAndFlush(request).addListener(this);
        }
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf buf)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            conversation.received(buf);
        } finally {
            buf.release();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        conversation.ended(null);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        conversation.ended(cause);
    }
}
