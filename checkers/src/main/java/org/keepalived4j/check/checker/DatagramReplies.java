package org.keepalived4j.check.checker;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DatagramPacket;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Hands the payload of each datagram received on a connected UDP channel to a predicate until it accepts one, and
 * reports an ICMP error (a {@code PortUnreachableException} on a connected socket) as {@code null}.
 */
final class DatagramReplies extends ChannelInboundHandlerAdapter {

    private final Predicate<byte[]> accept;
    private final Consumer<Throwable> onError;

    /**
     * @param accept  returns true when a reply settles the attempt
     * @param onError called on a socket error (ICMP unreachable and the like)
     */
    DatagramReplies(Predicate<byte[]> accept, Consumer<Throwable> onError) {
        this.accept = accept;
        this.onError = onError;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof DatagramPacket packet)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            accept.test(ByteBufUtil.getBytes(packet.content()));
        } finally {
            packet.release();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        onError.accept(cause);
    }
}
