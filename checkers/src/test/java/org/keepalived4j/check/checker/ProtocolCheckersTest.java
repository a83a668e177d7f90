package org.keepalived4j.check.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.check.Fixtures;
import org.keepalived4j.config.model.lvs.DnsCheck;
import org.keepalived4j.config.model.lvs.DnsType;
import org.keepalived4j.config.model.lvs.HexPattern;
import org.keepalived4j.config.model.lvs.SmtpCheck;
import org.keepalived4j.config.model.lvs.UdpCheck;

/** SMTP_CHECK, UDP_CHECK and DNS_CHECK against local servers. */
class ProtocolCheckersTest extends CheckerTestBase {

    private final List<DatagramSocket> udp = new CopyOnWriteArrayList<>();
    private final List<String> smtpSeen = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeUdp() {
        udp.forEach(DatagramSocket::close);
    }

    private InetSocketAddress smtpServer(String banner, String heloReply) throws Exception {
        return servers.start(s -> {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            LocalServers.write(s.getOutputStream(), banner);
            String helo = in.readLine();
            smtpSeen.add(helo);
            LocalServers.write(s.getOutputStream(), heloReply);
            String quit = in.readLine();
            smtpSeen.add(quit);
            if (quit != null) {
                LocalServers.write(s.getOutputStream(), "221 bye\r\n");
            }
        });
    }

    private static SmtpChecker smtp(InetSocketAddress a) {
        return new SmtpChecker(new SmtpCheck(Fixtures.settings(1, false), Fixtures.conn(a, Duration.ofSeconds(2)),
                SmtpCheck.DEFAULT_HELO, Fixtures.POS));
    }

    @Test
    void smtpConversation() throws Exception {
        InetSocketAddress a = smtpServer("220-mail.example.com ESMTP\r\n220 ready\r\n", "250 hello\r\n");
        CheckOutcome o = run(smtp(a), Duration.ofSeconds(5));
        assertTrue(o.success(), o.detail());
        assertEquals(List.of("HELO smtpchecker.keepalived.org", "QUIT"), smtpSeen);
    }

    @Test
    void smtpBadBanner() throws Exception {
        InetSocketAddress a = smtpServer("554 go away\r\n", "250 hello\r\n");
        CheckOutcome o = run(smtp(a), Duration.ofSeconds(5));
        assertFalse(o.success());
        assertEquals("Bad greeting banner from server [127.0.0.1]:" + a.getPort(), o.detail());
    }

    @Test
    void smtpBadHelo() throws Exception {
        InetSocketAddress a = smtpServer("220 ready\r\n", "500 what\r\n");
        CheckOutcome o = run(smtp(a), Duration.ofSeconds(5));
        assertFalse(o.success());
        assertEquals("Bad HELO response from server [127.0.0.1]:" + a.getPort(), o.detail());
    }

    @Test
    void smtpSilentServerTimesOut() throws Exception {
        InetSocketAddress a = servers.start(s -> s.getInputStream().read());
        CheckOutcome o = run(smtp(a), Duration.ofSeconds(5));
        assertFalse(o.success());
        assertEquals("Read timeout from server [127.0.0.1]:" + a.getPort(), o.detail());
    }

    /** A UDP server answering each datagram with reply.apply(request), or not at all when it returns null. */
    private InetSocketAddress udpServer(UnaryOperator<byte[]> reply) throws Exception {
        DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        udp.add(socket);
        Thread.ofVirtual().start(() -> {
            byte[] buf = new byte[2048];
            while (!socket.isClosed()) {
                try {
                    DatagramPacket p = new DatagramPacket(buf, buf.length);
                    socket.receive(p);
                    byte[] req = java.util.Arrays.copyOf(p.getData(), p.getLength());
                    byte[] answer = reply.apply(req);
                    if (answer != null) {
                        socket.send(new DatagramPacket(answer, answer.length, p.getSocketAddress()));
                    }
                } catch (java.io.IOException e) {
                    return;
                }
            }
        });
        return new InetSocketAddress(socket.getLocalAddress(), socket.getLocalPort());
    }

    private static UdpCheck udpCheck(InetSocketAddress a, boolean requireReply, HexPattern reply) {
        return new UdpCheck(Fixtures.settings(1, false), Fixtures.conn(a, Duration.ofMillis(300)),
                new HexPattern(new byte[] {1, 2, 3}, null), requireReply, reply, 0, 255, Fixtures.POS);
    }

    @Test
    void udpReplyMatches() throws Exception {
        InetSocketAddress a = udpServer(req -> new byte[] {(byte) 0xab, (byte) 0xcd, 9});
        HexPattern expected = new HexPattern(new byte[] {(byte) 0xab, (byte) 0xc0}, new byte[] {0, 0x0f});
        assertTrue(run(new UdpChecker(udpCheck(a, true, expected)), Duration.ofSeconds(5)).success());
    }

    @Test
    void udpReplyMismatchFails() throws Exception {
        InetSocketAddress a = udpServer(req -> new byte[] {0x11});
        HexPattern expected = new HexPattern(new byte[] {(byte) 0xab}, null);
        CheckOutcome o = run(new UdpChecker(udpCheck(a, true, expected)), Duration.ofSeconds(5));
        assertFalse(o.success());
        assertEquals("reply data mismatch", o.detail());
    }

    @Test
    void udpRequiredReplyMissingFails() throws Exception {
        InetSocketAddress a = udpServer(req -> null);
        assertFalse(run(new UdpChecker(udpCheck(a, true, null)), Duration.ofSeconds(5)).success());
    }

    @Test
    void udpSilenceWithoutRequireReplyPasses() throws Exception {
        InetSocketAddress a = udpServer(req -> null);
        assertTrue(run(new UdpChecker(udpCheck(a, false, null)), Duration.ofSeconds(5)).success());
    }

    @Test
    void udpPortUnreachableFails() throws Exception {
        DatagramSocket closed = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        InetSocketAddress a = new InetSocketAddress(closed.getLocalAddress(), closed.getLocalPort());
        closed.close();
        assertFalse(run(new UdpChecker(udpCheck(a, false, null)), Duration.ofSeconds(5)).success());
    }

    private static DnsChecker dns(InetSocketAddress a) {
        return new DnsChecker(new DnsCheck(Fixtures.settings(1, false), Fixtures.conn(a, Duration.ofSeconds(2)),
                DnsType.A, "www.example.com", Fixtures.POS));
    }

    /** Answers with the query's id, QR set, and the given RCODE. */
    private static byte[] dnsReply(byte[] query, int rcode) {
        byte[] r = query.clone();
        r[2] = (byte) 0x81;
        r[3] = (byte) (0x80 | rcode);
        return r;
    }

    @Test
    void dnsReplyPasses() throws Exception {
        List<byte[]> queries = new CopyOnWriteArrayList<>();
        InetSocketAddress a = udpServer(q -> {
            queries.add(q);
            return dnsReply(q, 0);
        });
        assertTrue(run(dns(a), Duration.ofSeconds(5)).success());
        byte[] q = queries.getFirst();
        byte[] name = {3, 'w', 'w', 'w', 7, 'e', 'x', 'a', 'm', 'p', 'l', 'e', 3, 'c', 'o', 'm', 0, 0, 1, 0, 1};
        assertEquals(12 + name.length, q.length);
        assertEquals(java.util.HexFormat.of().formatHex(name),
                java.util.HexFormat.of().formatHex(java.util.Arrays.copyOfRange(q, 12, q.length)));
    }

    @Test
    void dnsErrorRcodeFails() throws Exception {
        InetSocketAddress a = udpServer(q -> dnsReply(q, 3));
        CheckOutcome o = run(dns(a), Duration.ofSeconds(5));
        assertFalse(o.success());
        assertEquals("read error occurred. (rcode = 3)", o.detail());
    }

    @Test
    void dnsWrongIdIsIgnoredAndTimesOut() throws Exception {
        InetSocketAddress a = udpServer(q -> {
            byte[] r = dnsReply(q, 0);
            r[0] ^= 0x55;
            return r;
        });
        CheckOutcome o = run(dns(a), Duration.ofSeconds(5));
        assertFalse(o.success());
        assertEquals("read timeout from socket", o.detail());
    }
}
