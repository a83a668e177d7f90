package org.keepalived4j.core.status;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A blocking HTTP client for tests, and a parser of the Prometheus page into "series" → "value". */
public final class Http {

    /** Status code, Content-Type and body. */
    public record Response(int code, String contentType, String body) {
    }

    private Http() {
    }

    /** {@code method} on http://address/path. */
    public static Response call(String method, InetSocketAddress address, String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + address.getPort() + path).toURL()
                .openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(5000);
        c.setReadTimeout(10000);
        try {
            int code = c.getResponseCode();
            InputStream in = code < 400 ? c.getInputStream() : c.getErrorStream();
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Response(code, c.getContentType(), body);
        } finally {
            c.disconnect();
        }
    }

    /** GET. */
    public static Response get(InetSocketAddress address, String path) throws IOException {
        return call("GET", address, path);
    }

    /** The samples of a Prometheus page: {@code name{labels}} → value text. */
    public static Map<String, String> samples(String page) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : page.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int sp = line.lastIndexOf(' ');
            out.put(line.substring(0, sp), line.substring(sp + 1));
        }
        return out;
    }
}
