package org.keepalived4j.core.alert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny SMTP server on 127.0.0.1 for tests: greets with a multi-line 220, answers each command with a scripted
 * reply (default: HELO 250, MAIL 250, RCPT 250, DATA 354, end of data 250, QUIT 221 and close), and records what
 * the client sent. {@link #reply} overrides a verb's reply; {@code reply("GREETING", null)} greets with nothing.
 */
public final class FakeSmtpServer implements AutoCloseable {

    /** One connection's record: the client's lines outside DATA, and the lines of the message. */
    public record Session(List<String> commands, List<String> data) {
    }

    private final ServerSocket socket;
    private final Map<String, String> replies = new HashMap<>(Map.of("GREETING", "220-fake.test ESMTP\r\n220 ready",
            "HELO", "250 fake.test", "MAIL", "250 ok", "RCPT", "250 ok", "DATA", "354 go ahead",
            "BODY", "250 queued", "QUIT", "221 bye"));
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    /** Listens on an ephemeral port of 127.0.0.1. */
    public FakeSmtpServer() throws IOException {
        socket = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        acceptor = Thread.ofVirtual().name("fake-smtp").start(this::accept);
    }

    /** @param verb HELO, MAIL, RCPT, DATA, BODY (end of data), QUIT or GREETING @param line the reply, or null */
    public synchronized FakeSmtpServer reply(String verb, String line) {
        replies.put(verb, line);
        return this;
    }

    private synchronized String replyFor(String verb) {
        return replies.getOrDefault(verb, "500 unknown");
    }

    /** Where it listens. */
    public InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), socket.getLocalPort());
    }

    /** Every connection so far. */
    public List<Session> sessions() {
        return sessions;
    }

    /** Every message received (the DATA lines of sessions that sent one). */
    public List<List<String>> messages() {
        List<List<String>> out = new ArrayList<>();
        for (Session s : sessions) {
            if (!s.data().isEmpty()) {
                out.add(s.data());
            }
        }
        return out;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                open.add(s);
                Thread.ofVirtual().start(() -> serve(s));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket s) {
        Session session = new Session(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        sessions.add(session);
        try (s; BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(),
                StandardCharsets.UTF_8)); OutputStream out = s.getOutputStream()) {
            send(out, replyFor("GREETING"));
            boolean data = false;
            String line;
            while ((line = in.readLine()) != null) {
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        send(out, replyFor("BODY"));
                    } else {
                        session.data().add(line);
                    }
                    continue;
                }
                session.commands().add(line);
                String verb = line.split("[ :]", 2)[0].toUpperCase(java.util.Locale.ROOT);
                String reply = replyFor(verb);
                send(out, reply);
                if (verb.equals("DATA") && reply != null && reply.startsWith("354")) {
                    data = true;
                }
                if (verb.equals("QUIT") && reply != null) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away; what it sent is recorded
        }
    }

    private static void send(OutputStream out, String reply) throws IOException {
        if (reply != null) {
            out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : open) {
            s.close();
        }
        acceptor.interrupt();
    }
}
