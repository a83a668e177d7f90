package org.keepalived4j.check.runtime;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.util.Objects;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLException;
import org.keepalived4j.check.checker.Checker;
import org.keepalived4j.check.checker.DnsChecker;
import org.keepalived4j.check.checker.HttpGetChecker;
import org.keepalived4j.check.checker.IcmpPinger;
import org.keepalived4j.check.checker.MiscChecker;
import org.keepalived4j.check.checker.PingChecker;
import org.keepalived4j.check.checker.ScriptUser;
import org.keepalived4j.check.checker.SmtpChecker;
import org.keepalived4j.check.checker.TcpChecker;
import org.keepalived4j.check.checker.UdpChecker;
import org.keepalived4j.config.model.lvs.Check;
import org.keepalived4j.config.model.lvs.DnsCheck;
import org.keepalived4j.config.model.lvs.FileCheck;
import org.keepalived4j.config.model.lvs.HttpGetCheck;
import org.keepalived4j.config.model.lvs.MiscCheck;
import org.keepalived4j.config.model.lvs.PingCheck;
import org.keepalived4j.config.model.lvs.SmtpCheck;
import org.keepalived4j.config.model.lvs.SslGetCheck;
import org.keepalived4j.config.model.lvs.TcpCheck;
import org.keepalived4j.config.model.lvs.UdpCheck;

/**
 * The production {@link CheckerFactory}: an exhaustive switch over the sealed {@link Check}, so a new check type
 * breaks the build here. SSL_GET uses a client context that does not verify the server (keepalived's behaviour
 * without an {@code SSL { ca }} block). PING_CHECK shares one {@link IcmpPinger}, started with the first PING_CHECK
 * and stopped by {@link #close()}. FILE_CHECK is not a periodic check: the engine follows its file itself (null
 * here).
 */
public final class DefaultCheckerFactory implements CheckerFactory, AutoCloseable {

    private final Executor processExecutor;
    private final IcmpPinger.Mode icmpMode;
    private SslContext ssl;
    private IcmpPinger pinger;
    private volatile ScriptUser scriptUser = ScriptUser.asThisProcess();

    /**
     * @param processExecutor where MISC_CHECK scripts are started
     * @param ssl             the TLS client context for SSL_GET, or null for the default insecure one
     */
    public DefaultCheckerFactory(Executor processExecutor, SslContext ssl) {
        this(processExecutor, ssl, IcmpPinger.Mode.AUTO);
    }

    /**
     * @param processExecutor where MISC_CHECK scripts are started
     * @param ssl             the TLS client context for SSL_GET, or null for the default insecure one
     * @param icmpMode        which ICMP sockets PING_CHECK uses
     */
    public DefaultCheckerFactory(Executor processExecutor, SslContext ssl, IcmpPinger.Mode icmpMode) {
        this.processExecutor = Objects.requireNonNull(processExecutor, "processExecutor");
        this.ssl = ssl;
        this.icmpMode = Objects.requireNonNull(icmpMode, "icmpMode");
    }

    /** @param user whom MISC_CHECK scripts made from now on run as (the config's {@code script_user}) */
    public void scriptUser(ScriptUser user) {
        this.scriptUser = Objects.requireNonNull(user, "user");
    }

    private synchronized IcmpPinger pinger() {
        if (pinger == null) {
            pinger = IcmpPinger.start(icmpMode);
        }
        return pinger;
    }

    /** Stops the ICMP pinger, if one was started. */
    @Override
    public synchronized void close() {
        if (pinger != null) {
            pinger.close();
            pinger = null;
        }
    }

    /** A TLS client context that trusts any server certificate, as keepalived's SSL_GET without a CA. */
    public static SslContext insecureClientContext() {
        try {
            return SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot build a TLS client context: " + e.getMessage(), e);
        }
    }

    private SslContext sslContext() {
        if (ssl == null) {
            ssl = insecureClientContext();
        }
        return ssl;
    }

    @Override
    public Checker create(Check check) {
        return switch (check) {
            case TcpCheck c -> new TcpChecker(c.connection());
            case HttpGetCheck c -> new HttpGetChecker(c, null, HttpGetChecker.defaultUrlDeadline(c));
            case SslGetCheck c -> new HttpGetChecker(c, sslContext(), HttpGetChecker.defaultUrlDeadline(c));
            case MiscCheck c -> new MiscChecker(c, processExecutor, scriptUser);
            case SmtpCheck c -> new SmtpChecker(c);
            case DnsCheck c -> new DnsChecker(c);
            case UdpCheck c -> new UdpChecker(c);
            case PingCheck c -> new PingChecker(c, this::pinger);
            case FileCheck c -> null;
        };
    }
}
