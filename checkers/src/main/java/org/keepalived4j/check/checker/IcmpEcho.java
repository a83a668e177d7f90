package org.keepalived4j.check.checker;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * ICMP and ICMPv6 echo messages as PING_CHECK sends and reads them (RFC 792 "Echo or Echo Reply Message",
 * RFC 4443 §4.1/§4.2), written into and read from caller-owned memory; no allocation.
 *
 * <pre>
 *  0       8      16              31
 * +-------+-------+---------------+
 * | type  | code  |   checksum    |
 * +-------+-------+---------------+
 * |  identifier   |   sequence    |
 * +---------------+---------------+
 * | payload ("keepalived check - " repeated, 128 bytes, as keepalived's set_buf)
 * </pre>
 *
 * <p>The kernel fills in the identifier (and the checksum) on an unprivileged ICMP datagram socket and the checksum
 * on a raw ICMPv6 socket; on a raw ICMPv4 socket the sender computes it ({@link #checksum}). A raw ICMPv4 socket
 * receives the IPv4 header in front of the message ({@link #icmpOffset}).
 */
final class IcmpEcho {

    /** ICMP echo request type (RFC 792). */
    static final int ECHO_REQUEST_V4 = 8;
    /** ICMP echo reply type (RFC 792). */
    static final int ECHO_REPLY_V4 = 0;
    /** ICMPv6 echo request type (RFC 4443 §4.1). */
    static final int ECHO_REQUEST_V6 = 128;
    /** ICMPv6 echo reply type (RFC 4443 §4.2). */
    static final int ECHO_REPLY_V6 = 129;
    /** The ICMP header: type, code, checksum, identifier, sequence. */
    static final int HEADER_BYTES = 8;
    /** keepalived's {@code ICMP_BUFSIZE}: the payload after the header. */
    static final int PAYLOAD_BYTES = 128;
    /** What PING_CHECK sends. */
    static final int MESSAGE_BYTES = HEADER_BYTES + PAYLOAD_BYTES;

    private static final ValueLayout.OfShort BE_SHORT =
            ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final byte[] FILLER = "keepalived check - ".getBytes(StandardCharsets.US_ASCII);

    private IcmpEcho() {
    }

    /**
     * Writes an echo request of {@link #MESSAGE_BYTES} at the start of {@code out}.
     *
     * @param out        at least {@link #MESSAGE_BYTES} long
     * @param ipv6       ICMPv6 instead of ICMP
     * @param identifier the identifier (replaced by the kernel on a datagram socket)
     * @param sequence   the sequence number
     * @param checksum   true to compute the checksum (raw ICMPv4 sockets only)
     */
    static void writeRequest(MemorySegment out, boolean ipv6, int identifier, int sequence, boolean checksum) {
        out.set(ValueLayout.JAVA_BYTE, 0, (byte) (ipv6 ? ECHO_REQUEST_V6 : ECHO_REQUEST_V4));
        out.set(ValueLayout.JAVA_BYTE, 1, (byte) 0);
        out.set(BE_SHORT, 2, (short) 0);
        out.set(BE_SHORT, 4, (short) identifier);
        out.set(BE_SHORT, 6, (short) sequence);
        for (int i = 0; i < PAYLOAD_BYTES; i++) {
            out.set(ValueLayout.JAVA_BYTE, HEADER_BYTES + i, FILLER[i % FILLER.length]);
        }
        if (checksum) {
            out.set(BE_SHORT, 2, (short) checksum(out, 0, MESSAGE_BYTES));
        }
    }

    /** The Internet checksum (RFC 1071) of {@code length} bytes at {@code offset}. */
    static int checksum(MemorySegment in, long offset, int length) {
        long sum = 0;
        int i = 0;
        for (; i + 1 < length; i += 2) {
            sum += in.get(BE_SHORT, offset + i) & 0xffff;
        }
        if (i < length) {
            sum += (in.get(ValueLayout.JAVA_BYTE, offset + i) & 0xff) << 8;
        }
        while ((sum >> 16) != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (int) (~sum & 0xffff);
    }

    /**
     * Where the ICMP message starts in what a socket returned: after the IPv4 header on a raw ICMPv4 socket, at 0
     * otherwise.
     *
     * @return the offset, or -1 if the IPv4 header is truncated or not IPv4
     */
    static int icmpOffset(MemorySegment in, int length, boolean rawIpv4) {
        if (!rawIpv4) {
            return 0;
        }
        if (length < 20) {
            return -1;
        }
        int b0 = in.get(ValueLayout.JAVA_BYTE, 0) & 0xff;
        int ihl = (b0 & 0x0f) * 4;
        return (b0 >> 4) != 4 || ihl < 20 || ihl > length ? -1 : ihl;
    }

    /** The type of the message at {@code offset}. */
    static int type(MemorySegment in, int offset) {
        return in.get(ValueLayout.JAVA_BYTE, offset) & 0xff;
    }

    /** The identifier of the echo message at {@code offset}. */
    static int identifier(MemorySegment in, int offset) {
        return in.get(BE_SHORT, offset + 4) & 0xffff;
    }

    /** The sequence number of the echo message at {@code offset}. */
    static int sequence(MemorySegment in, int offset) {
        return in.get(BE_SHORT, offset + 6) & 0xffff;
    }
}
