package org.keepalived4j.config.model.lvs;

import java.util.Optional;

/** The request line and headers HTTP_GET/SSL_GET send ({@code http_protocol 1.0|1.0C|1.1}). */
public enum HttpProtocol {
    /** HTTP/1.0 (the default). */
    HTTP_1_0("1.0"),
    /** HTTP/1.0 with {@code Connection: close}. */
    HTTP_1_0C("1.0C"),
    /** HTTP/1.1 with {@code Connection: close}. */
    HTTP_1_1("1.1");

    private final String keyword;

    HttpProtocol(String keyword) {
        this.keyword = keyword;
    }

    /** The config spelling. */
    public String keyword() {
        return keyword;
    }

    /** The protocol for an {@code http_protocol} argument ({@code 1.0c} is accepted for 1.0C, as keepalived). */
    public static Optional<HttpProtocol> fromKeyword(String word) {
        return switch (word) {
            case "1.0" -> Optional.of(HTTP_1_0);
            case "1.1" -> Optional.of(HTTP_1_1);
            case "1.0C", "1.0c" -> Optional.of(HTTP_1_0C);
            default -> Optional.empty();
        };
    }
}
