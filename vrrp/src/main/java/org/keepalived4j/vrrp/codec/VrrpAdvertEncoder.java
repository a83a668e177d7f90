package org.keepalived4j.vrrp.codec;

/**
 * Writes a whole advert frame (Ethernet, IPv4 or IPv6, VRRP) into a caller's buffer, as keepalived's
 * {@code vrrp_build_pkt} / {@code vrrp_update_pkt} build it: IPv4 TOS 0xc0, no fragmentation, TTL 255 (or
 * {@code unicast_ttl}), IP id counting up per advert; IPv6 traffic class 0xc0, hop limit 255; v2 auth octets after
 * the addresses; checksums per {@link VrrpChecksum}.
 *
 * <p>Allocation free; one instance per sending thread (it holds reusable flyweights).
 */
public final class VrrpAdvertEncoder {
    private final EthernetFlyweight ethernet = new EthernetFlyweight();
    private final Ipv4HeaderFlyweight ipv4 = new Ipv4HeaderFlyweight();
    private final Ipv6HeaderFlyweight ipv6 = new Ipv6HeaderFlyweight();
    private final VrrpAdvertFlyweight advert = new VrrpAdvertFlyweight();

    /**
     * Encodes one advert.
     *
     * @param spec     the instance's fixed frame contents
     * @param priority priority to advertise (0 when stopping)
     * @param ipId     IPv4 identification (ignored for IPv6)
     * @param out      destination buffer, at least {@link AdvertSpec#frameLength()} bytes from {@code off}
     * @param off      where the frame starts
     * @return the frame length
     */
    public int encode(AdvertSpec spec, int priority, int ipId, byte[] out, int off) {
        ethernet.wrap(out, off).destination(spec.destinationMac, 0).source(spec.sourceMac, 0);
        int ip = off + EthernetFlyweight.HEADER_LENGTH;
        int msgLen = spec.messageLength();
        int vrrp;
        if (spec.ipv6) {
            ethernet.etherType(EthernetFlyweight.ETHER_TYPE_IPV6);
            ipv6.wrap(out, ip).versionAndTrafficClass(AdvertSpec.TOS_INTERNETWORK_CONTROL).payloadLength(msgLen)
                    .nextHeader(InetChecksum.IPPROTO_VRRP).hopLimit(spec.ttl)
                    .source(spec.sourceIp, 0).destination(spec.destinationIp, 0);
            vrrp = ip + Ipv6HeaderFlyweight.HEADER_LENGTH;
        } else {
            ethernet.etherType(EthernetFlyweight.ETHER_TYPE_IPV4);
            ipv4.wrap(out, ip).versionAndHeaderLength(Ipv4HeaderFlyweight.MIN_HEADER_LENGTH)
                    .tos(AdvertSpec.TOS_INTERNETWORK_CONTROL)
                    .totalLength(Ipv4HeaderFlyweight.MIN_HEADER_LENGTH + msgLen).id(ipId).fragment(0).ttl(spec.ttl)
                    .protocol(InetChecksum.IPPROTO_VRRP).source(Bytes.i32(spec.sourceIp, 0))
                    .destination(Bytes.i32(spec.destinationIp, 0)).updateChecksum();
            vrrp = ip + Ipv4HeaderFlyweight.MIN_HEADER_LENGTH;
        }
        writeMessage(spec, priority, out, vrrp);
        int sum;
        if (spec.ipv6) {
            sum = VrrpChecksum.sumIpv6(out, vrrp, msgLen, ipv6.sourceIndex(), ipv6.destinationIndex());
        } else {
            sum = VrrpChecksum.sumIpv4(out, vrrp, msgLen, spec.version == VrrpVersion.V3, spec.checksumMode,
                    Bytes.i32(spec.sourceIp, 0), Bytes.i32(spec.destinationIp, 0));
        }
        advert.checksum(InetChecksum.finish(sum));
        return vrrp + msgLen - off;
    }

    private void writeMessage(AdvertSpec spec, int priority, byte[] out, int vrrp) {
        advert.wrap(out, vrrp).versionType(spec.version.code(), VrrpAdvertFlyweight.TYPE_ADVERTISEMENT)
                .vrid(spec.vrid).priority(priority).countIpAddrs(spec.vips.count()).checksum(0);
        if (spec.version == VrrpVersion.V2) {
            advert.authType(spec.authType.code()).adverInt(spec.adverIntCs / 100);
        } else {
            advert.maxAdverInt(spec.adverIntCs);
        }
        int n = spec.vips.copyTo(out, advert.addressIndex(0, spec.vips.addressLength()));
        if (spec.version == VrrpVersion.V2) {
            int auth = vrrp + VrrpAdvertFlyweight.HEADER_LENGTH + n;
            if (spec.authType == AuthType.PASS) {
                System.arraycopy(spec.authData, 0, out, auth, VrrpAdvertFlyweight.AUTH_DATA_LENGTH);
            } else {
                java.util.Arrays.fill(out, auth, auth + VrrpAdvertFlyweight.AUTH_DATA_LENGTH, (byte) 0);
            }
        }
    }
}
