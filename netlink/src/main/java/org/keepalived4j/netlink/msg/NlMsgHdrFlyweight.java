package org.keepalived4j.netlink.msg;

import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

/**
 * View of a netlink message header ({@code struct nlmsghdr}, {@code <linux/netlink.h>}), host byte order.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                          nlmsg_len                            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          nlmsg_type           |          nlmsg_flags          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                          nlmsg_seq                            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                          nlmsg_pid                            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                 payload (family header, attributes)           |
 * </pre>
 *
 * <p>One instance is re-wrapped for every message (Aeron's {@code HeaderFlyweight} style); it must not be kept
 * past the handler call that received it.
 */
public final class NlMsgHdrFlyweight {
    /** {@code sizeof(struct nlmsghdr)}. */
    public static final int SIZE = 16;
    /** Offset of {@code nlmsg_len}. */
    public static final int LEN_FIELD_OFFSET = 0;
    /** Offset of {@code nlmsg_type}. */
    public static final int TYPE_FIELD_OFFSET = 4;
    /** Offset of {@code nlmsg_flags}. */
    public static final int FLAGS_FIELD_OFFSET = 6;
    /** Offset of {@code nlmsg_seq}. */
    public static final int SEQ_FIELD_OFFSET = 8;
    /** Offset of {@code nlmsg_pid}. */
    public static final int PID_FIELD_OFFSET = 12;

    private MemorySegment segment = MemorySegment.NULL;
    private long offset;

    /**
     * @param segment buffer holding the message
     * @param offset where the header starts
     * @return this
     */
    public NlMsgHdrFlyweight wrap(MemorySegment segment, long offset) {
        this.segment = segment;
        this.offset = offset;
        return this;
    }

    /** @return the wrapped buffer */
    public MemorySegment segment() {
        return segment;
    }

    /** @return where the header starts in {@link #segment()} */
    public long offset() {
        return offset;
    }

    /** @return {@code nlmsg_len}: header plus payload, unpadded */
    public int length() {
        return segment.get(JAVA_INT_UNALIGNED, offset + LEN_FIELD_OFFSET);
    }

    /** @param value {@code nlmsg_len} @return this */
    public NlMsgHdrFlyweight length(int value) {
        segment.set(JAVA_INT_UNALIGNED, offset + LEN_FIELD_OFFSET, value);
        return this;
    }

    /** @return {@code nlmsg_type} (unsigned) */
    public int type() {
        return Short.toUnsignedInt(segment.get(JAVA_SHORT_UNALIGNED, offset + TYPE_FIELD_OFFSET));
    }

    /** @param value {@code nlmsg_type} @return this */
    public NlMsgHdrFlyweight type(int value) {
        segment.set(JAVA_SHORT_UNALIGNED, offset + TYPE_FIELD_OFFSET, (short) value);
        return this;
    }

    /** @return {@code nlmsg_flags} (unsigned) */
    public int flags() {
        return Short.toUnsignedInt(segment.get(JAVA_SHORT_UNALIGNED, offset + FLAGS_FIELD_OFFSET));
    }

    /** @param value {@code nlmsg_flags} @return this */
    public NlMsgHdrFlyweight flags(int value) {
        segment.set(JAVA_SHORT_UNALIGNED, offset + FLAGS_FIELD_OFFSET, (short) value);
        return this;
    }

    /** @return {@code nlmsg_seq} */
    public int seq() {
        return segment.get(JAVA_INT_UNALIGNED, offset + SEQ_FIELD_OFFSET);
    }

    /** @param value {@code nlmsg_seq} @return this */
    public NlMsgHdrFlyweight seq(int value) {
        segment.set(JAVA_INT_UNALIGNED, offset + SEQ_FIELD_OFFSET, value);
        return this;
    }

    /** @return {@code nlmsg_pid}: the sender's port id ({@code 0} = kernel) */
    public int pid() {
        return segment.get(JAVA_INT_UNALIGNED, offset + PID_FIELD_OFFSET);
    }

    /** @param value {@code nlmsg_pid} @return this */
    public NlMsgHdrFlyweight pid(int value) {
        segment.set(JAVA_INT_UNALIGNED, offset + PID_FIELD_OFFSET, value);
        return this;
    }

    /** @return absolute offset of the payload ({@code NLMSG_DATA}) */
    public long payloadOffset() {
        return offset + SIZE;
    }

    /** @return absolute offset just past this message ({@code nlmsg_len}, unpadded) */
    public long end() {
        return offset + length();
    }

    /**
     * {@code NLMSG_OK}: a whole header and a sane length fit in the bytes that remain.
     *
     * @param limit absolute end of the received bytes
     * @return whether this message is complete
     */
    public boolean fitsWithin(long limit) {
        if (limit - offset < SIZE) {
            return false;
        }
        int len = length();
        return len >= SIZE && len <= limit - offset;
    }

    /** @return absolute offset of the next message ({@code NLMSG_NEXT}) */
    public long nextOffset() {
        return offset + Nl.align(length());
    }
}
