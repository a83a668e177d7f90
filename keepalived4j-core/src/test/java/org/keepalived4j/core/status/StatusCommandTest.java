package org.keepalived4j.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.keepalived4j.core.cli.CommandLine;

/** {@code keepalived4j status} against a local endpoint. */
class StatusCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheTables() throws IOException {
        try (StatusServer server = StatusServer.bind(new StatusAddress("127.0.0.1", 0),
                () -> StatusEndpointTest.SNAPSHOT)) {
            int rc = run("status", "--status-address=127.0.0.1:" + server.localAddress().getPort());
            assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
            String weird = StatusEndpointTest.WEIRD;
            String expected = ""
                    + "INSTANCE" + " ".repeat(weird.length() - 8) + "  STATE   PRIORITY  EFFECTIVE  VRID  INTERFACE\n"
                    + "VI_1" + " ".repeat(weird.length() - 4) + "  MASTER  100       110        51    eth0\n"
                    + weird + "  BACKUP  90        80         52    eth1\n"
                    + "\n"
                    + "VIRTUAL SERVER     REAL SERVER        STATE                WEIGHT  LAST CHECK\n"
                    + "[10.0.0.1]:tcp:80                     UP                   3\n"
                    + "                   [10.0.0.2]:tcp:80  UP                   3       1.500 ms\n"
                    + "                   [10.0.0.3]:tcp:80  DOWN                 2       -\n"
                    + "FWM 7                                 DOWN (sorry server)  0\n";
            assertEquals(expected, out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void nothingListeningIsExitThreeWithAHint() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        assertEquals(StatusCommand.EXIT_NOT_RUNNING, run("status", "--status-address", "127.0.0.1:" + port));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("nothing answers at http://127.0.0.1:" + port + "/status"), e);
        assertTrue(e.contains("--status-address=127.0.0.1:" + port), e);
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertEquals(1, run("status", "--bogus"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown argument '--bogus'"));
        err.reset();
        assertEquals(1, run("status", "--status-address=host:99999"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Invalid status address 'host:99999'"));
    }

    @Test
    void somethingElseAnsweringIsReported() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
            Thread t = Thread.ofVirtual().start(() -> {
                try (java.net.Socket s = other.accept()) {
                    s.getInputStream().read(new byte[1024]);
                    s.getOutputStream().write("HTTP/1.0 200 OK\r\nContent-Length: 5\r\n\r\nhello"
                            .getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertEquals(1, run("status", "--status-address=127.0.0.1:" + other.getLocalPort()));
            t.join(5000);
            String e = err.toString(StandardCharsets.UTF_8);
            assertTrue(e.contains("did not send a status document: bad JSON at offset 0"), e);
        }
    }

    @Test
    void latencyUnits() {
        assertEquals("250 us", StatusTable.latency(0.00025));
        assertEquals("12.000 ms", StatusTable.latency(0.012));
        assertEquals("1.250 s", StatusTable.latency(1.25));
        assertEquals("-", StatusTable.latency(null));
    }
}
