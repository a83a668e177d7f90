package org.keepalived4j.core.status;

import java.net.InetSocketAddress;

/**
 * Where the status endpoint listens: {@code --status-address=HOST:PORT}. Accepted forms: {@code PORT},
 * {@code HOST}, {@code HOST:PORT}, {@code [IPV6]:PORT}, {@code [IPV6]} and a bare IPv6 literal; the host defaults to
 * {@value #DEFAULT_HOST} (only local clients), the port to {@value #DEFAULT_PORT}. Port 0 asks for any free port.
 *
 * @param host a name or address literal (without brackets)
 * @param port 0-65535
 */
public record StatusAddress(String host, int port) {

    /** Loopback only, unless asked otherwise. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 9650;
    /** {@value #DEFAULT_HOST}:{@value #DEFAULT_PORT}. */
    public static final StatusAddress DEFAULT = new StatusAddress(DEFAULT_HOST, DEFAULT_PORT);

    /** Checks. */
    public StatusAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("empty host");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " out of range 0-65535");
        }
    }

    /**
     * Parses an option value.
     *
     * @throws IllegalArgumentException with a message fit for the user
     */
    public static StatusAddress parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Invalid status address '" + text + "': empty");
        }
        try {
            if (t.chars().allMatch(Character::isDigit)) {
                return new StatusAddress(DEFAULT_HOST, port(t));
            }
            if (t.startsWith("[")) {
                int close = t.indexOf(']');
                if (close < 0) {
                    throw new IllegalArgumentException("missing ']'");
                }
                String host = t.substring(1, close);
                String rest = t.substring(close + 1);
                if (rest.isEmpty()) {
                    return new StatusAddress(host, DEFAULT_PORT);
                }
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException("':' expected after ']'");
                }
                return new StatusAddress(host, port(rest.substring(1)));
            }
            int first = t.indexOf(':');
            if (first < 0) {
                return new StatusAddress(t, DEFAULT_PORT);
            }
            if (first != t.lastIndexOf(':')) {
                return new StatusAddress(t, DEFAULT_PORT); // a bare IPv6 literal
            }
            String host = t.substring(0, first);
            return new StatusAddress(host.isEmpty() ? DEFAULT_HOST : host, port(t.substring(first + 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid status address '" + text + "': " + e.getMessage(), e);
        }
    }

    private static int port(String p) {
        if (p.isEmpty() || !p.chars().allMatch(Character::isDigit) || p.length() > 5) {
            throw new IllegalArgumentException("bad port '" + p + "'");
        }
        return Integer.parseInt(p);
    }

    /** The address to bind (a name is resolved now). */
    public InetSocketAddress socketAddress() {
        return new InetSocketAddress(host, port);
    }

    /** The endpoint's base URL, {@code http://127.0.0.1:9650}. */
    public String url() {
        return "http://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
