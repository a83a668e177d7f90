package org.keepalived4j.core.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code keepalived4j status [--status-address=HOST:PORT]}: reads the running daemon's {@code /status} document
 * and prints its VRRP instances and virtual/real servers as tables ({@link StatusTable}).
 *
 * <table>
 * <caption>exit codes</caption>
 * <tr><td>0</td><td>printed</td></tr>
 * <tr><td>1</td><td>bad command line, or the endpoint answered with an error or bad JSON</td></tr>
 * <tr><td>3</td><td>nothing answers at the address (LSB's "program is not running")</td></tr>
 * </table>
 */
public final class StatusCommand {

    /** Printed. */
    public static final int EXIT_OK = 0;
    /** Bad usage or a bad answer. */
    public static final int EXIT_ERROR = 1;
    /** Nothing listening. */
    public static final int EXIT_NOT_RUNNING = 3;

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 35_000;

    private StatusCommand() {
    }

    /**
     * Runs the command.
     *
     * @param args the arguments after {@code status}
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        StatusAddress address = StatusAddress.DEFAULT;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            try {
                if (a.equals("-h") || a.equals("--help")) {
                    usage(out);
                    return EXIT_OK;
                } else if (a.startsWith("--status-address=")) {
                    address = StatusAddress.parse(a.substring("--status-address=".length()));
                } else if (a.equals("--status-address") && i + 1 < args.length) {
                    address = StatusAddress.parse(args[++i]);
                } else {
                    err.println("keepalived4j status: unknown argument '" + a + "'");
                    usage(err);
                    return EXIT_ERROR;
                }
            } catch (IllegalArgumentException e) {
                err.println("keepalived4j status: " + e.getMessage());
                return EXIT_ERROR;
            }
        }
        String url = address.url() + "/status";
        String body;
        try {
            body = fetch(url);
        } catch (ConnectException e) {
            err.println("keepalived4j status: nothing answers at " + url + " (" + e.getMessage()
                    + "); is keepalived4j running with --status-address" + (address.equals(StatusAddress.DEFAULT)
                    ? "" : "=" + address) + "?");
            return EXIT_NOT_RUNNING;
        } catch (SocketTimeoutException e) {
            err.println("keepalived4j status: no answer from " + url + " (" + e.getMessage() + ")");
            return EXIT_ERROR;
        } catch (IOException e) {
            err.println("keepalived4j status: " + e.getMessage());
            return EXIT_ERROR;
        }
        Object doc;
        try {
            doc = JsonReader.parse(body);
        } catch (IllegalArgumentException e) {
            err.println("keepalived4j status: " + url + " did not send a status document: " + e.getMessage());
            return EXIT_ERROR;
        }
        if (!(doc instanceof Map<?, ?> m)) {
            err.println("keepalived4j status: " + url + " did not send a status document");
            return EXIT_ERROR;
        }
        out.print(StatusTable.render(m));
        return EXIT_OK;
    }

    private static String fetch(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setConnectTimeout(CONNECT_TIMEOUT_MS);
        c.setReadTimeout(READ_TIMEOUT_MS);
        c.setRequestProperty("Accept", "application/json");
        try {
            int code = c.getResponseCode();
            if (code != HttpURLConnection.HTTP_OK) {
                InputStream e = c.getErrorStream();
                String detail = e == null ? "" : ": " + new String(e.readAllBytes(), StandardCharsets.UTF_8).strip();
                throw new IOException(url + " answered " + code + detail);
            }
            try (InputStream in = c.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            c.disconnect();
        }
    }

    private static void usage(PrintStream p) {
        p.println("Usage: keepalived4j status [--status-address=HOST:PORT]");
        p.println("  Prints the VRRP instances and virtual/real servers of the keepalived4j daemon running with");
        p.println("  --status-address (default " + StatusAddress.DEFAULT + ").");
    }
}
