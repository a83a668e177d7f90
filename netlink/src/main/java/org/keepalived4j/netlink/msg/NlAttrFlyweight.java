package org.keepalived4j.netlink.msg;

import java.lang.foreign.MemorySegment;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

/**
 * A cursor over a run of netlink attributes ({@code struct nlattr}, {@code <linux/netlink.h>}): call
 * {@link #next()} until it returns {@code false}, reading the current attribute's {@link #type()} and payload in
 * between. It allocates nothing except for the {@code String}/{@code InetAddress}/{@code byte[]} readers.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           nla_len             |N|O|         nla_type          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |            payload (nla_len - 4 bytes), padded to 4           |
 * </pre>
 * N = {@code NLA_F_NESTED}, O = {@code NLA_F_NET_BYTEORDER}; {@link #type()} strips both.
 *
 * <p>A nested attribute is read with a second cursor: {@code inner.wrapPayloadOf(outer)}. An attribute whose
 * length is below 4 or runs past the end stops the iteration and sets {@link #malformed()}: truncated input never
 * throws out of the cursor.
 */
public final class NlAttrFlyweight {
    /** {@code NLA_HDRLEN}. */
    public static final int HEADER_SIZE = 4;

    private MemorySegment segment = MemorySegment.NULL;
    private long limit;
    private long nextOffset;
    private long offset = -1;
    private boolean malformed;

    /**
     * Positions the cursor before the first attribute of {@code [start, end)}.
     *
     * @param segment buffer
     * @param start offset of the first attribute
     * @param end offset just past the last byte that may hold attributes
     * @return this
     */
    public NlAttrFlyweight wrap(MemorySegment segment, long start, long end) {
        this.segment = segment;
        this.nextOffset = start;
        this.limit = Math.min(end, segment.byteSize());
        this.offset = -1;
        this.malformed = false;
        return this;
    }

    /**
     * Positions this cursor before the first attribute nested in {@code outer}'s current attribute.
     *
     * @param outer a cursor on a nested attribute
     * @return this
     */
    public NlAttrFlyweight wrapPayloadOf(NlAttrFlyweight outer) {
        return wrap(outer.segment, outer.payloadOffset(), outer.payloadOffset() + outer.payloadLength());
    }

    /** @return {@code true} when positioned on a complete attribute; {@code false} at the end or on bad data */
    public boolean next() {
        long at = nextOffset;
        if (limit - at < HEADER_SIZE) {
            offset = -1;
            return false;
        }
        int len = Short.toUnsignedInt(segment.get(JAVA_SHORT_UNALIGNED, at));
        if (len < HEADER_SIZE || len > limit - at) {
            malformed = true;
            offset = -1;
            return false;
        }
        offset = at;
        nextOffset = at + Nl.align(len);
        return true;
    }

    /** @return whether iteration stopped on a bad length */
    public boolean malformed() {
        return malformed;
    }

    /** @return the type without the nested/byte-order flag bits */
    public int type() {
        return rawType() & Nl.NLA_TYPE_MASK;
    }

    /** @return the type field including {@code NLA_F_NESTED} and {@code NLA_F_NET_BYTEORDER} */
    public int rawType() {
        return Short.toUnsignedInt(segment.get(JAVA_SHORT_UNALIGNED, offset + 2));
    }

    /** @return absolute offset of the current attribute's header */
    public long offset() {
        return offset;
    }

    /** @return absolute offset of the current payload */
    public long payloadOffset() {
        return offset + HEADER_SIZE;
    }

    /** @return payload length in bytes (unpadded) */
    public int payloadLength() {
        return Short.toUnsignedInt(segment.get(JAVA_SHORT_UNALIGNED, offset)) - HEADER_SIZE;
    }

    /** @return the buffer */
    public MemorySegment segment() {
        return segment;
    }

    /** @return payload as u8 */
    public int u8() {
        return Byte.toUnsignedInt(segment.get(JAVA_BYTE, payloadOffset()));
    }

    /** @return payload as host-order u16 */
    public int u16() {
        return Short.toUnsignedInt(segment.get(JAVA_SHORT_UNALIGNED, payloadOffset()));
    }

    /** @return payload as network-order (big-endian) u16, e.g. a port */
    public int u16Be() {
        return Short.toUnsignedInt(segment.get(JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN),
                payloadOffset()));
    }

    /** @return payload as host-order 32 bits (read unsigned with {@link Integer#toUnsignedLong}) */
    public int u32() {
        return segment.get(JAVA_INT_UNALIGNED, payloadOffset());
    }

    /** @return payload as network-order 32 bits */
    public int u32Be() {
        return segment.get(JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN), payloadOffset());
    }

    /** @return payload as host-order 64 bits */
    public long u64() {
        return segment.get(JAVA_LONG_UNALIGNED, payloadOffset());
    }

    /** @return payload as a string, stopping at the first NUL (or the payload end if there is none) */
    public String string() {
        int n = payloadLength();
        long p = payloadOffset();
        int len = 0;
        while (len < n && segment.get(JAVA_BYTE, p + len) != 0) {
            len++;
        }
        byte[] b = new byte[len];
        MemorySegment.copy(segment, JAVA_BYTE, p, b, 0, len);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** @return a copy of the payload */
    public byte[] bytes() {
        byte[] b = new byte[payloadLength()];
        MemorySegment.copy(segment, JAVA_BYTE, payloadOffset(), b, 0, b.length);
        return b;
    }

    /**
     * @return the payload as an IPv4 (4 bytes) or IPv6 (16 bytes) address
     * @throws IllegalStateException when the payload has another length
     */
    public InetAddress address() {
        int n = payloadLength();
        if (n != 4 && n != 16) {
            throw new IllegalStateException("attribute " + type() + " is not an address: " + n + " bytes");
        }
        try {
            return InetAddress.getByAddress(bytes());
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
