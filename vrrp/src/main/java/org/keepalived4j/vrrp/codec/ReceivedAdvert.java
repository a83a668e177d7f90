package org.keepalived4j.vrrp.codec;

/**
 * One received VRRP packet as {@link VrrpPacketDecoder} found it: where its headers are in the receive buffer and
 * the IP-level facts keepalived takes from the socket (source, destination, TTL / hop limit, multicast or not).
 *
 * <p>Mutable and reused for every packet by the VRRP thread; valid until the next decode into it. Addresses are
 * not copied: {@link #sourceIndex()} and {@link #destinationIndex()} point into {@link #buffer()}.
 */
public final class ReceivedAdvert {
    final VrrpAdvertFlyweight advert = new VrrpAdvertFlyweight();
    byte[] buffer;
    int ipOffset;
    int ipLength;
    boolean ipv6;
    int ttl;
    int sourceIndex;
    int destinationIndex;
    int sourceMacIndex = -1;
    boolean multicast;
    boolean ahPresent;
    int vrrpOffset;
    V3ChecksumMode checksumMode;

    /** The VRRP message. */
    public VrrpAdvertFlyweight advert() {
        return advert;
    }

    /** The receive buffer. */
    public byte[] buffer() {
        return buffer;
    }

    /** Start of the IP header in {@link #buffer()}. */
    public int ipOffset() {
        return ipOffset;
    }

    /** IP packet length (header included), trimmed to the IP total / payload length; link padding excluded. */
    public int ipLength() {
        return ipLength;
    }

    /** True for IPv6. */
    public boolean ipv6() {
        return ipv6;
    }

    /** Address length: 4 or 16. */
    public int addressLength() {
        return ipv6 ? 16 : 4;
    }

    /** IPv4 TTL or IPv6 hop limit. */
    public int ttl() {
        return ttl;
    }

    /** Index of the source address in {@link #buffer()}. */
    public int sourceIndex() {
        return sourceIndex;
    }

    /** Index of the destination address in {@link #buffer()}. */
    public int destinationIndex() {
        return destinationIndex;
    }

    /** Index of the source MAC in {@link #buffer()}, or -1 when decoded from an IP packet without link header. */
    public int sourceMacIndex() {
        return sourceMacIndex;
    }

    /** IPv4 source as a big-endian int (IPv4 only). */
    public int ipv4Source() {
        return Bytes.i32(buffer, sourceIndex);
    }

    /** IPv4 destination as a big-endian int (IPv4 only). */
    public int ipv4Destination() {
        return Bytes.i32(buffer, destinationIndex);
    }

    /** Whether the destination is a multicast address. */
    public boolean multicast() {
        return multicast;
    }

    /** IPv4: whether an IPsec AH header precedes the VRRP message. */
    public boolean ahPresent() {
        return ahPresent;
    }

    /** Start of the VRRP message in {@link #buffer()}. */
    public int vrrpOffset() {
        return vrrpOffset;
    }

    /** Bytes from the VRRP message start to the end of the IP packet. */
    public int vrrpLength() {
        return ipOffset + ipLength - vrrpOffset;
    }

    /** IPv4 VRRPv3: which checksum mode matched, set by {@link AdvertValidator}; {@code null} otherwise. */
    public V3ChecksumMode checksumMode() {
        return checksumMode;
    }

    /**
     * Compares the source address with {@code address[off..]} as unsigned bytes (RFC 9568 section 6.4.3: the
     * greater primary address wins a priority tie).
     *
     * @return negative, zero or positive as the sender's address is lower, equal or greater
     */
    public int compareSource(byte[] address, int off) {
        return Bytes.compareUnsigned(buffer, sourceIndex, address, off, addressLength());
    }

    /** True when the source address equals {@code address[off..]}. */
    public boolean sourceEquals(byte[] address, int off) {
        return Bytes.equal(buffer, sourceIndex, address, off, addressLength());
    }
}
