package org.keepalived4j.config.model.lvs;

import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * One {@code url { ... }} of an HTTP_GET/SSL_GET: the page to fetch and what makes the answer good.
 *
 * @param path        {@code path}: the request path
 * @param digest      {@code digest}: the expected MD5 of the body, 32 lower-case hex digits, or {@code null}
 * @param statusCodes {@code status_code}: accepted codes (default 200-299)
 * @param virtualhost {@code virtualhost} of this url, or {@code null} (then the check's, else the real server's, else
 *                    the virtual server's)
 * @param regex       {@code regex} and its options, or {@code null}
 * @param position    where {@code url} was written
 */
public record UrlCheck(String path, String digest, StatusCodes statusCodes, String virtualhost, UrlRegex regex,
                       SourcePosition position) {

    public UrlCheck {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(statusCodes, "statusCodes");
        Objects.requireNonNull(position, "position");
    }
}
