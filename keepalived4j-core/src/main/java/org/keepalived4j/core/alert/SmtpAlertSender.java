package org.keepalived4j.core.alert;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ConnectTimeoutException;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.keepalived4j.config.model.lvs.LvsNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends e-mail alerts as keepalived's {@code smtp_alert()}: one TCP connection and one SMTP dialogue
 * ({@link SmtpAlertConversation}) per alert, several at a time, on its own one-thread Netty event loop
 * ({@code smtp-alert}). {@link #send} never blocks, so the VRRP thread and the checker loop may call it; name
 * resolution of an {@code smtp_server} given by name also happens on that thread.
 *
 * <p>Failures are logged as keepalived logs them (LOG_INFO) and nothing is retried:
 * {@code Timeout opening connection to remote SMTP server [10.0.0.9]:25.},
 * {@code SMTP connection ERROR to [10.0.0.9]:25.}, {@code Timeout reading data to remote SMTP server ...},
 * {@code Error processing RCPT cmd on SMTP server ... SMTP status code = 550}.
 *
 * <pre>{@code
 * SmtpAlertSender smtp = new SmtpAlertSender(SmtpAlertSender.AlertLog.slf4j(), Clock.systemDefaultZone(), false);
 * smtp.settings(SmtpSettings.from(config.globalDefs(), hostName, user).orElse(null));
 * smtp.send(AlertMessage.vrrpInstance(routerId, "VI_1", "Entering MASTER state",
 *         "=> VRRP Instance is now owning VRRP VIPs <="));
 * smtp.close();   // waits a little for alerts still being sent
 * }</pre>
 */
public final class SmtpAlertSender implements AutoCloseable {

    /** How long {@link #close()} waits for alerts still in progress (a stop alert is worth a short wait). */
    public static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    /** Where keepalived's LOG_INFO lines about mail go. */
    @FunctionalInterface
    public interface AlertLog {
        /** One line. */
        void info(String line);

        /** To SLF4J, logger {@code org.keepalived4j.core.alert}. */
        static AlertLog slf4j() {
            Logger logger = LoggerFactory.getLogger("org.keepalived4j.core.alert");
            return logger::info;
        }
    }

    /**
     * How one alert ended.
     *
     * @param sent   true when the server accepted the message (250 after the body)
     * @param detail a short reason
     */
    public record Result(boolean sent, String detail) {
    }

    private final AlertLog log;
    private final Clock clock;
    private final boolean logDetail;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1,
            new DefaultThreadFactory("smtp-alert", true), NioIoHandler.newFactory());
    private final Set<CompletableFuture<Result>> pending = ConcurrentHashMap.newKeySet();
    private volatile SmtpSettings settings;

    /**
     * @param log       where keepalived's log lines go
     * @param clock     wall clock for the Date header
     * @param logDetail {@code -D}: also log connections and successes
     */
    public SmtpAlertSender(AlertLog log, Clock clock, boolean logDetail) {
        this.log = log;
        this.clock = clock;
        this.logDetail = logDetail;
    }

    /** @param s the settings to use from now on; null sends nothing (no smtp_server or no recipients) */
    public void settings(SmtpSettings s) {
        this.settings = s;
    }

    /** The settings in force, or null. */
    public SmtpSettings settings() {
        return settings;
    }

    /**
     * Starts sending one alert; returns at once.
     *
     * @param message the alert
     * @return completes when the dialogue ends; {@code Result(false, "disabled")} at once when mail is off
     */
    public CompletableFuture<Result> send(AlertMessage message) {
        SmtpSettings s = settings;
        if (s == null) {
            return CompletableFuture.completedFuture(new Result(false, "disabled"));
        }
        if (group.isShuttingDown()) {
            log.info("SMTP alert not sent, the daemon is stopping: " + message.subject());
            return CompletableFuture.completedFuture(new Result(false, "stopping"));
        }
        CompletableFuture<Result> done = new CompletableFuture<>();
        pending.add(done);
        done.whenComplete((r, e) -> pending.remove(done));
        String host = hostText(s.server());
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, s.connectTimeout().toMillis());
        Bootstrap b = new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, timeoutMs)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(
                                new IdleStateHandler(timeoutMs, 0, 0, TimeUnit.MILLISECONDS),
                                new LineBasedFrameDecoder(SmtpAlertConversation.MAX_LINE, true, true),
                                new SmtpAlertConversation(s, message, host, log, logDetail, clock, done::complete));
                    }
                });
        b.connect(s.server()).addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess()) {
                if (f.cause() instanceof ConnectTimeoutException) {
                    log.info("Timeout opening connection to remote SMTP server " + host + ".");
                    done.complete(new Result(false, "connect timeout"));
                } else {
                    log.info("SMTP connection ERROR to " + host + ".");
                    done.complete(new Result(false, String.valueOf(f.cause())));
                }
            }
        });
        return done;
    }

    /** Alerts still being sent. */
    public int inFlight() {
        return pending.size();
    }

    /** Waits up to {@link #CLOSE_WAIT} for alerts in progress, then stops the event loop. */
    @Override
    public void close() {
        CompletableFuture<?>[] all = pending.toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(all).get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.info("Stopping with " + pending.size() + " SMTP alert(s) unsent");
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** keepalived's {@code FMT_SMTP_HOST()}: {@code [addr]:port}, or {@code [name]:port} before resolution. */
    static String hostText(InetSocketAddress server) {
        return server.isUnresolved() ? "[" + server.getHostString() + "]:" + server.getPort() : LvsNames.pair(server);
    }
}
