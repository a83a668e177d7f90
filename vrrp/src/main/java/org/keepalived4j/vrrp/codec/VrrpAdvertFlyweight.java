package org.keepalived4j.vrrp.codec;

/**
 * View over a VRRP advertisement message (the IP payload), re-wrapped for every packet sent or received.
 *
 * <p>VRRPv3, RFC 9568 section 5.1 (IPv4 or IPv6; 4 or 16 octet addresses):
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version| Type  | Virtual Rtr ID|   Priority    |Count IPvX Addr|
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |(rsvd) |     Max Adver Int     |          Checksum             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                                                               |
 * +                                                               +
 * |                       IPvX Address(es)                        |
 * +                                                               +
 * |                                                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * VRRPv2, RFC 3768 section 5.1 (IPv4 only):
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |Version| Type  | Virtual Rtr ID|   Priority    | Count IP Addrs|
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Auth Type   |   Adver Int   |          Checksum             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         IP Address (1)                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                            ...                                |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         IP Address (n)                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     Authentication Data (1)                   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     Authentication Data (2)                   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Getters and fluent setters share the field's name. The view does not check bounds beyond the JVM's: the decoder
 * checks lengths before any field is read.
 */
public final class VrrpAdvertFlyweight {
    /** Offset of the version (high nibble) and type (low nibble). */
    public static final int VERSION_TYPE_OFFSET = 0;
    /** Offset of the Virtual Router ID. */
    public static final int VRID_OFFSET = 1;
    /** Offset of the priority. */
    public static final int PRIORITY_OFFSET = 2;
    /** Offset of the address count. */
    public static final int COUNT_IP_ADDRS_OFFSET = 3;
    /** v2: offset of the auth type. */
    public static final int AUTH_TYPE_OFFSET = 4;
    /** v2: offset of the advert interval in seconds. */
    public static final int ADVER_INT_OFFSET = 5;
    /** v3: offset of the 4 reserved bits and 12-bit Max Adver Int in centiseconds. */
    public static final int MAX_ADVER_INT_OFFSET = 4;
    /** Offset of the checksum. */
    public static final int CHECKSUM_OFFSET = 6;
    /** Offset of the first address. */
    public static final int ADDRESSES_OFFSET = 8;
    /** Length of the fixed header. */
    public static final int HEADER_LENGTH = 8;
    /** v2: length of the authentication data ({@code VRRP_AUTH_LEN}). */
    public static final int AUTH_DATA_LENGTH = 8;
    /** Type ADVERTISEMENT (RFC 9568 section 5.2.2); the only type defined. */
    public static final int TYPE_ADVERTISEMENT = 1;
    /** Largest Max Adver Int in centiseconds (12 bits). */
    public static final int MAX_ADVER_INT_CS = 0x0fff;

    private byte[] buffer;
    private int offset;

    /** Points this view at {@code buffer[offset..]}. */
    public VrrpAdvertFlyweight wrap(byte[] buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** The wrapped buffer. */
    public byte[] buffer() {
        return buffer;
    }

    /** Where the message starts in {@link #buffer()}. */
    public int offset() {
        return offset;
    }

    /** The raw version nibble. */
    public int version() {
        return Bytes.u8(buffer, offset + VERSION_TYPE_OFFSET) >>> 4;
    }

    /** The type nibble. */
    public int type() {
        return Bytes.u8(buffer, offset + VERSION_TYPE_OFFSET) & 0x0f;
    }

    /** Sets version and type. */
    public VrrpAdvertFlyweight versionType(int version, int type) {
        Bytes.put8(buffer, offset + VERSION_TYPE_OFFSET, (version << 4) | (type & 0x0f));
        return this;
    }

    /** Virtual Router ID. */
    public int vrid() {
        return Bytes.u8(buffer, offset + VRID_OFFSET);
    }

    /** Sets the Virtual Router ID. */
    public VrrpAdvertFlyweight vrid(int vrid) {
        Bytes.put8(buffer, offset + VRID_OFFSET, vrid);
        return this;
    }

    /** Priority, 0 (stop) to 255 (owner). */
    public int priority() {
        return Bytes.u8(buffer, offset + PRIORITY_OFFSET);
    }

    /** Sets the priority. */
    public VrrpAdvertFlyweight priority(int priority) {
        Bytes.put8(buffer, offset + PRIORITY_OFFSET, priority);
        return this;
    }

    /** Number of addresses. */
    public int countIpAddrs() {
        return Bytes.u8(buffer, offset + COUNT_IP_ADDRS_OFFSET);
    }

    /** Sets the number of addresses. */
    public VrrpAdvertFlyweight countIpAddrs(int count) {
        Bytes.put8(buffer, offset + COUNT_IP_ADDRS_OFFSET, count);
        return this;
    }

    /** v2: raw auth type. */
    public int authType() {
        return Bytes.u8(buffer, offset + AUTH_TYPE_OFFSET);
    }

    /** v2: sets the auth type. */
    public VrrpAdvertFlyweight authType(int type) {
        Bytes.put8(buffer, offset + AUTH_TYPE_OFFSET, type);
        return this;
    }

    /** v2: advert interval in seconds. */
    public int adverInt() {
        return Bytes.u8(buffer, offset + ADVER_INT_OFFSET);
    }

    /** v2: sets the advert interval in seconds. */
    public VrrpAdvertFlyweight adverInt(int seconds) {
        Bytes.put8(buffer, offset + ADVER_INT_OFFSET, seconds);
        return this;
    }

    /** v3: Max Adver Int in centiseconds (reserved bits masked off). */
    public int maxAdverInt() {
        return Bytes.u16(buffer, offset + MAX_ADVER_INT_OFFSET) & MAX_ADVER_INT_CS;
    }

    /** v3: sets Max Adver Int in centiseconds, reserved bits zero. */
    public VrrpAdvertFlyweight maxAdverInt(int centiseconds) {
        Bytes.put16(buffer, offset + MAX_ADVER_INT_OFFSET, centiseconds & MAX_ADVER_INT_CS);
        return this;
    }

    /** The advert interval in centiseconds for either version (v2 seconds * 100). */
    public int adverIntCs() {
        return version() == 2 ? adverInt() * 100 : maxAdverInt();
    }

    /** Checksum. */
    public int checksum() {
        return Bytes.u16(buffer, offset + CHECKSUM_OFFSET);
    }

    /** Sets the checksum. */
    public VrrpAdvertFlyweight checksum(int checksum) {
        Bytes.put16(buffer, offset + CHECKSUM_OFFSET, checksum);
        return this;
    }

    /** Index in {@link #buffer()} of address {@code i} for addresses of {@code addressLength} bytes. */
    public int addressIndex(int i, int addressLength) {
        return offset + ADDRESSES_OFFSET + i * addressLength;
    }

    /** IPv4 address {@code i} as a big-endian int. */
    public int ipv4Address(int i) {
        return Bytes.i32(buffer, addressIndex(i, 4));
    }

    /** v2: index in {@link #buffer()} of the authentication data, after {@link #countIpAddrs()} IPv4 addresses. */
    public int authDataIndex() {
        return addressIndex(countIpAddrs(), 4);
    }

    /**
     * Length of the message as its header describes it: 8 + count * address length (+ 8 auth octets for v2).
     *
     * @param addressLength 4 for IPv4, 16 for IPv6
     */
    public int messageLength(int addressLength) {
        int len = HEADER_LENGTH + countIpAddrs() * addressLength;
        return version() == 2 && addressLength == 4 ? len + AUTH_DATA_LENGTH : len;
    }

    /** True when one of the message's addresses equals {@code address[addressOffset..+addressLength]}. */
    public boolean containsAddress(byte[] address, int addressOffset, int addressLength) {
        int n = countIpAddrs();
        for (int i = 0; i < n; i++) {
            if (Bytes.equal(buffer, addressIndex(i, addressLength), address, addressOffset, addressLength)) {
                return true;
            }
        }
        return false;
    }
}
