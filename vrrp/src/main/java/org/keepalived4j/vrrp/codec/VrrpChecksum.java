package org.keepalived4j.vrrp.codec;

/**
 * VRRP checksums (RFC 3768 section 5.3.8, RFC 9568 section 5.2.8), as keepalived computes them in
 * {@code vrrp_build_vrrp_v2}, {@code vrrp_build_vrrp_v3} and checks them in {@code vrrp_check_packet}.
 *
 * <ul>
 *   <li>v2: over the VRRP message including the 8 authentication octets.</li>
 *   <li>v3 over IPv4: IPv4 pseudo-header + message by default; see {@link V3ChecksumMode} for the others.</li>
 *   <li>v3 over IPv6: IPv6 pseudo-header + message.</li>
 * </ul>
 */
public final class VrrpChecksum {
    /** 224.0.0.18, the IPv4 VRRP group (RFC 9568 section 5.1.1.2), as a big-endian int. */
    public static final int IPV4_GROUP = 0xe0000012;

    private VrrpChecksum() {
    }

    /** Sum of an IPv4 message in {@code mode} with the checksum field as it stands. */
    public static int sumIpv4(byte[] b, int vrrpOff, int msgLen, boolean v3, V3ChecksumMode mode, int src, int dst) {
        int acc = 0;
        if (v3 && mode != V3ChecksumMode.MESSAGE_ONLY) {
            int pseudoDst = mode == V3ChecksumMode.PSEUDO_HEADER_MULTICAST_DESTINATION ? IPV4_GROUP : dst;
            acc = InetChecksum.addIpv4PseudoHeader(0, src, pseudoDst, InetChecksum.IPPROTO_VRRP, msgLen);
        }
        return InetChecksum.add(acc, b, vrrpOff, msgLen);
    }

    /** Sum of an IPv6 message with its pseudo-header, addresses at the given indices of {@code b}. */
    public static int sumIpv6(byte[] b, int vrrpOff, int msgLen, int srcIndex, int dstIndex) {
        int acc = InetChecksum.addIpv6PseudoHeader(0, b, srcIndex, b, dstIndex, InetChecksum.IPPROTO_VRRP, msgLen);
        return InetChecksum.add(acc, b, vrrpOff, msgLen);
    }

    /**
     * Verifies a received IPv4 v3 message, trying the modes in keepalived's order: pseudo-header with the real
     * destination, then with 224.0.0.18 (keepalived's old unicast checksum), then the message alone.
     *
     * @return the mode that verified, or {@code null} when none did
     */
    public static V3ChecksumMode verifyV3Ipv4(byte[] b, int vrrpOff, int msgLen, int src, int dst) {
        if (InetChecksum.finish(sumIpv4(b, vrrpOff, msgLen, true, V3ChecksumMode.PSEUDO_HEADER, src, dst)) == 0) {
            return V3ChecksumMode.PSEUDO_HEADER;
        }
        if (dst != IPV4_GROUP && InetChecksum.finish(
                sumIpv4(b, vrrpOff, msgLen, true, V3ChecksumMode.PSEUDO_HEADER_MULTICAST_DESTINATION, src, dst)) == 0) {
            return V3ChecksumMode.PSEUDO_HEADER_MULTICAST_DESTINATION;
        }
        if (InetChecksum.finish(sumIpv4(b, vrrpOff, msgLen, true, V3ChecksumMode.MESSAGE_ONLY, src, dst)) == 0) {
            return V3ChecksumMode.MESSAGE_ONLY;
        }
        return null;
    }
}
