package org.keepalived4j.vrrp.codec;

/**
 * View over an IPv6 fixed header (RFC 8200 section 3), re-wrapped for every packet.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version| Traffic Class |           Flow Label                  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Payload Length        |  Next Header  |   Hop Limit   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               |
 * +                  Source Address (16 octets)                   +
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               |
 * +                Destination Address (16 octets)                +
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class Ipv6HeaderFlyweight {
    /** Offset of version, traffic class and flow label. */
    public static final int VERSION_CLASS_FLOW_OFFSET = 0;
    /** Offset of the payload length. */
    public static final int PAYLOAD_LENGTH_OFFSET = 4;
    /** Offset of the next header. */
    public static final int NEXT_HEADER_OFFSET = 6;
    /** Offset of the hop limit. */
    public static final int HOP_LIMIT_OFFSET = 7;
    /** Offset of the source address. */
    public static final int SOURCE_OFFSET = 8;
    /** Offset of the destination address. */
    public static final int DESTINATION_OFFSET = 24;
    /** Header length. */
    public static final int HEADER_LENGTH = 40;
    /** Length of an address. */
    public static final int ADDRESS_LENGTH = 16;

    private byte[] buffer;
    private int offset;

    /** Points this view at {@code buffer[offset..]}. */
    public Ipv6HeaderFlyweight wrap(byte[] buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** Version nibble (6). */
    public int version() {
        return Bytes.u8(buffer, offset) >>> 4;
    }

    /** Writes version 6, the traffic class and a zero flow label. */
    public Ipv6HeaderFlyweight versionAndTrafficClass(int trafficClass) {
        Bytes.put32(buffer, offset, (6 << 28) | ((trafficClass & 0xff) << 20));
        return this;
    }

    /** Payload length. */
    public int payloadLength() {
        return Bytes.u16(buffer, offset + PAYLOAD_LENGTH_OFFSET);
    }

    /** Sets the payload length. */
    public Ipv6HeaderFlyweight payloadLength(int length) {
        Bytes.put16(buffer, offset + PAYLOAD_LENGTH_OFFSET, length);
        return this;
    }

    /** Next header. */
    public int nextHeader() {
        return Bytes.u8(buffer, offset + NEXT_HEADER_OFFSET);
    }

    /** Sets the next header. */
    public Ipv6HeaderFlyweight nextHeader(int next) {
        Bytes.put8(buffer, offset + NEXT_HEADER_OFFSET, next);
        return this;
    }

    /** Hop limit. */
    public int hopLimit() {
        return Bytes.u8(buffer, offset + HOP_LIMIT_OFFSET);
    }

    /** Sets the hop limit. */
    public Ipv6HeaderFlyweight hopLimit(int hopLimit) {
        Bytes.put8(buffer, offset + HOP_LIMIT_OFFSET, hopLimit);
        return this;
    }

    /** Copies 16 bytes into the source address. */
    public Ipv6HeaderFlyweight source(byte[] address, int addressOffset) {
        System.arraycopy(address, addressOffset, buffer, offset + SOURCE_OFFSET, ADDRESS_LENGTH);
        return this;
    }

    /** Copies 16 bytes into the destination address. */
    public Ipv6HeaderFlyweight destination(byte[] address, int addressOffset) {
        System.arraycopy(address, addressOffset, buffer, offset + DESTINATION_OFFSET, ADDRESS_LENGTH);
        return this;
    }

    /** Index of the source address in the wrapped buffer. */
    public int sourceIndex() {
        return offset + SOURCE_OFFSET;
    }

    /** Index of the destination address in the wrapped buffer. */
    public int destinationIndex() {
        return offset + DESTINATION_OFFSET;
    }

    /** True when the address at {@code buffer[off..]} is multicast (ff00::/8). */
    public static boolean isMulticast(byte[] buffer, int off) {
        return (buffer[off] & 0xff) == 0xff;
    }
}
