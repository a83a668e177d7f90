package org.keepalived4j.vrrp.codec;

/**
 * View over an Ethernet II header (IEEE 802.3 / RFC 894), re-wrapped for every frame.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  Destination MAC (6 octets)                   |
 * +                               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                               |                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +
 * |                    Source MAC (6 octets)                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          EtherType            |   payload ...
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class EthernetFlyweight {
    /** Offset of the destination MAC. */
    public static final int DESTINATION_OFFSET = 0;
    /** Offset of the source MAC. */
    public static final int SOURCE_OFFSET = 6;
    /** Offset of the EtherType. */
    public static final int ETHER_TYPE_OFFSET = 12;
    /** Header length; the payload starts here. */
    public static final int HEADER_LENGTH = 14;
    /** EtherType of IPv4. */
    public static final int ETHER_TYPE_IPV4 = 0x0800;
    /** EtherType of ARP. */
    public static final int ETHER_TYPE_ARP = 0x0806;
    /** EtherType of IPv6. */
    public static final int ETHER_TYPE_IPV6 = 0x86dd;
    /** EtherType of an IEEE 802.1Q tag. */
    public static final int ETHER_TYPE_VLAN = 0x8100;
    /** Length of a MAC address. */
    public static final int MAC_LENGTH = 6;

    private byte[] buffer;
    private int offset;

    /** Points this view at {@code buffer[offset..]}. */
    public EthernetFlyweight wrap(byte[] buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    /** The EtherType. */
    public int etherType() {
        return Bytes.u16(buffer, offset + ETHER_TYPE_OFFSET);
    }

    /** Sets the EtherType. */
    public EthernetFlyweight etherType(int type) {
        Bytes.put16(buffer, offset + ETHER_TYPE_OFFSET, type);
        return this;
    }

    /** Copies 6 bytes from {@code mac[macOffset..]} into the destination MAC. */
    public EthernetFlyweight destination(byte[] mac, int macOffset) {
        System.arraycopy(mac, macOffset, buffer, offset + DESTINATION_OFFSET, MAC_LENGTH);
        return this;
    }

    /** Copies 6 bytes from {@code mac[macOffset..]} into the source MAC. */
    public EthernetFlyweight source(byte[] mac, int macOffset) {
        System.arraycopy(mac, macOffset, buffer, offset + SOURCE_OFFSET, MAC_LENGTH);
        return this;
    }

    /** Offset of the source MAC in the wrapped buffer. */
    public int sourceIndex() {
        return offset + SOURCE_OFFSET;
    }
}
