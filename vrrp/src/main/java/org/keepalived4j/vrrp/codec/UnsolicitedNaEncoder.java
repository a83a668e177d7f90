package org.keepalived4j.vrrp.codec;

/**
 * Writes an unsolicited Neighbour Advertisement for one IPv6 VIP (RFC 4861 sections 4.4 and 7.2.6), as
 * keepalived's {@code ndisc_send_unsolicited_na_immediate} (vrrp_ndisc.c): from the VIP to ff02::1 with hop limit
 * 255, Override flag set, Router flag when the interface forwards, and a target link-layer address option.
 *
 * <pre>
 * Ethernet: 33:33:00:00:00:01 | source MAC | 0x86dd
 * IPv6:     VIP -&gt; ff02::1, next header 58, hop limit 255, payload 32
 * ICMPv6:   type 136 | code 0 | checksum | R.O flags | target = VIP | option 2, len 1, source MAC
 * </pre>
 */
public final class UnsolicitedNaEncoder {
    /** Frame length: 14 + 40 + 32. */
    public static final int FRAME_LENGTH = 86;
    private static final int ICMPV6 = 58;
    private static final byte[] ALL_NODES = {(byte) 0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    private static final byte[] ALL_NODES_MAC = {0x33, 0x33, 0, 0, 0, 1};

    private UnsolicitedNaEncoder() {
    }

    /**
     * Encodes into {@code out[off..off+86)}.
     *
     * @param sourceMac  interface MAC
     * @param vip        16 octets at {@code vipOff}
     * @param routerFlag set the R flag (keepalived sets it when the interface has forwarding enabled)
     * @return {@link #FRAME_LENGTH}
     */
    public static int encode(byte[] sourceMac, byte[] vip, int vipOff, boolean routerFlag, byte[] out, int off) {
        System.arraycopy(ALL_NODES_MAC, 0, out, off, 6);
        System.arraycopy(sourceMac, 0, out, off + EthernetFlyweight.SOURCE_OFFSET, 6);
        Bytes.put16(out, off + EthernetFlyweight.ETHER_TYPE_OFFSET, EthernetFlyweight.ETHER_TYPE_IPV6);
        int ip = off + EthernetFlyweight.HEADER_LENGTH;
        Bytes.put32(out, ip, 6 << 28);
        Bytes.put16(out, ip + 4, 32);
        Bytes.put8(out, ip + 6, ICMPV6);
        Bytes.put8(out, ip + 7, 255);
        System.arraycopy(vip, vipOff, out, ip + 8, 16);
        System.arraycopy(ALL_NODES, 0, out, ip + 24, 16);
        int icmp = ip + Ipv6HeaderFlyweight.HEADER_LENGTH;
        Bytes.put8(out, icmp, 136);
        Bytes.put8(out, icmp + 1, 0);
        Bytes.put16(out, icmp + 2, 0);
        Bytes.put32(out, icmp + 4, (routerFlag ? 0x80000000 : 0) | 0x20000000);
        System.arraycopy(vip, vipOff, out, icmp + 8, 16);
        Bytes.put8(out, icmp + 24, 2);
        Bytes.put8(out, icmp + 25, 1);
        System.arraycopy(sourceMac, 0, out, icmp + 26, 6);
        int sum = InetChecksum.addIpv6PseudoHeader(0, out, ip + 8, out, ip + 24, ICMPV6, 32);
        Bytes.put16(out, icmp + 2, InetChecksum.finish(InetChecksum.add(sum, out, icmp, 32)));
        return FRAME_LENGTH;
    }
}
