package org.keepalived4j.config.model.lvs;

import java.util.List;

/** What {@link HttpGetCheck} and {@link SslGetCheck} share: the urls and how to ask for them. */
public interface HttpRequestCheck extends NetworkCheck {

    /** The urls; every one must pass. Never empty (a check without urls is dropped when read). */
    List<UrlCheck> urls();

    /**
     * The Host header: the check's {@code virtualhost}, else the real server's, else the virtual server's, or
     * {@code null} for the destination address. A url's own {@link UrlCheck#virtualhost()} overrides it.
     */
    String virtualhost();

    /** {@code http_protocol}. */
    HttpProtocol httpProtocol();

    /** {@code enable_sni} (SSL_GET: send the virtual host as SNI). */
    boolean enableSni();

    /** {@code fast_recovery}: after a failure, retry at delay_before_retry rather than delay_loop. */
    boolean fastRecovery();
}
