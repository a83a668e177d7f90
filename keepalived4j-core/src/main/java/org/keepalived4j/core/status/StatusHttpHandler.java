package org.keepalived4j.core.status;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code GET /metrics} (Prometheus text), {@code GET /status} (JSON) and {@code GET /} (a short index);
 * other paths get 404, other methods 405 ({@code HEAD} is answered like {@code GET} without the body). The
 * snapshot is taken on {@code work}, never on the event loop: reading the parts' status waits on their threads.
 */
@ChannelHandler.Sharable
final class StatusHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(StatusHttpHandler.class);
    private static final String INDEX = "keepalived4j status endpoint\n/metrics  Prometheus metrics\n"
            + "/status   JSON status document\n";

    private final StatusSource source;
    private final Executor work;

    StatusHttpHandler(StatusSource source, Executor work) {
        this.source = source;
        this.work = work;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
        boolean keepAlive = HttpUtil.isKeepAlive(req);
        HttpVersion version = req.protocolVersion();
        boolean head = req.method().equals(HttpMethod.HEAD);
        if (!req.decoderResult().isSuccess()) {
            respond(ctx, version, false, head, HttpResponseStatus.BAD_REQUEST, "text/plain", "bad request\n");
            return;
        }
        if (!req.method().equals(HttpMethod.GET) && !head) {
            respond(ctx, version, keepAlive, false, HttpResponseStatus.METHOD_NOT_ALLOWED, "text/plain",
                    "only GET\n");
            return;
        }
        String path = new QueryStringDecoder(req.uri()).path();
        switch (path) {
            case "/metrics", "/status" -> {
                boolean metrics = path.equals("/metrics");
                ctx.channel().config().setAutoRead(false); // one request at a time: answers stay in order
                try {
                    work.execute(() -> render(ctx, version, keepAlive, head, metrics));
                } catch (RejectedExecutionException e) {
                    respond(ctx, version, false, head, HttpResponseStatus.SERVICE_UNAVAILABLE, "text/plain",
                            "stopping\n");
                }
            }
            case "/" -> respond(ctx, version, keepAlive, head, HttpResponseStatus.OK, "text/plain; charset=utf-8",
                    INDEX);
            default -> respond(ctx, version, keepAlive, head, HttpResponseStatus.NOT_FOUND, "text/plain",
                    "not found\n");
        }
    }

    /** Takes the snapshot and renders it on a worker thread, then answers on the channel's event loop. */
    private void render(ChannelHandlerContext ctx, HttpVersion version, boolean keepAlive, boolean head,
                        boolean metrics) {
        HttpResponseStatus status = HttpResponseStatus.OK;
        String type;
        String body;
        boolean keep = keepAlive;
        try {
            StatusSnapshot s = source.snapshot();
            type = metrics ? PrometheusWriter.CONTENT_TYPE : StatusDocument.CONTENT_TYPE;
            body = metrics ? MetricsPage.render(s) : StatusDocument.render(s);
        } catch (RuntimeException e) {
            LOG.warn("Status request failed: {}", e.toString());
            status = HttpResponseStatus.INTERNAL_SERVER_ERROR;
            type = "text/plain";
            body = "error: " + e.getMessage() + "\n";
            keep = false;
        }
        HttpResponseStatus st = status;
        String t = type;
        String b = body;
        boolean k = keep;
        try {
            ctx.executor().execute(() -> respond(ctx, version, k, head, st, t, b));
        } catch (RejectedExecutionException e) {
            LOG.debug("Status endpoint stopped before answering: {}", e.toString());
        }
    }

    private static void respond(ChannelHandlerContext ctx, HttpVersion version, boolean keepAlive, boolean head,
                                HttpResponseStatus status, String contentType, String body) {
        ByteBuf content = ByteBufUtil.writeUtf8(ctx.alloc(), body);
        int length = content.readableBytes();
        if (head) {
            content.release();
            content = ctx.alloc().buffer(0);
        }
        FullHttpResponse res = new DefaultFullHttpResponse(version, status, content);
        res.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        res.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, length);
        if (keepAlive) {
            if (version.equals(HttpVersion.HTTP_1_0)) {
                res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            }
            // reading resumes once the answer is out (it was paused while the snapshot was taken)
            ctx.writeAndFlush(res).addListener(f -> ctx.channel().config().setAutoRead(true));
        } else {
            res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("Status connection error: {}", cause.toString());
        ctx.close();
    }
}
