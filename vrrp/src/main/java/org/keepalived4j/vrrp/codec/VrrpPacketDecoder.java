package org.keepalived4j.vrrp.codec;

/**
 * Parses a received Ethernet frame or IP packet far enough to find the VRRP message and the facts keepalived reads
 * from its raw socket (source, destination, TTL / hop limit, multicast), into a reused {@link ReceivedAdvert}.
 *
 * <p>Only structure is checked here, as keepalived's {@code vrrp_get_header}: the IP header and the 8-octet VRRP
 * header must be present. Everything that depends on the instance (length against the address count, TTL,
 * version, auth, checksum, addresses) is {@link AdvertValidator}'s, once the VRID has found the instance.
 * Link padding (frames shorter than 60 octets are padded on the wire) is cut off by the IP length. Never throws,
 * never allocates.
 */
public final class VrrpPacketDecoder {
    /** Length of the IPsec AH header keepalived builds and expects ({@code ipsec_ah_t}, RFC 2402). */
    public static final int AH_HEADER_LENGTH = 24;

    private final Ipv4HeaderFlyweight ipv4 = new Ipv4HeaderFlyweight();
    private final Ipv6HeaderFlyweight ipv6 = new Ipv6HeaderFlyweight();

    /** Decodes an Ethernet II frame (one 802.1Q tag allowed) of {@code len} bytes at {@code off}. */
    public DecodeResult decodeEthernet(byte[] frame, int off, int len, ReceivedAdvert out) {
        if (len < EthernetFlyweight.HEADER_LENGTH) {
            return DecodeResult.TOO_SHORT;
        }
        int typeOffset = off + EthernetFlyweight.ETHER_TYPE_OFFSET;
        int type = Bytes.u16(frame, typeOffset);
        int header = EthernetFlyweight.HEADER_LENGTH;
        if (type == EthernetFlyweight.ETHER_TYPE_VLAN) {
            if (len < header + 4) {
                return DecodeResult.TOO_SHORT;
            }
            type = Bytes.u16(frame, typeOffset + 4);
            header += 4;
        }
        DecodeResult result = switch (type) {
            case EthernetFlyweight.ETHER_TYPE_IPV4 -> decodeIpv4(frame, off + header, len - header, out);
            case EthernetFlyweight.ETHER_TYPE_IPV6 -> decodeIpv6(frame, off + header, len - header, out);
            default -> DecodeResult.NOT_VRRP;
        };
        out.sourceMacIndex = off + EthernetFlyweight.SOURCE_OFFSET;
        return result;
    }

    /** Decodes an IP packet (version taken from its first nibble) of {@code len} bytes at {@code off}. */
    public DecodeResult decodeIp(byte[] packet, int off, int len, ReceivedAdvert out) {
        if (len < 1) {
            return DecodeResult.TOO_SHORT;
        }
        out.sourceMacIndex = -1;
        return switch (Bytes.u8(packet, off) >>> 4) {
            case 4 -> decodeIpv4(packet, off, len, out);
            case 6 -> decodeIpv6(packet, off, len, out);
            default -> DecodeResult.NOT_VRRP;
        };
    }

    private DecodeResult decodeIpv4(byte[] b, int off, int len, ReceivedAdvert out) {
        if (len < Ipv4HeaderFlyweight.MIN_HEADER_LENGTH) {
            return DecodeResult.TOO_SHORT;
        }
        ipv4.wrap(b, off);
        int ihl = ipv4.headerLength();
        if (ipv4.version() != 4 || ihl < Ipv4HeaderFlyweight.MIN_HEADER_LENGTH) {
            return DecodeResult.NOT_VRRP;
        }
        int total = ipv4.totalLength();
        if (total > len || total < ihl) {
            return DecodeResult.TOO_SHORT;
        }
        int vrrp = off + ihl;
        boolean ah = false;
        int protocol = ipv4.protocol();
        if (protocol == Ipv4HeaderFlyweight.PROTOCOL_AH) {
            if (total < ihl + AH_HEADER_LENGTH + VrrpAdvertFlyweight.HEADER_LENGTH) {
                return DecodeResult.TOO_SHORT;
            }
            if (Bytes.u8(b, vrrp) != InetChecksum.IPPROTO_VRRP) {
                return DecodeResult.NOT_VRRP;
            }
            ah = true;
            vrrp += AH_HEADER_LENGTH;
        } else if (protocol != InetChecksum.IPPROTO_VRRP) {
            return DecodeResult.NOT_VRRP;
        } else if (total < ihl + VrrpAdvertFlyweight.HEADER_LENGTH) {
            return DecodeResult.TOO_SHORT;
        }
        out.buffer = b;
        out.ipOffset = off;
        out.ipLength = total;
        out.ipv6 = false;
        out.ttl = ipv4.ttl();
        out.sourceIndex = off + Ipv4HeaderFlyweight.SOURCE_OFFSET;
        out.destinationIndex = off + Ipv4HeaderFlyweight.DESTINATION_OFFSET;
        out.multicast = Ipv4HeaderFlyweight.isMulticast(ipv4.destination());
        out.ahPresent = ah;
        out.vrrpOffset = vrrp;
        out.checksumMode = null;
        out.advert.wrap(b, vrrp);
        return DecodeResult.OK;
    }

    private DecodeResult decodeIpv6(byte[] b, int off, int len, ReceivedAdvert out) {
        if (len < Ipv6HeaderFlyweight.HEADER_LENGTH) {
            return DecodeResult.TOO_SHORT;
        }
        ipv6.wrap(b, off);
        if (ipv6.version() != 6 || ipv6.nextHeader() != InetChecksum.IPPROTO_VRRP) {
            return DecodeResult.NOT_VRRP;
        }
        int payload = ipv6.payloadLength();
        if (Ipv6HeaderFlyweight.HEADER_LENGTH + payload > len || payload < VrrpAdvertFlyweight.HEADER_LENGTH) {
            return DecodeResult.TOO_SHORT;
        }
        out.buffer = b;
        out.ipOffset = off;
        out.ipLength = Ipv6HeaderFlyweight.HEADER_LENGTH + payload;
        out.ipv6 = true;
        out.ttl = ipv6.hopLimit();
        out.sourceIndex = ipv6.sourceIndex();
        out.destinationIndex = ipv6.destinationIndex();
        out.multicast = Ipv6HeaderFlyweight.isMulticast(b, out.destinationIndex);
        out.ahPresent = false;
        out.vrrpOffset = off + Ipv6HeaderFlyweight.HEADER_LENGTH;
        out.checksumMode = null;
        out.advert.wrap(b, out.vrrpOffset);
        return DecodeResult.OK;
    }
}
