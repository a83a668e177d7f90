package org.keepalived4j.config.model.lvs;

import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * {@code HTTP_GET { ... }}: an HTTP GET of each url over plain TCP; the check passes when every url answers with an accepted status code, the expected
 * digest and a matching regex.
 *
 * @param settings     timing and retries (delay_before_retry defaults to 3 s for this check)
 * @param connection   where to connect
 * @param urls         the urls, at least one
 * @param virtualhost  the Host header (see {@link HttpRequestCheck#virtualhost()}), or {@code null}
 * @param httpProtocol {@code http_protocol}
 * @param enableSni    {@code enable_sni}
 * @param fastRecovery {@code fast_recovery}
 * @param position     where the block began
 */
public record HttpGetCheck(CheckSettings settings, CheckConnection connection, List<UrlCheck> urls, String virtualhost,
                           HttpProtocol httpProtocol, boolean enableSni, boolean fastRecovery,
                           SourcePosition position) implements Check, HttpRequestCheck {

    public HttpGetCheck {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(connection, "connection");
        urls = List.copyOf(urls);
        Objects.requireNonNull(httpProtocol, "httpProtocol");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public String keyword() {
        return "HTTP_GET";
    }
}
