package org.keepalived4j.check.checker;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The DNS_CHECK query and reply test (RFC 1035 §4.1), as keepalived's {@code check_dns.c}: one question, recursion
 * desired, class IN; a reply passes when its id matches, QR is set and RCODE is 0.
 */
final class DnsQuery {

    /** The reply is not ours (short, other id, or a query): keep waiting. */
    static final int NOT_A_REPLY = -1;

    private DnsQuery() {
    }

    /**
     * Encodes a query.
     *
     * @param id   the message id
     * @param name the name, dot separated; {@code ""} or {@code "."} for the root
     * @param type the RR type code
     */
    static byte[] encode(int id, String name, int type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 + name.length());
        write16(out, id);
        write16(out, 0x0100); // RD
        write16(out, 1);      // QDCOUNT
        write16(out, 0);
        write16(out, 0);
        write16(out, 0);
        if (!name.isEmpty() && !name.equals(".")) {
            for (String label : name.split("\\.")) {
                byte[] b = label.getBytes(StandardCharsets.US_ASCII);
                if (b.length == 0) {
                    continue;
                }
                if (b.length > 63) {
                    throw new IllegalArgumentException("DNS label longer than 63 bytes: " + label);
                }
                out.write(b.length);
                out.writeBytes(b);
            }
        }
        out.write(0);
        write16(out, type);
        write16(out, 1); // IN
        return out.toByteArray();
    }

    /**
     * Reads a reply to the query with {@code id}: its RCODE (0 is success), or {@link #NOT_A_REPLY} if it does not
     * answer that query.
     */
    static int rcode(byte[] reply, int id) {
        if (reply.length < 12) {
            return NOT_A_REPLY;
        }
        int rid = ((reply[0] & 0xff) << 8) | (reply[1] & 0xff);
        int flags = ((reply[2] & 0xff) << 8) | (reply[3] & 0xff);
        if (rid != id || (flags & 0x8000) == 0) {
            return NOT_A_REPLY;
        }
        return flags & 0x000f;
    }

    private static void write16(ByteArrayOutputStream out, int v) {
        out.write((v >>> 8) & 0xff);
        out.write(v & 0xff);
    }
}
