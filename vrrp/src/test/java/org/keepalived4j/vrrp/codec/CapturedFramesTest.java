package org.keepalived4j.vrrp.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Frames captured from Debian's keepalived 2.2.7 (captures/keepalived-capture.conf) decode, pass the checks and
 * re-encode byte for byte.
 */
class CapturedFramesTest {
    static final byte[] MAC_A = {0x02, 0, 0, 0, 0x0a, 0x01};
    static final byte[] MAC_B = {0x02, 0, 0, 0, 0x0b, 0x01};

    private final VrrpPacketDecoder decoder = new VrrpPacketDecoder();
    private final AdvertValidator validator = new AdvertValidator();
    private final VrrpAdvertEncoder encoder = new VrrpAdvertEncoder();

    static InetAddress ip(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    static AddressList list(String... addrs) {
        return AddressList.of(Arrays.stream(addrs).map(CapturedFramesTest::ip).toList());
    }

    static RxExpectations v2Pass() {
        return new RxExpectations("V2_PASS", VrrpVersion.V2, false, AuthType.PASS,
                RxExpectations.passwordOctets("secret1"), 100, list("10.9.0.100", "10.9.0.101"), false,
                AddressList.of(List.of()), false, false);
    }

    static RxExpectations v3(String name, boolean ipv6, int intervalCs, boolean unicast, String... vips) {
        return new RxExpectations(name, VrrpVersion.V3, ipv6, AuthType.NONE, null, intervalCs, list(vips), unicast,
                unicast ? list("10.9.0.1") : AddressList.of(List.of()), false, false);
    }

    private DecodeResult check(byte[] frame, RxExpectations e, ReceivedAdvert out, VrrpStats stats) {
        DecodeResult r = decoder.decodeEthernet(frame, 0, frame.length, out);
        return r.isOk() ? validator.validate(out, e, true, stats) : r;
    }

    @Test
    void v2PassAdvertFromKeepalived() {
        byte[] f = Fixtures.frame("v2-pass-ipv4-mcast");
        ReceivedAdvert p = new ReceivedAdvert();
        VrrpStats stats = new VrrpStats();
        assertEquals(DecodeResult.OK, check(f, v2Pass(), p, stats));
        VrrpAdvertFlyweight a = p.advert();
        assertEquals(2, a.version());
        assertEquals(51, a.vrid());
        assertEquals(100, a.priority());
        assertEquals(2, a.countIpAddrs());
        assertEquals(AuthType.PASS.code(), a.authType());
        assertEquals(1, a.adverInt());
        assertEquals(0x0a090064, a.ipv4Address(0));
        assertEquals(255, p.ttl());
        assertTrue(p.multicast());
        assertEquals(0x0a090001, p.ipv4Source());
        assertEquals(1, stats.snapshot().advertRcvd());
    }

    @Test
    void v2PriorityZeroIsCounted() {
        byte[] f = Fixtures.frame("v2-pass-ipv4-prio0");
        ReceivedAdvert p = new ReceivedAdvert();
        VrrpStats stats = new VrrpStats();
        assertEquals(DecodeResult.OK, check(f, v2Pass(), p, stats));
        assertEquals(0, p.advert().priority());
        assertEquals(1, stats.snapshot().priZeroRcvd());
    }

    @Test
    void v3Ipv4AndIpv6AdvertsFromKeepalived() {
        ReceivedAdvert p = new ReceivedAdvert();
        VrrpStats stats = new VrrpStats();
        assertEquals(DecodeResult.OK, check(Fixtures.frame("v3-ipv4-mcast"),
                v3("V3_4", false, 50, false, "10.9.0.102"), p, stats));
        assertEquals(50, p.advert().maxAdverInt());
        assertEquals(120, p.advert().priority());
        assertEquals(V3ChecksumMode.PSEUDO_HEADER, p.checksumMode());

        assertEquals(DecodeResult.OK, check(Fixtures.frame("v3-ipv6-mcast"),
                v3("V3_6", true, 100, false, "fd00:9::100"), p, stats));
        assertTrue(p.ipv6());
        assertEquals(53, p.advert().vrid());
        assertEquals(130, p.advert().priority());
        assertEquals(100, p.advert().adverIntCs());
        assertEquals(255, p.ttl());

        assertEquals(DecodeResult.OK, check(Fixtures.frame("v3-ipv6-prio0"),
                v3("V3_6", true, 100, false, "fd00:9::100"), p, stats));
        assertEquals(DecodeResult.OK, check(Fixtures.frame("v3-ipv4-prio0"),
                v3("V3_4", false, 50, false, "10.9.0.102"), p, stats));
        assertEquals(2, stats.snapshot().priZeroRcvd());
    }

    @Test
    void v3UnicastChecksumModesAreBothAccepted() {
        ReceivedAdvert p = new ReceivedAdvert();
        VrrpStats stats = new VrrpStats();
        assertEquals(DecodeResult.OK, check(Fixtures.frame("v3-ipv4-unicast"),
                v3("V3_UNI", false, 100, true, "10.9.0.105"), p, stats));
        assertEquals(V3ChecksumMode.PSEUDO_HEADER, p.checksumMode());
        assertFalse(p.multicast());
        assertEquals(DecodeResult.OK, check(Fixtures.frame("v3-ipv4-unicast-old-checksum"),
                v3("V3_UNI_OLD", false, 100, true, "10.9.0.106"), p, stats));
        assertEquals(V3ChecksumMode.PSEUDO_HEADER_MULTICAST_DESTINATION, p.checksumMode());
    }

    @Test
    void encoderReproducesKeepalivedIpv4FramesByteForByte() {
        byte[] out = new byte[128];
        AdvertSpec v2 = new AdvertSpec(VrrpVersion.V2, 51, 100, AuthType.PASS,
                RxExpectations.passwordOctets("secret1"), list("10.9.0.100", "10.9.0.101"), MAC_A,
                AdvertSpec.IPV4_GROUP_MAC, ip("10.9.0.1").getAddress(), AdvertSpec.IPV4_GROUP, null, 255);
        int n = encoder.encode(v2, 100, 1, out, 0);
        assertArrayEquals(Fixtures.frame("v2-pass-ipv4-mcast"), Arrays.copyOf(out, n));
        n = encoder.encode(v2, 0, 4, out, 0);
        assertArrayEquals(Fixtures.frame("v2-pass-ipv4-prio0"), Arrays.copyOf(out, n));

        AdvertSpec v3 = new AdvertSpec(VrrpVersion.V3, 52, 50, AuthType.NONE, null, list("10.9.0.102"), MAC_A,
                AdvertSpec.IPV4_GROUP_MAC, ip("10.9.0.1").getAddress(), AdvertSpec.IPV4_GROUP, null, 255);
        n = encoder.encode(v3, 120, 1, out, 0);
        assertArrayEquals(Fixtures.frame("v3-ipv4-mcast"), Arrays.copyOf(out, n));

        AdvertSpec uni = new AdvertSpec(VrrpVersion.V3, 55, 100, AuthType.NONE, null, list("10.9.0.105"), MAC_A,
                MAC_B, ip("10.9.0.1").getAddress(), ip("10.9.0.2").getAddress(), V3ChecksumMode.PSEUDO_HEADER, 255);
        n = encoder.encode(uni, 140, 1, out, 0);
        assertArrayEquals(Fixtures.frame("v3-ipv4-unicast"), Arrays.copyOf(out, n));

        AdvertSpec old = new AdvertSpec(VrrpVersion.V3, 56, 100, AuthType.NONE, null, list("10.9.0.106"), MAC_A,
                MAC_B, ip("10.9.0.1").getAddress(), ip("10.9.0.2").getAddress(),
                V3ChecksumMode.PSEUDO_HEADER_MULTICAST_DESTINATION, 255);
        n = encoder.encode(old, 150, 1, out, 0);
        assertArrayEquals(Fixtures.frame("v3-ipv4-unicast-old-checksum"), Arrays.copyOf(out, n));
    }

    @Test
    void encoderReproducesKeepalivedIpv6FrameApartFromTheKernelFlowLabel() {
        byte[] captured = Fixtures.frame("v3-ipv6-mcast");
        byte[] out = new byte[128];
        AdvertSpec v3 = new AdvertSpec(VrrpVersion.V3, 53, 100, AuthType.NONE, null, list("fd00:9::100"), MAC_A,
                AdvertSpec.IPV6_GROUP_MAC, ip("fe80::ff:fe00:a01").getAddress(), AdvertSpec.IPV6_GROUP, null, 255);
        int n = encoder.encode(v3, 130, 0, out, 0);
        assertEquals(captured.length, n);
        // bytes 14..17: version, traffic class 0xc0 and the flow label the sender's kernel chose (0x39081)
        captured[15] = (byte) (captured[15] & 0xf0);
        captured[16] = 0;
        captured[17] = 0;
        assertArrayEquals(captured, Arrays.copyOf(out, n));
    }

    @Test
    void gratuitousArpAndUnsolicitedNaMatchKeepalived() {
        byte[] out = new byte[128];
        int n = GratuitousArpEncoder.encode(MAC_A, 0x0a090066, out, 0);
        assertArrayEquals(Fixtures.frame("garp-ipv4"), Arrays.copyOf(out, n));
        n = UnsolicitedNaEncoder.encode(MAC_A, ip("fd00:9::100").getAddress(), 0, false, out, 0);
        assertArrayEquals(Fixtures.frame("unsolicited-na-ipv6"), Arrays.copyOf(out, n));
    }

    @Test
    void encodedAdvertsDecodeAndValidate() {
        byte[] out = new byte[128];
        ReceivedAdvert p = new ReceivedAdvert();
        VrrpStats stats = new VrrpStats();
        AdvertSpec messageOnly = new AdvertSpec(VrrpVersion.V3, 52, 50, AuthType.NONE, null, list("10.9.0.102"),
                MAC_A, AdvertSpec.IPV4_GROUP_MAC, ip("10.9.0.1").getAddress(), AdvertSpec.IPV4_GROUP,
                V3ChecksumMode.MESSAGE_ONLY, 255);
        int n = encoder.encode(messageOnly, 77, 9, out, 0);
        assertEquals(DecodeResult.OK, check(Arrays.copyOf(out, n), v3("V3_4", false, 50, false, "10.9.0.102"), p,
                stats));
        assertEquals(V3ChecksumMode.MESSAGE_ONLY, p.checksumMode());
        assertEquals(77, p.advert().priority());
    }
}
