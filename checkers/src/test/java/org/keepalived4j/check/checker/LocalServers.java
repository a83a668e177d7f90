package org.keepalived4j.check.checker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Small blocking TCP servers on 127.0.0.1 for checker tests; each connection is served on a virtual thread. */
final class LocalServers implements AutoCloseable {

    /** What to do with one accepted connection. */
    interface Behaviour {
        void serve(Socket s) throws IOException;
    }

    private final CopyOnWriteArrayList<ServerSocket> servers = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();

    InetSocketAddress start(Behaviour behaviour) throws IOException {
        ServerSocket ss = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        servers.add(ss);
        Thread.ofVirtual().start(() -> {
            while (!ss.isClosed()) {
                try {
                    Socket s = ss.accept();
                    connections.incrementAndGet();
                    Thread.ofVirtual().start(() -> {
                        try (s) {
                            behaviour.serve(s);
                        } catch (IOException ignored) {
                            // the checker closed first: expected in timeout tests
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
        return new InetSocketAddress(ss.getInetAddress(), ss.getLocalPort());
    }

    /** An address where nothing listens (connection refused). */
    static InetSocketAddress refused() throws IOException {
        try (ServerSocket ss = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new InetSocketAddress(ss.getInetAddress(), ss.getLocalPort());
        }
    }

    /** Reads the request head (to the blank line). */
    static String readHead(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            sb.append((char) c);
            if (sb.length() >= 4 && sb.substring(sb.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return sb.toString();
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        for (ServerSocket s : servers) {
            s.close();
        }
    }
}
