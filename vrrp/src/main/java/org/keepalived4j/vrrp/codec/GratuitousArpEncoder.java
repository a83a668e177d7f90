package org.keepalived4j.vrrp.codec;

/**
 * Writes a gratuitous ARP frame for one IPv4 VIP, as keepalived's {@code send_gratuitous_arp_immediate}
 * (vrrp_arp.c): Ethernet broadcast from the interface MAC, ARP request (RFC 826, RFC 5227 section 3) whose sender
 * and target protocol address are both the VIP and whose target hardware address is the broadcast address.
 *
 * <pre>
 * Ethernet: ff:ff:ff:ff:ff:ff | source MAC | 0x0806
 * ARP:      htype 1 | ptype 0x0800 | hlen 6 | plen 4 | op 1 (request)
 *           sha = source MAC | spa = VIP | tha = ff:ff:ff:ff:ff:ff | tpa = VIP
 * </pre>
 */
public final class GratuitousArpEncoder {
    /** Frame length: 14 + 28. */
    public static final int FRAME_LENGTH = 42;
    private static final int ARP = EthernetFlyweight.HEADER_LENGTH;

    private GratuitousArpEncoder() {
    }

    /** Encodes into {@code out[off..off+42)}; returns {@link #FRAME_LENGTH}. */
    public static int encode(byte[] sourceMac, int ipv4, byte[] out, int off) {
        for (int i = 0; i < 6; i++) {
            out[off + i] = (byte) 0xff;
        }
        System.arraycopy(sourceMac, 0, out, off + EthernetFlyweight.SOURCE_OFFSET, 6);
        Bytes.put16(out, off + EthernetFlyweight.ETHER_TYPE_OFFSET, EthernetFlyweight.ETHER_TYPE_ARP);
        int a = off + ARP;
        Bytes.put16(out, a, 1);
        Bytes.put16(out, a + 2, EthernetFlyweight.ETHER_TYPE_IPV4);
        Bytes.put8(out, a + 4, 6);
        Bytes.put8(out, a + 5, 4);
        Bytes.put16(out, a + 6, 1);
        System.arraycopy(sourceMac, 0, out, a + 8, 6);
        Bytes.put32(out, a + 14, ipv4);
        for (int i = 0; i < 6; i++) {
            out[a + 18 + i] = (byte) 0xff;
        }
        Bytes.put32(out, a + 24, ipv4);
        return FRAME_LENGTH;
    }
}
