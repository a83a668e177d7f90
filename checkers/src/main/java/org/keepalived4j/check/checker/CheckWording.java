package org.keepalived4j.check.checker;

/**
 * The log lines keepalived writes when a check changes state, per check type (the {@code log_message} calls of
 * keepalived 2.2.7's {@code check_tcp.c}, {@code check_http.c}, {@code check_smtp.c}, {@code check_dns.c},
 * {@code check_udp.c}, {@code check_ping.c}), so that operators' greps keep matching. {@code rs} is the real server as
 * {@code [addr]:proto:port}, {@code vs} the virtual server as keepalived prints it.
 */
public enum CheckWording {
    /** TCP_CHECK. */
    TCP("TCP connection to %s success.", "TCP_CHECK on service %s failed."),
    /** HTTP_GET and SSL_GET. */
    HTTP("Remote Web server %s succeed on service.", "HTTP_CHECK on service %s failed."),
    /** SMTP_CHECK. */
    SMTP("Remote SMTP server %s succeed on service.", null),
    /** DNS_CHECK: failures carry the attempt's detail. */
    DNS(null, null),
    /** UDP_CHECK. */
    UDP("UDP connection to %s success.", "UDP_CHECK on service %s failed."),
    /** PING_CHECK. */
    PING("ICMP connection to %s success.", "ICMP CHECK on service %s failed."),
    /** MISC_CHECK: its lines are built by the misc logic (they name the script). */
    MISC(null, null);

    private final String success;
    private final String failure;

    CheckWording(String success, String failure) {
        this.success = success;
        this.failure = failure;
    }

    /**
     * The lines logged when the check passes after being down (or on its first run).
     *
     * @param rs     the real server
     * @param detail the passed attempt's detail (HTTP: one {@code "... success to %1$s url(path)"} line per url)
     */
    public java.util.List<String> successLines(String rs, String detail) {
        if (this == HTTP && detail.contains("%1$s")) {
            java.util.List<String> lines = new java.util.ArrayList<>();
            for (String l : detail.split("\n")) {
                lines.add(l.formatted(rs));
            }
            lines.add(success.formatted(rs));
            return lines;
        }
        return success == null ? java.util.List.of() : java.util.List.of(success.formatted(rs));
    }

    /**
     * The line logged when the check fails after being up (or on its first run), or null if none.
     *
     * @param rs      the real server
     * @param vs      the virtual server
     * @param retries the configured retry count, when the failure came after retries; 0 otherwise
     * @param detail  the failed attempt's detail
     */
    public String failureLine(String rs, String vs, long retries, String detail) {
        return switch (this) {
            case TCP, HTTP, UDP -> retries > 0
                    ? failure.substring(0, failure.length() - 1).formatted(rs) + " after " + retries + " retries."
                    : failure.formatted(rs);
            case PING -> retries > 0
                    ? "ICMP CHECK on service %s of %s failed after %d retries.".formatted(rs, vs, retries)
                    : failure.formatted(rs);
            case SMTP -> "SMTP_CHECK " + detail;
            case DNS -> "DNS_CHECK (" + rs + ") " + detail + (retries > 0 ? " after " + retries + " retries" : "");
            case MISC -> null;
        };
    }
}
