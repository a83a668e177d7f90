package org.keepalived4j.vrrp.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.keepalived4j.vrrp.codec.CapturedFramesTest.ip;
import static org.keepalived4j.vrrp.codec.CapturedFramesTest.list;
import static org.keepalived4j.vrrp.codec.CapturedFramesTest.v2Pass;
import static org.keepalived4j.vrrp.codec.CapturedFramesTest.v3;

import java.util.List;
import org.junit.jupiter.api.Test;

/** keepalived's receive rules (vrrp.c vrrp_check_packet): each reject, its counter, and what is accepted. */
class ReceiveRulesTest {
    private final VrrpPacketDecoder decoder = new VrrpPacketDecoder();
    private final AdvertValidator validator = new AdvertValidator();
    private final ReceivedAdvert p = new ReceivedAdvert();
    private final VrrpStats stats = new VrrpStats();

    private DecodeResult check(byte[] f, RxExpectations e) {
        DecodeResult r = decoder.decodeEthernet(f, 0, f.length, p);
        return r.isOk() ? validator.validate(p, e, true, stats) : r;
    }

    /** Fixes the IPv4 header checksum after a test edits a header field. */
    private static byte[] reHeader(byte[] f) {
        new Ipv4HeaderFlyweight().wrap(f, 14).updateChecksum();
        return f;
    }

    /** Recomputes the v2 VRRP checksum after a test edits the message. */
    private static byte[] reV2(byte[] f) {
        VrrpAdvertFlyweight a = new VrrpAdvertFlyweight().wrap(f, 34).checksum(0);
        a.checksum(InetChecksum.finish(InetChecksum.add(0, f, 34, a.messageLength(4))));
        return f;
    }

    @Test
    void ttlOtherThan255IsRejectedAndCounted() {
        byte[] f = Fixtures.frame("v2-pass-ipv4-mcast");
        f[14 + Ipv4HeaderFlyweight.TTL_OFFSET] = 64;
        assertEquals(DecodeResult.TTL, check(reHeader(f), v2Pass()));
        assertEquals(1, stats.snapshot().ipTtlErr());
        assertEquals(0, stats.snapshot().advertRcvd());
    }

    @Test
    void ipv6HopLimitOtherThan255IsRejected() {
        byte[] f = Fixtures.frame("v3-ipv6-mcast");
        f[14 + Ipv6HeaderFlyweight.HOP_LIMIT_OFFSET] = 1;
        assertEquals(DecodeResult.TTL, check(f, v3("V3_6", true, 100, false, "fd00:9::100")));
    }

    @Test
    void unicastInstanceAcceptsAnyTtl() {
        byte[] f = Fixtures.frame("v3-ipv4-unicast");
        f[14 + Ipv4HeaderFlyweight.TTL_OFFSET] = 63;
        assertEquals(DecodeResult.OK, check(reHeader(f), v3("V3_UNI", false, 100, true, "10.9.0.105")));
    }

    @Test
    void wrongPasswordIsAnAuthFailure() {
        RxExpectations e = new RxExpectations("V2_PASS", VrrpVersion.V2, false, AuthType.PASS,
                RxExpectations.passwordOctets("other"), 100, list("10.9.0.100", "10.9.0.101"), false,
                AddressList.of(List.of()), false, false);
        assertEquals(DecodeResult.AUTH_FAILURE, check(Fixtures.frame("v2-pass-ipv4-mcast"), e));
        assertEquals(1, stats.snapshot().authFailure());
    }

    @Test
    void authTypeMismatchAndInvalidAuthType() {
        RxExpectations none = new RxExpectations("V2", VrrpVersion.V2, false, AuthType.NONE, null, 100,
                list("10.9.0.100", "10.9.0.101"), false, AddressList.of(List.of()), false, false);
        assertEquals(DecodeResult.AUTH_TYPE_MISMATCH, check(Fixtures.frame("v2-pass-ipv4-mcast"), none));
        byte[] f = Fixtures.frame("v2-pass-ipv4-mcast");
        f[34 + VrrpAdvertFlyweight.AUTH_TYPE_OFFSET] = 7;
        assertEquals(DecodeResult.INVALID_AUTH_TYPE, check(reV2(f), v2Pass()));
        assertEquals(1, stats.snapshot().authtypeMismatch());
        assertEquals(1, stats.snapshot().invalidAuthtype());
    }

    @Test
    void v2IntervalMismatchIsDroppedAndCounted() {
        RxExpectations e = new RxExpectations("V2_PASS", VrrpVersion.V2, false, AuthType.PASS,
                RxExpectations.passwordOctets("secret1"), 300, list("10.9.0.100", "10.9.0.101"), false,
                AddressList.of(List.of()), false, false);
        DecodeResult r = check(Fixtures.frame("v2-pass-ipv4-mcast"), e);
        assertEquals(DecodeResult.ADVERT_INTERVAL, r);
        assertEquals(DecodeResult.Disposition.DROP, r.disposition());
        assertEquals(1, stats.snapshot().advertIntervalErr());
    }

    @Test
    void v3IntervalMismatchIsAcceptedForTheStateMachineToAdopt() {
        assertEquals(DecodeResult.OK, check(Fixtures.frame("v3-ipv4-mcast"),
                v3("V3_4", false, 300, false, "10.9.0.102")));
        assertEquals(50, p.advert().maxAdverInt());
    }

    @Test
    void versionMismatch() {
        assertEquals(DecodeResult.VERSION, check(Fixtures.frame("v3-ipv4-mcast"),
                new RxExpectations("X", VrrpVersion.V2, false, AuthType.NONE, null, 100, list("10.9.0.102"), false,
                        AddressList.of(List.of()), false, false)));
        assertEquals(1, stats.snapshot().versErr());
    }

    @Test
    void corruptedChecksumIsRejectedInEveryVersion() {
        for (String name : List.of("v2-pass-ipv4-mcast", "v3-ipv4-mcast", "v3-ipv6-mcast")) {
            byte[] f = Fixtures.frame(name);
            int vrrp = name.contains("ipv6") ? 54 : 34;
            f[vrrp + VrrpAdvertFlyweight.PRIORITY_OFFSET] ^= 0x01;
            RxExpectations e = switch (name) {
                case "v2-pass-ipv4-mcast" -> v2Pass();
                case "v3-ipv4-mcast" -> v3("V3_4", false, 50, false, "10.9.0.102");
                default -> v3("V3_6", true, 100, false, "fd00:9::100");
            };
            assertEquals(DecodeResult.CHECKSUM, check(f, e), name);
        }
        assertEquals(3, stats.snapshot().chkErr());
        assertEquals(0, stats.snapshot().advertRcvd());
    }

    @Test
    void addressListMismatchIsCountedAndAcceptedUnlessStrict() {
        byte[] f = Fixtures.frame("v3-ipv4-mcast");
        assertEquals(DecodeResult.OK, check(f, v3("V3_4", false, 50, false, "10.9.0.99")));
        assertEquals(1, stats.snapshot().addrListErr());
        assertEquals(DecodeResult.OK, check(f, v3("V3_4", false, 50, false, "10.9.0.102", "10.9.0.103")));
        assertEquals(3, stats.snapshot().addrListErr());
        RxExpectations strict = new RxExpectations("V3_4", VrrpVersion.V3, false, AuthType.NONE, null, 50,
                list("10.9.0.99"), false, AddressList.of(List.of()), false, true);
        assertEquals(DecodeResult.ADDRESS_LIST, check(f, strict));
    }

    @Test
    void multicastAdvertOnUnicastInstanceIsACastMismatch() {
        assertEquals(DecodeResult.CAST_MISMATCH, check(Fixtures.frame("v3-ipv4-mcast"),
                v3("V3_4", false, 50, true, "10.9.0.102")));
        assertEquals(1, stats.snapshot().addrListErr());
    }

    @Test
    void unicastSourceMustBeAPeerWhenChecked() {
        RxExpectations e = new RxExpectations("V3_UNI", VrrpVersion.V3, false, AuthType.NONE, null, 100,
                list("10.9.0.105"), true, list("10.9.0.7"), true, false);
        assertEquals(DecodeResult.UNICAST_SOURCE_NOT_PEER, check(Fixtures.frame("v3-ipv4-unicast"), e));
    }

    @Test
    void invalidTypeIsCounted() {
        byte[] f = Fixtures.frame("v2-pass-ipv4-mcast");
        f[34] = 0x22;
        assertEquals(DecodeResult.INVALID_TYPE, check(reV2(f), v2Pass()));
        assertEquals(1, stats.snapshot().invalidTypeRcvd());
    }

    @Test
    void lengthNotMatchingTheAddressCountIsAPacketLengthError() {
        byte[] f = Fixtures.frame("v2-pass-ipv4-mcast");
        f[34 + VrrpAdvertFlyweight.COUNT_IP_ADDRS_OFFSET] = 3;
        assertEquals(DecodeResult.PACKET_LENGTH, check(f, v2Pass()));
        assertEquals(1, stats.snapshot().packetLenErr());
    }

    @Test
    void everyTruncationIsAResultNeverAnException() {
        for (String name : List.of("v2-pass-ipv4-mcast", "v3-ipv4-mcast", "v3-ipv6-mcast", "garp-ipv4")) {
            byte[] f = Fixtures.frame(name);
            for (int len = 0; len < f.length; len++) {
                DecodeResult r = decoder.decodeEthernet(f, 0, len, p);
                if (r.isOk()) {
                    r = validator.validate(p, v2Pass(), true, stats);
                }
                assertNotEquals(DecodeResult.OK, r, name + " cut to " + len);
            }
        }
    }

    @Test
    void ethernetPaddingIsIgnored() {
        byte[] f = java.util.Arrays.copyOf(Fixtures.frame("v3-ipv4-mcast"), 60);
        assertEquals(DecodeResult.OK, check(f, v3("V3_4", false, 50, false, "10.9.0.102")));
    }

    @Test
    void arpIsNotVrrp() {
        byte[] f = Fixtures.frame("garp-ipv4");
        assertEquals(DecodeResult.NOT_VRRP, decoder.decodeEthernet(f, 0, f.length, p));
    }

    @Test
    void tieBreakComparesSourceAddressesUnsigned() {
        byte[] f = Fixtures.frame("v3-ipv4-mcast");
        decoder.decodeEthernet(f, 0, f.length, p);
        assertEquals(0, Integer.signum(p.compareSource(ip("10.9.0.1").getAddress(), 0)));
        assertEquals(-1, Integer.signum(p.compareSource(ip("10.9.0.200").getAddress(), 0)));
        assertEquals(1, Integer.signum(p.compareSource(ip("10.9.0.0").getAddress(), 0)));
    }

    @Test
    void statsFileBlockHasKeepalivedsLayout() {
        check(Fixtures.frame("v2-pass-ipv4-prio0"), v2Pass());
        stats.onAdvertSent(100);
        stats.onAdvertSent(0);
        StringBuilder sb = new StringBuilder();
        stats.appendStatsFile("V2_PASS", sb);
        assertEquals("""
                VRRP Instance: V2_PASS
                  Advertisements:
                    Received: 1
                    Sent: 2
                  Became master: 0
                  Released master: 0
                  Packet Errors:
                    Length: 0
                    TTL: 0
                    Invalid Type: 0
                    Advertisement Interval: 0
                    Address List: 0
                  Authentication Errors:
                    Invalid Type: 0
                    Type Mismatch: 0
                    Failure: 0
                  Priority Zero:
                    Received: 1
                    Sent: 1
                """, sb.toString());
    }
}
