package org.keepalived4j.vrrp.codec;

/**
 * View over an IPv4 header (RFC 791 section 3.1), re-wrapped for every packet.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version|  IHL  |Type of Service|          Total Length         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |         Identification        |Flags|      Fragment Offset    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Time to Live |    Protocol   |         Header Checksum       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                       Source Address                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    Destination Address                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class Ipv4HeaderFlyweight {
    /** Offset of version and IHL. */
    public static final int VERSION_IHL_OFFSET = 0;
    /** Offset of the type of service. */
    public static final int TOS_OFFSET = 1;
    /** Offset of the total length. */
    public static final int TOTAL_LENGTH_OFFSET = 2;
    /** Offset of the identification. */
    public static final int ID_OFFSET = 4;
    /** Offset of flags and fragment offset. */
    public static final int FRAGMENT_OFFSET = 6;
    /** Offset of the TTL. */
    public static final int TTL_OFFSET = 8;
    /** Offset of the protocol. */
    public static final int PROTOCOL_OFFSET = 9;
    /** Offset of the header checksum. */
    public static final int CHECKSUM_OFFSET = 10;
    /** Offset of the source address. */
    public static final int SOURCE_OFFSET = 12;
    /** Offset of the destination address. */
    public static final int DESTINATION_OFFSET = 16;
    /** Length of a header without options. */
    public static final int MIN_HEADER_LENGTH = 20;
    /** Protocol number of IPsec AH. */
    public static final int PROTOCOL_AH = 51;

    private byte[] buffer;
    private int offset;

    /** Points this view at {@code buffer[offset..]}. */
    public Ipv4HeaderFlyweight wrap(byte[] buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** Version nibble (4). */
    public int version() {
        return Bytes.u8(buffer, offset) >>> 4;
    }

    /** Header length in bytes (IHL * 4). */
    public int headerLength() {
        return (Bytes.u8(buffer, offset) & 0x0f) << 2;
    }

    /** Writes version 4 and a header length of {@code bytes}. */
    public Ipv4HeaderFlyweight versionAndHeaderLength(int bytes) {
        Bytes.put8(buffer, offset, 0x40 | (bytes >>> 2));
        return this;
    }

    /** Type of service (keepalived sends 0xc0, internetwork control). */
    public int tos() {
        return Bytes.u8(buffer, offset + TOS_OFFSET);
    }

    /** Sets the type of service. */
    public Ipv4HeaderFlyweight tos(int tos) {
        Bytes.put8(buffer, offset + TOS_OFFSET, tos);
        return this;
    }

    /** Total length. */
    public int totalLength() {
        return Bytes.u16(buffer, offset + TOTAL_LENGTH_OFFSET);
    }

    /** Sets the total length. */
    public Ipv4HeaderFlyweight totalLength(int length) {
        Bytes.put16(buffer, offset + TOTAL_LENGTH_OFFSET, length);
        return this;
    }

    /** Identification. */
    public int id() {
        return Bytes.u16(buffer, offset + ID_OFFSET);
    }

    /** Sets the identification. */
    public Ipv4HeaderFlyweight id(int id) {
        Bytes.put16(buffer, offset + ID_OFFSET, id);
        return this;
    }

    /** Flags and fragment offset. */
    public int fragment() {
        return Bytes.u16(buffer, offset + FRAGMENT_OFFSET);
    }

    /** Sets flags and fragment offset. */
    public Ipv4HeaderFlyweight fragment(int value) {
        Bytes.put16(buffer, offset + FRAGMENT_OFFSET, value);
        return this;
    }

    /** Time to live. */
    public int ttl() {
        return Bytes.u8(buffer, offset + TTL_OFFSET);
    }

    /** Sets the time to live. */
    public Ipv4HeaderFlyweight ttl(int ttl) {
        Bytes.put8(buffer, offset + TTL_OFFSET, ttl);
        return this;
    }

    /** Protocol. */
    public int protocol() {
        return Bytes.u8(buffer, offset + PROTOCOL_OFFSET);
    }

    /** Sets the protocol. */
    public Ipv4HeaderFlyweight protocol(int protocol) {
        Bytes.put8(buffer, offset + PROTOCOL_OFFSET, protocol);
        return this;
    }

    /** Header checksum. */
    public int checksum() {
        return Bytes.u16(buffer, offset + CHECKSUM_OFFSET);
    }

    /** Sets the header checksum. */
    public Ipv4HeaderFlyweight checksum(int checksum) {
        Bytes.put16(buffer, offset + CHECKSUM_OFFSET, checksum);
        return this;
    }

    /** Source address as a big-endian int. */
    public int source() {
        return Bytes.i32(buffer, offset + SOURCE_OFFSET);
    }

    /** Sets the source address. */
    public Ipv4HeaderFlyweight source(int address) {
        Bytes.put32(buffer, offset + SOURCE_OFFSET, address);
        return this;
    }

    /** Destination address as a big-endian int. */
    public int destination() {
        return Bytes.i32(buffer, offset + DESTINATION_OFFSET);
    }

    /** Sets the destination address. */
    public Ipv4HeaderFlyweight destination(int address) {
        Bytes.put32(buffer, offset + DESTINATION_OFFSET, address);
        return this;
    }

    /** Computes and stores the header checksum over {@link #headerLength()} bytes. */
    public Ipv4HeaderFlyweight updateChecksum() {
        checksum(0);
        checksum(InetChecksum.finish(InetChecksum.add(0, buffer, offset, headerLength())));
        return this;
    }

    /** True when {@code address} is in 224.0.0.0/4. */
    public static boolean isMulticast(int address) {
        return (address & 0xf0000000) == 0xe0000000;
    }
}
