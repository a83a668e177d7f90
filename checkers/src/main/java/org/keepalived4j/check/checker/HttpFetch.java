package org.keepalived4j.check.checker;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.function.Function;

/**
 * One url fetch of an {@code HTTP_GET} / {@code SSL_GET} attempt on its own connection: the only handler of the
 * channel's pipeline (after TLS for SSL_GET). It listens to the connect, sends the request once connected, feeds the
 * response to an {@link HttpResponseReader} and completes the {@link Attempt} with the judged response at end of
 * stream, on a read error or on a header block too large; the attempt's timer covers the connect, each read and the
 * whole fetch. Used on the loop only.
 */
final class HttpFetch extends ChannelInboundHandlerAdapter implements ChannelFutureListener {

    private final Attempt attempt;
    private final ByteBuf request;
    private final HttpResponseReader reader;
    private final Function<HttpResponseReader.Response, CheckOutcome> judge;
    private boolean connected;

    /**
     * @param attempt the attempt to complete
     * @param request the request's bytes (a duplicate the channel may release)
     * @param digest  true to compute the body's MD5
     * @param judge   turns the response read into the outcome
     */
    HttpFetch(Attempt attempt, ByteBuf request, boolean digest,
              Function<HttpResponseReader.Response, CheckOutcome> judge) {
        this.attempt = attempt;
        this.request = request;
        this.reader = new HttpResponseReader(digest);
        this.judge = judge;
    }

    /** The connect's and then the request write's outcome. */
    @Override
    public void operationComplete(ChannelFuture f) {
        if (!connected) {
            if (f.isSuccess()) {
                connected = true;
                attempt.phase("Timeout HTTP read");
            } else {
                request.release();
                attempt.complete(CheckOutcome.failure("Error connecting"));
            }
        } else if (!f.isSuccess()) {
            attempt.complete(CheckOutcome.failure("Cannot send get request to"));
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.writeAndFlush(request).addListener(this);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf buf)) {
            ctx.fireChannelRead(msg);
            return;
        }
        attempt.activity();
        boolean more;
        try {
            more = reader.consume(buf);
        } finally {
            buf.release();
        }
        if (!more) {
            finish(new IllegalStateException("HTTP header block larger than "
                    + HttpResponseReader.MAX_HEADER_BYTES + " bytes"));
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        finish(null);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        finish(cause);
    }

    private void finish(Throwable error) {
        HttpResponseReader.Response r = reader.finish(error);
        if (r != null) {
            attempt.complete(judge.apply(r)); // closes the channel
        }
    }
}
