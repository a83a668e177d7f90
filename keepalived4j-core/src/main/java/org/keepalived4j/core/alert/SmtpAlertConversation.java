package org.keepalived4j.core.alert;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One alert's SMTP dialogue (RFC 821), as keepalived 2.2.7's {@code core/smtp.c} state machine runs it: wait for the
 * {@code 220} greeting, {@code HELO}, {@code MAIL FROM}, one {@code RCPT TO} per recipient, {@code DATA}, the headers
 * and body, {@code QUIT}. Each stage expects one reply code; any other code is logged and the dialogue jumps to
 * {@code QUIT}. Continuation lines ({@code 250-...}) are skipped up to the last line of a reply.
 *
 * <table>
 * <caption>stages</caption>
 * <tr><th>stage</th><th>sent on entry</th><th>expected</th></tr>
 * <tr><td>GREETING</td><td>(nothing)</td><td>220</td></tr>
 * <tr><td>HELO</td><td>{@code HELO name}</td><td>250</td></tr>
 * <tr><td>MAIL</td><td>{@code MAIL FROM:<from>}</td><td>250</td></tr>
 * <tr><td>RCPT</td><td>{@code RCPT TO:<to>} per recipient</td><td>250 each</td></tr>
 * <tr><td>DATA</td><td>{@code DATA}</td><td>354</td></tr>
 * <tr><td>BODY</td><td>Date, From, Subject, X-Mailer, To headers, body, {@code .}</td><td>250</td></tr>
 * <tr><td>QUIT</td><td>{@code QUIT}</td><td>221</td></tr>
 * </table>
 *
 * <p>The reply timeout comes from an {@link io.netty.handler.timeout.IdleStateHandler} ahead of this handler (reader
 * idle = {@code smtp_connect_timeout}); lines come from a {@link io.netty.handler.codec.LineBasedFrameDecoder} that
 * strips the CRLF and fails on lines longer than keepalived's 1024-byte buffer. Runs on the sender's event loop.
 */
final class SmtpAlertConversation extends SimpleChannelInboundHandler<ByteBuf> {

    /** keepalived's {@code SMTP_BUFFER_MAX}: the longest reply line accepted. */
    static final int MAX_LINE = 1024;

    /** The Date header, as keepalived's {@code strftime("%a, %d %b %Y %H:%M:%S %z")} in local time. */
    private static final DateTimeFormatter RFC822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT);

    private enum Stage {
        GREETING(220, "(E)SMTP"), HELO(250, "HELO"), MAIL(250, "MAIL"), RCPT(250, "RCPT"), DATA(354, "DATA"),
        BODY(250, "BODY"), QUIT(221, "QUIT"), END(0, null);

        final int expected;
        final String command;

        Stage(int expected, String command) {
            this.expected = expected;
            this.command = command;
        }
    }

    private final SmtpSettings settings;
    private final AlertMessage message;
    private final String host;
    private final SmtpAlertSender.AlertLog log;
    private final boolean logDetail;
    private final Clock clock;
    private final Consumer<SmtpAlertSender.Result> onDone;
    private Stage stage = Stage.GREETING;
    private int nextRecipient;
    private boolean sent;
    private boolean done;

    /**
     * @param settings  the server, addresses and names
     * @param message   what to send
     * @param host      the server as keepalived prints it, {@code [10.0.0.9]:25}
     * @param log       where keepalived's LOG_INFO lines go
     * @param logDetail {@code -D}: also log the connection and success
     * @param clock     wall clock for the Date header
     * @param onDone    receives the result once
     */
    SmtpAlertConversation(SmtpSettings settings, AlertMessage message, String host, SmtpAlertSender.AlertLog log,
                          boolean logDetail, Clock clock, Consumer<SmtpAlertSender.Result> onDone) {
        this.settings = settings;
        this.message = message;
        this.host = host;
        this.log = log;
        this.logDetail = logDetail;
        this.clock = clock;
        this.onDone = onDone;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        if (logDetail) {
            log.info("Remote SMTP server " + host + " connected.");
        }
        ctx.fireChannelActive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
        if (done) {
            return;
        }
        String line = frame.toString(StandardCharsets.ISO_8859_1);
        if (line.length() > 3 && line.charAt(3) == '-') {
            return; // a continuation line of a multi-line reply; its last line carries the code
        }
        int status = status(line);
        if (status == stage.expected) {
            advance(ctx);
        } else if (stage == Stage.QUIT) {
            log.info("Error processing QUIT cmd on SMTP server " + host + ". SMTP status code = " + status);
            finish(ctx);
        } else {
            log.info("Error processing " + stage.command + " cmd on SMTP server " + host + ". SMTP status code = "
                    + status);
            enter(ctx, Stage.QUIT);
        }
    }

    private void advance(ChannelHandlerContext ctx) {
        switch (stage) {
            case GREETING -> enter(ctx, Stage.HELO);
            case HELO -> enter(ctx, Stage.MAIL);
            case MAIL -> enter(ctx, Stage.RCPT);
            case RCPT -> {
                if (nextRecipient < settings.recipients().size()) {
                    sendRecipient(ctx); // RFC 821 section 3.1: one RCPT per receiver
                } else {
                    enter(ctx, Stage.DATA);
                }
            }
            case DATA -> enter(ctx, Stage.BODY);
            case BODY -> {
                sent = true;
                if (logDetail) {
                    log.info("SMTP alert successfully sent.");
                }
                enter(ctx, Stage.QUIT);
            }
            case QUIT, END -> finish(ctx);
        }
    }

    private void enter(ChannelHandlerContext ctx, Stage next) {
        stage = next;
        switch (next) {
            case HELO -> write(ctx, "HELO " + settings.helo() + "\r\n");
            case MAIL -> write(ctx, "MAIL FROM:<" + settings.from() + ">\r\n");
            case RCPT -> sendRecipient(ctx);
            case DATA -> write(ctx, "DATA\r\n");
            case BODY -> write(ctx, mail());
            case QUIT -> write(ctx, "QUIT\r\n");
            case GREETING, END -> finish(ctx);
        }
    }

    private void sendRecipient(ChannelHandlerContext ctx) {
        write(ctx, "RCPT TO:<" + settings.recipients().get(nextRecipient++) + ">\r\n");
    }

    /** keepalived's SMTP_HEADERS_CMD, SMTP_BODY_CMD and SMTP_SEND_CMD in one write. */
    String mail() {
        return "Date: " + RFC822.format(ZonedDateTime.now(clock)) + "\r\n"
                + "From: " + settings.from() + "\r\n"
                + "Subject: " + message.subject() + "\r\n"
                + "X-Mailer: Keepalived\r\n"
                + "To: " + settings.toHeader() + "\r\n\r\n"
                + message.body() + "\r\n"
                + "\r\n.\r\n";
    }

    private void write(ChannelHandlerContext ctx, String text) {
        ctx.writeAndFlush(ByteBufUtil.writeUtf8(ctx.alloc(), text)).addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess() && !done) {
                log.info("Cannot send data to remote SMTP server " + host + ".");
                finish(ctx);
            }
        });
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent e && e.state() == IdleState.READER_IDLE && !done) {
            log.info("Timeout reading data to remote SMTP server " + host + ".");
            if (stage == Stage.QUIT) {
                finish(ctx); // a QUIT was already sent: just end
            } else {
                enter(ctx, Stage.QUIT);
            }
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (!done) {
            log.info("Remote SMTP server " + host + " has closed the connection.");
            done = true;
            onDone.accept(new SmtpAlertSender.Result(sent, sent ? "sent" : "closed by the server"));
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (done) {
            return;
        }
        if (cause instanceof TooLongFrameException) {
            log.info("Received buffer from remote SMTP server " + host + " overflow our get read buffer length.");
            enter(ctx, Stage.QUIT);
        } else {
            log.info("Error reading data from remote SMTP server " + host + ".");
            finish(ctx);
        }
    }

    private void finish(ChannelHandlerContext ctx) {
        if (done) {
            return;
        }
        done = true;
        stage = Stage.END;
        ctx.close();
        onDone.accept(new SmtpAlertSender.Result(sent, sent ? "sent" : "not sent"));
    }

    /** The three-digit code at the start of a reply line, or -1 when there is none. */
    static int status(String line) {
        if (line.length() < 3) {
            return -1;
        }
        int code = 0;
        for (int i = 0; i < 3; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            code = code * 10 + (c - '0');
        }
        return code;
    }
}
