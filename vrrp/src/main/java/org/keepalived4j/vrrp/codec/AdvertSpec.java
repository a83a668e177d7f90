package org.keepalived4j.vrrp.codec;

import java.util.Objects;

/**
 * Everything about an instance's advert frame that does not change from one advert to the next: built once per
 * instance and destination (keepalived's {@code vrrp_build_pkt}); {@link VrrpAdvertEncoder} fills in the priority
 * and IP identification per send.
 *
 * <p>MAC addresses: keepalived sends adverts from the interface's own MAC (the kernel fills it in for its raw IP
 * socket); only with {@code use_vmac} does the frame leave from a macvlan whose MAC is the virtual router MAC
 * {@code 00:00:5e:00:01:VRID} / {@code 00:00:5e:00:02:VRID} (RFC 9568 section 7.3). Checked on the wire against
 * keepalived 2.2.7: source MAC = interface MAC, destination {@code 01:00:5e:00:00:12} / {@code 33:33:00:00:00:12}.
 */
public final class AdvertSpec {
    /** Destination MAC of IPv4 adverts: 224.0.0.18 mapped per RFC 1112 section 6.4. */
    public static final byte[] IPV4_GROUP_MAC = {0x01, 0x00, 0x5e, 0x00, 0x00, 0x12};
    /** Destination MAC of IPv6 adverts: ff02::12 mapped per RFC 2464 section 7. */
    public static final byte[] IPV6_GROUP_MAC = {0x33, 0x33, 0x00, 0x00, 0x00, 0x12};
    /** 224.0.0.18. */
    public static final byte[] IPV4_GROUP = {(byte) 224, 0, 0, 18};
    /** ff02::12. */
    public static final byte[] IPV6_GROUP = {(byte) 0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x12};
    /** Type of service / traffic class keepalived sends: 0xc0, internetwork control. */
    public static final int TOS_INTERNETWORK_CONTROL = 0xc0;

    final VrrpVersion version;
    final boolean ipv6;
    final int vrid;
    final int adverIntCs;
    final AuthType authType;
    final byte[] authData;
    final AddressList vips;
    final byte[] sourceMac;
    final byte[] destinationMac;
    final byte[] sourceIp;
    final byte[] destinationIp;
    final V3ChecksumMode checksumMode;
    final int ttl;

    /**
     * Creates a spec; arrays are copied.
     *
     * @param version        v2 or v3 (v2 only over IPv4)
     * @param vrid           1..255
     * @param adverIntCs     advert interval in centiseconds (v2: a whole number of seconds)
     * @param authType       v2 NONE or PASS (AH is not sent)
     * @param authData       v2 PASS octets (8) or null
     * @param vips           addresses carried in the advert
     * @param sourceMac      6 octets
     * @param destinationMac 6 octets; {@link #IPV4_GROUP_MAC} / {@link #IPV6_GROUP_MAC} for multicast
     * @param sourceIp       4 or 16 octets ({@code unicast_src_ip}, or the interface's primary / link-local address)
     * @param destinationIp  4 or 16 octets; {@link #IPV4_GROUP} / {@link #IPV6_GROUP} for multicast
     * @param checksumMode   v3 over IPv4: how to checksum
     * @param ttl            255, or {@code unicast_ttl}
     */
    public AdvertSpec(VrrpVersion version, int vrid, int adverIntCs, AuthType authType, byte[] authData,
                      AddressList vips, byte[] sourceMac, byte[] destinationMac, byte[] sourceIp,
                      byte[] destinationIp, V3ChecksumMode checksumMode, int ttl) {
        this.version = Objects.requireNonNull(version, "version");
        this.ipv6 = sourceIp.length == 16;
        if (version == VrrpVersion.UNKNOWN || (ipv6 && version == VrrpVersion.V2)) {
            throw new IllegalArgumentException("cannot send VRRP version " + version + (ipv6 ? " over IPv6" : ""));
        }
        if (destinationIp.length != sourceIp.length || vips.addressLength() != sourceIp.length) {
            throw new IllegalArgumentException("source, destination and VIPs must be of one address family");
        }
        if (authType == AuthType.AH || authType == AuthType.UNKNOWN) {
            throw new IllegalArgumentException("auth_type " + authType + " cannot be sent");
        }
        if (vrid < 1 || vrid > 255) {
            throw new IllegalArgumentException("virtual_router_id must be 1..255, got " + vrid);
        }
        this.vrid = vrid;
        this.adverIntCs = adverIntCs;
        this.authType = authType;
        this.authData = authData == null ? new byte[VrrpAdvertFlyweight.AUTH_DATA_LENGTH]
                : java.util.Arrays.copyOf(authData, VrrpAdvertFlyweight.AUTH_DATA_LENGTH);
        this.vips = vips;
        this.sourceMac = sourceMac.clone();
        this.destinationMac = destinationMac.clone();
        this.sourceIp = sourceIp.clone();
        this.destinationIp = destinationIp.clone();
        this.checksumMode = checksumMode == null ? V3ChecksumMode.PSEUDO_HEADER : checksumMode;
        this.ttl = ttl;
    }

    /** Whether the advert goes over IPv6. */
    public boolean ipv6() {
        return ipv6;
    }

    /** Frame length this spec encodes to (Ethernet + IP + VRRP). */
    public int frameLength() {
        int ip = ipv6 ? Ipv6HeaderFlyweight.HEADER_LENGTH : Ipv4HeaderFlyweight.MIN_HEADER_LENGTH;
        return EthernetFlyweight.HEADER_LENGTH + ip + messageLength();
    }

    /** Length of the VRRP message. */
    public int messageLength() {
        int len = VrrpAdvertFlyweight.HEADER_LENGTH + vips.count() * vips.addressLength();
        return version == VrrpVersion.V2 ? len + VrrpAdvertFlyweight.AUTH_DATA_LENGTH : len;
    }
}
