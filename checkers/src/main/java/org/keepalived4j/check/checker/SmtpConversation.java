package org.keepalived4j.check.checker;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The SMTP_CHECK dialogue of keepalived's {@code smtp_engine_thread}: wait for the {@code 220} greeting, send
 * {@code HELO name}, expect {@code 250}, send {@code QUIT}, and succeed on any reply to it.
 *
 * <p>States: {@code BANNER} → {@code HELO} → {@code QUIT} → {@code DONE}. Unlike keepalived, multi-line replies
 * ({@code 220-...} continuation lines) are read to their last line instead of failing the check. A reply line longer
 * than {@link #MAX_LINE} fails the check.
 */
final class SmtpConversation extends ChannelInboundHandlerAdapter {

    /** Longest reply line accepted. */
    static final int MAX_LINE = 4096;

    private enum State { BANNER, HELO, QUIT, DONE }

    private final String heloName;
    private final String server;
    private final Consumer<CheckOutcome> onDone;
    private final StringBuilder line = new StringBuilder(128);
    private State state = State.BANNER;

    /**
     * @param heloName the HELO argument
     * @param server   the server as {@code [addr]:port}, for failure details
     * @param onDone   receives the outcome once
     */
    SmtpConversation(String heloName, String server, Consumer<CheckOutcome> onDone) {
        this.heloName = heloName;
        this.server = server;
        this.onDone = onDone;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf buf)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            while (buf.isReadable() && state != State.DONE) {
                byte b = buf.readByte();
                if (b == '\n') {
                    onLine(ctx, line.toString());
                    line.setLength(0);
                } else if (b != '\r') {
                    if (line.length() >= MAX_LINE) {
                        finish(ctx, CheckOutcome.failure("Buffer overflow reading from server " + server + "."));
                        return;
                    }
                    line.append((char) (b & 0xff));
                }
            }
        } finally {
            buf.release();
        }
    }

    private void onLine(ChannelHandlerContext ctx, String reply) {
        if (reply.length() >= 4 && reply.charAt(3) == '-') {
            return; // continuation line of a multi-line reply
        }
        int status = status(reply);
        switch (state) {
            case BANNER -> {
                if (status != 220) {
                    finish(ctx, CheckOutcome.failure("Bad greeting banner from server " + server));
                } else {
                    state = State.HELO;
                    send(ctx, "HELO " + heloName + "\r\n");
                }
            }
            case HELO -> {
                if (status != 250) {
                    finish(ctx, CheckOutcome.failure("Bad HELO response from server " + server));
                } else {
                    state = State.QUIT;
                    send(ctx, "QUIT\r\n");
                }
            }
            case QUIT -> finish(ctx, CheckOutcome.success("success"));
            case DONE -> { }
        }
    }

    /** keepalived's {@code smtp_get_status}: three digits followed by a space or the end, else -1. */
    static int status(String reply) {
        if (reply.length() < 3 || (reply.length() > 3 && reply.charAt(3) != ' ')) {
            return -1;
        }
        int code = 0;
        for (int i = 0; i < 3; i++) {
            char c = reply.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            code = code * 10 + (c - '0');
        }
        return code;
    }

    private void send(ChannelHandlerContext ctx, String text) {
        ctx.writeAndFlush(Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII)).addListener(f -> {
            if (!f.isSuccess()) {
                finish(ctx, CheckOutcome.failure("Write failure to server " + server));
            }
        });
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        finish(ctx, CheckOutcome.failure("Read failure from server " + server));
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        finish(ctx, CheckOutcome.failure((cause instanceof io.netty.handler.timeout.ReadTimeoutException
                ? "Read timeout from server " : "Read failure from server ") + server));
    }

    private void finish(ChannelHandlerContext ctx, CheckOutcome outcome) {
        if (state == State.DONE) {
            return;
        }
        state = State.DONE;
        onDone.accept(outcome);
        ctx.close();
    }
}
