package org.keepalived4j.check.checker;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import java.util.Objects;
import org.keepalived4j.config.model.lvs.LvsNames;
import org.keepalived4j.config.model.lvs.SmtpCheck;

/**
 * {@code SMTP_CHECK} (keepalived's {@code check_smtp.c}): connect, read the {@code 220} greeting, {@code HELO},
 * expect {@code 250}, {@code QUIT}. Each read must come within {@code connect_timeout} (keepalived's read timeout);
 * the whole dialogue must finish within three of them.
 */
public final class SmtpChecker implements Checker {

    private final SmtpCheck check;

    /** @param check the SMTP_CHECK block (one per {@code host} sub-block) */
    public SmtpChecker(SmtpCheck check) {
        this.check = Objects.requireNonNull(check, "check");
    }

    @Override
    public Future<CheckOutcome> attempt(EventLoop loop) {
        String server = LvsNames.pair(check.connection().destination());
        Attempt attempt = new Attempt(loop, check.connection().connectTimeout().multipliedBy(3),
                "Read timeout from server " + server);
        ChannelFuture cf = Transport.connectTcp(loop, check.connection(), new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel ch) {
                ch.pipeline().addLast(new io.netty.handler.timeout.ReadTimeoutHandler(
                        Transport.millis(check.connection().connectTimeout()), java.util.concurrent.TimeUnit.MILLISECONDS));
                ch.pipeline().addLast(new SmtpConversation(check.heloName(), server, attempt::complete));
            }
        });
        attempt.channel(cf.channel());
        cf.addListener(f -> {
            if (!f.isSuccess()) {
                attempt.complete(CheckOutcome.failure(f.cause() instanceof ConnectTimeoutException
                        ? "Connection timeout to server " + server : "Error connecting to server " + server));
            }
        });
        return attempt.future();
    }

    @Override
    public CheckWording wording() {
        return CheckWording.SMTP;
    }
}
