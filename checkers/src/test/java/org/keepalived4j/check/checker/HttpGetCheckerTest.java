package org.keepalived4j.check.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.keepalived4j.check.Fixtures;
import org.keepalived4j.check.testnet.BlackholeNet;
import org.keepalived4j.check.testnet.FirstSynDropped;
import org.keepalived4j.config.model.lvs.HttpGetCheck;
import org.keepalived4j.config.model.lvs.HttpProtocol;
import org.keepalived4j.config.model.lvs.StatusCodes;
import org.keepalived4j.config.model.lvs.UrlCheck;

class HttpGetCheckerTest extends CheckerTestBase {

    private static final String BODY = "<html>hello</html>\n";
    private final AtomicReference<String> lastRequest = new AtomicReference<>();

    private static String md5(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    private InetSocketAddress respond(String status, String body) throws Exception {
        return servers.start(s -> {
            lastRequest.set(LocalServers.readHead(s.getInputStream()));
            LocalServers.write(s.getOutputStream(), "HTTP/1.0 " + status + "\r\nContent-Length: "
                    + body.length() + "\r\n\r\n" + body);
        });
    }

    private static HttpGetChecker checker(InetSocketAddress a, String digest, StatusCodes codes, String vhost,
                                          Duration deadline) {
        return checker(a, digest, codes, vhost, deadline, Duration.ofSeconds(2));
    }

    private static HttpGetChecker checker(InetSocketAddress a, String digest, StatusCodes codes, String vhost,
                                          Duration deadline, Duration connectTimeout) {
        UrlCheck url = new UrlCheck("/health", digest, codes, null, null, Fixtures.POS);
        HttpGetCheck check = new HttpGetCheck(Fixtures.settings(1, false), Fixtures.conn(a, connectTimeout),
                List.of(url), vhost, HttpProtocol.HTTP_1_1, false, false, Fixtures.POS);
        return new HttpGetChecker(check, null, deadline);
    }

    @Test
    void statusAndDigestPass() throws Exception {
        InetSocketAddress a = respond("200 OK", BODY);
        CheckOutcome o = run(checker(a, md5(BODY), StatusCodes.DEFAULT, null, Duration.ofSeconds(2)),
                Duration.ofSeconds(5));
        assertTrue(o.success(), o.detail());
        assertEquals("MD5 digest success to %1$s url(/health)", o.detail());
        assertEquals("GET /health HTTP/1.1\r\nUser-Agent: KeepAliveClient\r\nConnection: close\r\nHost: 127.0.0.1:"
                + a.getPort() + "\r\n\r\n", lastRequest.get());
    }

    @Test
    void virtualhostIsTheHostHeader() throws Exception {
        InetSocketAddress a = respond("200 OK", BODY);
        assertTrue(run(checker(a, null, StatusCodes.DEFAULT, "www.example.com", Duration.ofSeconds(2)),
                Duration.ofSeconds(5)).success());
        assertTrue(lastRequest.get().contains("\r\nHost: www.example.com\r\n"), lastRequest.get());
    }

    @Test
    void wrongStatusFails() throws Exception {
        InetSocketAddress a = respond("503 Unavailable", BODY);
        CheckOutcome o = run(checker(a, null, StatusCodes.DEFAULT, null, Duration.ofSeconds(2)),
                Duration.ofSeconds(5));
        assertFalse(o.success());
        assertEquals("HTTP status code error to", o.detail());
    }

    @Test
    void statusRangesAreHonoured() throws Exception {
        InetSocketAddress a = respond("302 Found", "");
        StatusCodes codes = StatusCodes.of(List.of(new StatusCodes.Range(300, 399)));
        assertTrue(run(checker(a, null, codes, null, Duration.ofSeconds(2)), Duration.ofSeconds(5)).success());
    }

    @Test
    void wrongDigestFails() throws Exception {
        InetSocketAddress a = respond("200 OK", BODY);
        CheckOutcome o = run(checker(a, md5("something else"), StatusCodes.DEFAULT, null, Duration.ofSeconds(2)),
                Duration.ofSeconds(5));
        assertFalse(o.success());
        assertEquals("MD5 digest error to", o.detail());
    }

    @Test
    void slowBodyHitsTheReadTimeout() throws Exception {
        InetSocketAddress a = servers.start(s -> {
            LocalServers.readHead(s.getInputStream());
            LocalServers.write(s.getOutputStream(), "HTTP/1.0 200 OK\r\n\r\npartial");
            s.getInputStream().read(); // hold the connection open until the checker gives up
        });
        long t0 = System.nanoTime();
        CheckOutcome o = run(checker(a, md5(BODY), StatusCodes.DEFAULT, null, Duration.ofSeconds(3),
                Duration.ofMillis(500)), Duration.ofSeconds(5));
        assertFalse(o.success());
        assertEquals("Timeout HTTP read", o.detail());
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(2).toNanos(), "read timeout is connect_timeout");
    }

    @Test
    void endlessBodyIsCutByTheTotalDeadline() throws Exception {
        InetSocketAddress a = servers.start(s -> {
            LocalServers.readHead(s.getInputStream());
            OutputStream out = s.getOutputStream();
            LocalServers.write(out, "HTTP/1.0 200 OK\r\n\r\n");
            byte[] chunk = new byte[1024];
            while (true) {
                out.write(chunk); // never ends; fails once the checker closes
                out.flush();
            }
        });
        long t0 = System.nanoTime();
        CheckOutcome o = run(checker(a, md5(BODY), StatusCodes.DEFAULT, null, Duration.ofMillis(800),
                Duration.ofMillis(500)), Duration.ofSeconds(5));
        assertFalse(o.success());
        assertEquals("Timeout WEB read", o.detail());
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(3).toNanos());
    }

    @Test
    void connectionResetFails() throws Exception {
        InetSocketAddress a = servers.start(s -> {
            LocalServers.readHead(s.getInputStream());
            LocalServers.write(s.getOutputStream(), "HTTP/1.0 200 OK\r\n\r\nsome");
            s.setSoLinger(true, 0); // close with RST
        });
        CheckOutcome o = run(checker(a, md5(BODY), StatusCodes.DEFAULT, null, Duration.ofSeconds(2)),
                Duration.ofSeconds(5));
        assertFalse(o.success());
    }

    @Test
    void refusedFails() throws Exception {
        CheckOutcome o = run(checker(LocalServers.refused(), null, StatusCodes.DEFAULT, null, Duration.ofSeconds(2)),
                Duration.ofSeconds(5));
        assertFalse(o.success());
        assertEquals("Error connecting", o.detail());
    }

    @Test
    void unreachableServerTimesOutConnecting() throws Exception {
        try (BlackholeNet net = BlackholeNet.create()) {
            InetSocketAddress blackhole = new InetSocketAddress(net.silentV4(), 80);
            long t0 = System.nanoTime();
            CheckOutcome o = run(checker(blackhole, null, StatusCodes.DEFAULT, null, Duration.ofSeconds(3),
                    Duration.ofMillis(300)), Duration.ofSeconds(5));
            assertFalse(o.success());
            assertEquals("Timeout connecting", o.detail());
            assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(2).toNanos(), "connect timeout is connect_timeout");
        }
    }

    @Test
    void slowHandshakeWaitsForTheConnectBeforeTheRequest() throws Exception {
        InetSocketAddress a = respond("200 OK", BODY);
        try (FirstSynDropped slow = FirstSynDropped.onPort(a.getPort())) {
            long t0 = System.nanoTime();
            CheckOutcome o = run(checker(a, md5(BODY), StatusCodes.DEFAULT, null, Duration.ofSeconds(5),
                    Duration.ofSeconds(4)), Duration.ofSeconds(8));
            assertTrue(o.success(), o.detail());
            assertTrue(System.nanoTime() - t0 > Duration.ofMillis(500).toNanos(), "the first SYN was dropped");
            assertTrue(lastRequest.get().startsWith("GET /health HTTP/1.1\r\n"), lastRequest.get());
        }
    }

    @Test
    void noHeadersIsNoData() throws Exception {
        InetSocketAddress a = servers.start(s -> LocalServers.readHead(s.getInputStream()));
        CheckOutcome o = run(checker(a, null, StatusCodes.DEFAULT, null, Duration.ofSeconds(2)),
                Duration.ofSeconds(5));
        assertFalse(o.success());
        assertEquals("Read, no data received from ", o.detail());
    }
}
