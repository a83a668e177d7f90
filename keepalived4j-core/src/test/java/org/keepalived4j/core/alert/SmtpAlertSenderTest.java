package org.keepalived4j.core.alert;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SMTP dialogue against a local listener, as keepalived's smtp.c runs it. */
class SmtpAlertSenderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-03-01T09:44:08Z"), ZoneOffset.UTC);

    private final List<String> log = new CopyOnWriteArrayList<>();
    private final SmtpAlertSender sender = new SmtpAlertSender(log::add, CLOCK, true);

    @AfterEach
    void close() {
        sender.close();
    }

    private static SmtpSettings settings(InetSocketAddress server, Duration timeout, String... to) {
        return new SmtpSettings(server, List.of(to), "keepalived@lb1.example.com", "lb1.example.com", timeout,
                "LVS_DEVEL");
    }

    private static String host(InetSocketAddress a) {
        return "[127.0.0.1]:" + a.getPort();
    }

    @Test
    void sendsTheConversationAndMessageAsKeepalived() throws Exception {
        try (FakeSmtpServer smtp = new FakeSmtpServer()) {
            sender.settings(settings(smtp.address(), Duration.ofSeconds(5), "ops@example.com", "noc@example.com"));
            SmtpAlertSender.Result r = sender.send(AlertMessage.vrrpInstance("LVS_DEVEL", "VI_1",
                    "Entering MASTER state", "=> VRRP Instance is now owning VRRP VIPs <=")).get(10, TimeUnit.SECONDS);

            assertTrue(r.sent(), r.detail());
            FakeSmtpServer.Session s = smtp.sessions().getFirst();
            assertEquals(List.of("HELO lb1.example.com", "MAIL FROM:<keepalived@lb1.example.com>",
                    "RCPT TO:<ops@example.com>", "RCPT TO:<noc@example.com>", "DATA", "QUIT"), s.commands());
            assertEquals(List.of(
                    "Date: Mon, 01 Mar 2021 09:44:08 +0000",
                    "From: keepalived@lb1.example.com",
                    "Subject: [LVS_DEVEL] VRRP Instance VI_1 - Entering MASTER state",
                    "X-Mailer: Keepalived",
                    "To: ops@example.com, noc@example.com",
                    "",
                    "=> VRRP Instance is now owning VRRP VIPs <=",
                    ""), s.data());
            assertEquals(List.of("Remote SMTP server " + host(smtp.address()) + " connected.",
                    "SMTP alert successfully sent."), log);
            assertEquals(0, sender.inFlight());
        }
    }

    @Test
    void aRefusedRecipientIsLoggedAndTheDialogueEndsWithQuit() throws Exception {
        try (FakeSmtpServer smtp = new FakeSmtpServer()) {
            smtp.reply("RCPT", "550 no such user");
            sender.settings(settings(smtp.address(), Duration.ofSeconds(5), "nobody@example.com"));
            SmtpAlertSender.Result r = sender.send(new AlertMessage("s", "b")).get(10, TimeUnit.SECONDS);

            assertFalse(r.sent());
            assertEquals(List.of("HELO lb1.example.com", "MAIL FROM:<keepalived@lb1.example.com>",
                    "RCPT TO:<nobody@example.com>", "QUIT"), smtp.sessions().getFirst().commands());
            assertTrue(log.contains("Error processing RCPT cmd on SMTP server " + host(smtp.address())
                    + ". SMTP status code = 550"), log.toString());
        }
    }

    @Test
    void aSilentServerTimesOutThenGetsQuit() throws Exception {
        try (FakeSmtpServer smtp = new FakeSmtpServer()) {
            smtp.reply("GREETING", null).reply("QUIT", null);
            sender.settings(settings(smtp.address(), Duration.ofMillis(300), "ops@example.com"));
            long t0 = System.nanoTime();
            SmtpAlertSender.Result r = sender.send(new AlertMessage("s", "b")).get(10, TimeUnit.SECONDS);
            long tookMs = (System.nanoTime() - t0) / 1_000_000;

            assertFalse(r.sent());
            assertEquals(List.of("QUIT"), smtp.sessions().getFirst().commands(), "QUIT after the reply timeout");
            long timeouts = log.stream().filter(l -> l.equals("Timeout reading data to remote SMTP server "
                    + host(smtp.address()) + ".")).count();
            assertEquals(2, timeouts, "one for the greeting, one for the QUIT: " + log);
            assertTrue(tookMs >= 550 && tookMs < 5000, "two reply timeouts of 300 ms took " + tookMs + " ms");
        }
    }

    @Test
    void connectionRefusedIsAConnectionError() throws Exception {
        InetSocketAddress closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = new InetSocketAddress(InetAddress.getLoopbackAddress(), s.getLocalPort());
        }
        sender.settings(settings(closed, Duration.ofSeconds(5), "ops@example.com"));
        SmtpAlertSender.Result r = sender.send(new AlertMessage("s", "b")).get(10, TimeUnit.SECONDS);
        assertFalse(r.sent());
        assertEquals(List.of("SMTP connection ERROR to " + host(closed) + "."), log);
    }

    /**
     * A listener whose accept queue is full drops SYNs (Linux), so a connect hangs until smtp_connect_timeout.
     */
    @Test
    void connectTimeoutIsKeepalivedsTimeoutOpeningConnection() throws Exception {
        List<Socket> fillers = new ArrayList<>();
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            InetSocketAddress where = new InetSocketAddress(InetAddress.getLoopbackAddress(), full.getLocalPort());
            boolean hung = false;
            for (int i = 0; i < 8 && !hung; i++) {
                Socket f = new Socket();
                fillers.add(f);
                try {
                    f.connect(where, 200);
                } catch (SocketTimeoutException e) {
                    hung = true;
                }
            }
            assertTrue(hung, "the accept queue never filled; cannot provoke a connect timeout");
            sender.settings(settings(where, Duration.ofMillis(400), "ops@example.com"));
            long t0 = System.nanoTime();
            SmtpAlertSender.Result r = sender.send(new AlertMessage("s", "b")).get(10, TimeUnit.SECONDS);
            long tookMs = (System.nanoTime() - t0) / 1_000_000;

            assertFalse(r.sent());
            assertEquals("connect timeout", r.detail());
            assertEquals(List.of("Timeout opening connection to remote SMTP server " + host(where) + "."), log);
            assertTrue(tookMs >= 350 && tookMs < 5000, "smtp_connect_timeout 400 ms, took " + tookMs + " ms");
        } finally {
            for (Socket f : fillers) {
                f.close();
            }
        }
    }

    @Test
    void nothingIsSentWithoutSettings() throws Exception {
        SmtpAlertSender.Result r = sender.send(new AlertMessage("s", "b")).get(1, TimeUnit.SECONDS);
        assertEquals(new SmtpAlertSender.Result(false, "disabled"), r);
    }

    @Test
    void sendNeverBlocksTheCaller() throws Exception {
        try (FakeSmtpServer smtp = new FakeSmtpServer()) {
            smtp.reply("GREETING", null).reply("QUIT", null);
            sender.settings(settings(smtp.address(), Duration.ofSeconds(2), "ops@example.com"));
            long t0 = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                sender.send(new AlertMessage("s" + i, "b"));
            }
            assertTrue(System.nanoTime() - t0 < TimeUnit.MILLISECONDS.toNanos(500), "send returned at once");
            await().atMost(Duration.ofSeconds(5)).until(() -> smtp.sessions().size() == 5);
            assertEquals(5, sender.inFlight(), "five dialogues waiting for their greeting at the same time");
        }
    }

    @Test
    void longSubjectsAndBodiesAreCutAsKeepalived() {
        AlertMessage m = new AlertMessage("s".repeat(300), "b".repeat(600));
        assertEquals(255, m.subject().length());
        assertEquals(511, m.body().length());
    }

    @Test
    void hostTextOfAnUnresolvedServer() throws IOException {
        assertEquals("[mail.example.com]:25",
                SmtpAlertSender.hostText(InetSocketAddress.createUnresolved("mail.example.com", 25)));
    }
}
