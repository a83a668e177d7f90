package org.keepalived4j.check.checker;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.IoEventLoop;
import io.netty.handler.ssl.SslContext;
import io.netty.util.concurrent.Future;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Objects;
import org.keepalived4j.config.model.lvs.HttpProtocol;
import org.keepalived4j.config.model.lvs.HttpRequestCheck;
import org.keepalived4j.config.model.lvs.LvsNames;
import org.keepalived4j.config.model.lvs.UrlCheck;

/**
 * {@code HTTP_GET} and {@code SSL_GET} (keepalived's {@code check_http.c}, {@code check_ssl.c}): GET every url in
 * turn; the real server passes when each answers with an accepted {@code status_code} and, when given, the expected
 * {@code digest} (MD5 of the body).
 *
 * <table>
 * <caption>timeouts</caption>
 * <tr><th>what</th><th>limit</th></tr>
 * <tr><td>connect, and each read (as keepalived)</td><td>{@code connect_timeout}</td></tr>
 * <tr><td>a whole url fetch (keepalived has none: a server trickling bytes hangs its check)</td>
 *     <td>the total deadline given at construction</td></tr>
 * </table>
 *
 * <p>The request is keepalived's: {@code GET path HTTP/1.0|1.1}, {@code User-Agent: KeepAliveClient},
 * {@code Connection: close} for {@code http_protocol 1.0C} and {@code 1.1}, and {@code Host:} the virtual host, else
 * the destination as {@code addr:port}. SSL_GET does not verify the server's certificate unless the context given
 * does (keepalived verifies only with a {@code ca} in the {@code SSL} block). Regex matching ({@code regex}) is not
 * implemented.
 */
public final class HttpGetChecker implements Checker {

    private final HttpRequestCheck check;
    private final SslContext ssl;
    private final Duration urlDeadline;
    private final EpollConnection.Request[] requests;
    private final List<Function<HttpResponseReader.Response, CheckOutcome>> judges;
    private final Transport.Endpoints endpoints;
    private final Duration connectTimeout;
    private final String[] successLines;
    private final CheckOutcome singleUrlSuccess;

    /**
     * @param check       the HTTP_GET or SSL_GET block
     * @param ssl         the TLS client context for SSL_GET, or null for HTTP_GET
     * @param urlDeadline the longest one url fetch may take, connect included
     */
    public HttpGetChecker(HttpRequestCheck check, SslContext ssl, Duration urlDeadline) {
        this.check = Objects.requireNonNull(check, "check");
        this.ssl = ssl;
        this.urlDeadline = Objects.requireNonNull(urlDeadline, "urlDeadline");
        // Built once: a check runs every delay_loop for the life of the daemon.
        List<UrlCheck> urls = check.urls();
        this.requests = new EpollConnection.Request[urls.size()];
        this.endpoints = Transport.Endpoints.of(check.connection());
        this.connectTimeout = check.connection().connectTimeout();
        this.successLines = new String[urls.size()];
        InetSocketAddress dst = check.connection().destination();
        for (int i = 0; i < urls.size(); i++) {
            UrlCheck url = urls.get(i);
            String vhost = url.virtualhost() != null ? url.virtualhost() : check.virtualhost();
            byte[] bytes = request(url.path(), check.httpProtocol(), vhost, dst).getBytes(StandardCharsets.ISO_8859_1);
            requests[i] = EpollConnection.Request.of(bytes);
            // keepalived logs "<what> success to <rs> url(<path>)" per url; the rs is filled in by the caller.
            successLines[i] = (url.digest() != null ? "MD5 digest" : "HTTP status code") + " success to %1$s url("
                    + url.path().replace("%", "%%") + ")";
        }
        this.singleUrlSuccess = urls.size() == 1 ? CheckOutcome.success(successLines[0]) : null;
        List<Function<HttpResponseReader.Response, CheckOutcome>> js = new ArrayList<>();
        for (UrlCheck url : urls) {
            js.add(r -> judge(url, r, singleUrlSuccess));
        }
        this.judges = List.copyOf(js);
    }

    /** The default total deadline of one url fetch: the delay loop, but at least the connect timeout. */
    public static Duration defaultUrlDeadline(HttpRequestCheck check) {
        Duration loop = check.settings().delayLoop();
        Duration connect = check.connection().connectTimeout();
        return loop.compareTo(connect) > 0 ? loop : connect;
    }

    @Override
    public Future<CheckOutcome> attempt(EventLoop loop) {
        List<UrlCheck> urls = check.urls();
        if (urls.size() == 1) {
            return fetchOne(loop, urls.getFirst(), 0);
        }
        io.netty.util.concurrent.Promise<CheckOutcome> all = loop.newPromise();
        fetch(loop, urls, 0, all, null);
        return all;
    }

    private void fetch(EventLoop loop, List<UrlCheck> urls, int index,
                       io.netty.util.concurrent.Promise<CheckOutcome> all, CheckOutcome last) {
        if (index == urls.size()) {
            all.trySuccess(last);
            return;
        }
        fetchOne(loop, urls.get(index), index).addListener(f -> {
            CheckOutcome o = (CheckOutcome) f.getNow();
            if (!o.success()) {
                all.trySuccess(o);
            } else {
                String line = successLines[index];
                fetch(loop, urls, index + 1, all,
                        CheckOutcome.success(last == null ? line : last.detail() + "\n" + line));
            }
        });
    }

    /**
     * One url: one connection and one timer (the {@link Attempt}'s: connect_timeout for the connect and for each
     * read, the url deadline for the whole). HTTP_GET on an epoll loop uses a bare socket ({@link EpollConnection});
     * SSL_GET, and any check on an NIO loop, a channel with TLS and {@link ChannelConversation}.
     */
    private Future<CheckOutcome> fetchOne(EventLoop loop, UrlCheck url, int index) {
        Attempt attempt = new Attempt(loop, urlDeadline, "Timeout WEB read", connectTimeout, "Timeout connecting");
        HttpExchange exchange = new HttpExchange(attempt, url.digest() != null, judges.get(index));
        if (ssl == null && EpollConnection.supported(loop)) {
            EpollConnection c = EpollConnection.open((IoEventLoop) loop, endpoints, requests[index], exchange);
            if (c != null) {
                attempt.closes(c);
            }
            return attempt.future();
        }
        ChannelConversation conversation = new ChannelConversation(exchange,
                Unpooled.wrappedBuffer(requests[index].bytes().duplicate()));
        ChannelHandler handler = conversation;
        if (ssl != null) {
            InetSocketAddress dst = check.connection().destination();
            String vhost = url.virtualhost() != null ? url.virtualhost() : check.virtualhost();
            String peer = vhost != null && check.enableSni() ? vhost : LvsNames.address(dst.getAddress());
            handler = new ChannelInitializer<>() {
                @Override
                protected void initChannel(Channel ch) {
                    ch.pipeline().addLast(ssl.newHandler(ch.alloc(), peer, dst.getPort()), conversation);
                }
            };
        }
        ChannelFuture cf = Transport.connectTcp(loop, check.connection(), handler, 0);
        attempt.channel(cf.channel());
        cf.addListener(conversation);
        return attempt.future();
    }

    /** The request keepalived sends ({@code request_template} in check_http.c). */
    static String request(String path, HttpProtocol protocol, String vhost, InetSocketAddress dst) {
        String host;
        if (vhost != null) {
            host = vhost;
        } else if (dst.getAddress() instanceof Inet6Address) {
            host = "[" + LvsNames.address(dst.getAddress()) + "]:" + dst.getPort();
        } else {
            host = LvsNames.address(dst.getAddress()) + ":" + dst.getPort();
        }
        return "GET " + path + " HTTP/1." + (protocol == HttpProtocol.HTTP_1_1 ? 1 : 0) + "\r\n"
                + "User-Agent: KeepAliveClient\r\n"
                + (protocol == HttpProtocol.HTTP_1_0 ? "" : "Connection: close\r\n")
                + "Host: " + host + "\r\n\r\n";
    }

    /**
     * keepalived's {@code http_handle_response}: data, then status code, then digest.
     *
     * @param success the outcome of a pass when it is the whole check's (a single url), else null
     */
    static CheckOutcome judge(UrlCheck url, HttpResponseReader.Response r, CheckOutcome success) {
        if (r.error() != null) {
            // A reset in the headers or the body: keepalived fails it as a read error.
            return CheckOutcome.failure("Read error with");
        }
        if (!r.headersComplete()) {
            return CheckOutcome.failure("Read, no data received from ");
        }
        if (!url.statusCodes().accepts(r.statusCode())) {
            return CheckOutcome.failure("HTTP status code error to");
        }
        if (url.digest() != null) {
            if (!url.digest().equalsIgnoreCase(r.md5Hex())) {
                return CheckOutcome.failure("MD5 digest error to");
            }
        }
        return success != null ? success : CheckOutcome.success(url.digest() != null ? "MD5 digest"
                : "HTTP status code");
    }

    @Override
    public CheckWording wording() {
        return CheckWording.HTTP;
    }
}
