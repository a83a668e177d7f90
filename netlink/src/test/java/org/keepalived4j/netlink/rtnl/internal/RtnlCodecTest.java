package org.keepalived4j.netlink.rtnl.internal;

import org.junit.jupiter.api.Test;
import org.keepalived4j.netlink.msg.Hex;
import org.keepalived4j.netlink.msg.Nl;
import org.keepalived4j.netlink.msg.NlMessageWriter;
import org.keepalived4j.netlink.msg.NlMsgHdrFlyweight;
import org.keepalived4j.netlink.msg.Rtnl;
import org.keepalived4j.netlink.rtnl.IfAddress;
import org.keepalived4j.netlink.rtnl.IpFamily;
import org.keepalived4j.netlink.rtnl.Link;
import org.keepalived4j.netlink.rtnl.MacAddress;
import org.keepalived4j.netlink.rtnl.MacvlanMode;
import org.keepalived4j.netlink.rtnl.MacvlanSpec;
import org.keepalived4j.netlink.rtnl.Route;
import org.keepalived4j.netlink.rtnl.RouteType;
import org.keepalived4j.netlink.rtnl.Rule;
import org.keepalived4j.netlink.rtnl.RuleAction;

import java.lang.foreign.MemorySegment;
import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Byte vectors for every rtnetlink body the managers send and decode (little-endian host). */
class RtnlCodecTest {
    private final MemorySegment buffer = MemorySegment.ofArray(new byte[512]);
    private final NlMessageWriter w = new NlMessageWriter().wrap(buffer);

    /** Encodes after a fixed header and returns the body (everything after nlmsghdr) as hex. */
    private String body() {
        int len = w.finish();
        return Hex.of(buffer.asSlice(NlMsgHdrFlyweight.SIZE), len - NlMsgHdrFlyweight.SIZE);
    }

    /** Wraps a body vector in an nlmsghdr of the given type. */
    private static NlMsgHdrFlyweight message(int type, String bodyHex) {
        byte[] body = Hex.bytes(bodyHex);
        MemorySegment s = MemorySegment.ofArray(new byte[16 + body.length]);
        new NlMsgHdrFlyweight().wrap(s, 0).length(16 + body.length).type(type);
        MemorySegment.copy(MemorySegment.ofArray(body), 0, s, 16, body.length);
        return new NlMsgHdrFlyweight().wrap(s, 0);
    }

    private static InetAddress ip(String s) throws Exception {
        return InetAddress.getByName(s);
    }

    @Test
    void ipv6AddressAddCarriesFlagsAndCacheinfo() throws Exception {
        w.begin(Rtnl.RTM_NEWADDR, Nl.NLM_F_REQUEST, 1, 0);
        new AddressCodec().encode(w, IfAddress.of(3, ip("2001:db8::1"), 64)
                .withFlags(Rtnl.IFA_F_NODAD | Rtnl.IFA_F_NOPREFIXROUTE).withPreferredLifetime(0), true);
        assertEquals(Hex.normalize("""
                0a 40 02 00 03000000
                1400 0200 20010db8 00000000 00000000 00000001
                0800 0800 02020000
                1400 0600 00000000 ffffffff 00000000 00000000"""), body());
    }

    @Test
    void ipv4AddressDeleteNamesTheAddressTwiceAsKeepalivedDoes() throws Exception {
        w.begin(Rtnl.RTM_DELADDR, Nl.NLM_F_REQUEST, 1, 0);
        new AddressCodec().encode(w, IfAddress.of(2, ip("10.1.0.1"), 24).withLabel("ignored:1"), false);
        assertEquals(Hex.normalize("02 18 00 00 02000000 | 0800 0200 0a010001 | 0800 0100 0a010001"), body());
    }

    @Test
    void decodesAKernelNewaddr() throws Exception {
        IfAddress a = new AddressCodec().decode(message(Rtnl.RTM_NEWADDR, """
                02 18 80 00 02000000
                0800 0100 0a010001
                0800 0200 0a010001
                0800 0400 0a0100ff
                0a00 0300 7665 7468 3000 0000
                0800 0800 80000000
                1400 0600 ffffffff ffffffff 10270000 10270000
                0500 0900 01 000000"""));
        assertEquals(new IfAddress(2, ip("10.1.0.1"), 24, null, ip("10.1.0.255"), 0, "veth0",
                Rtnl.IFA_F_PERMANENT, IfAddress.INFINITE_LIFETIME), a);
    }

    @Test
    void aPeerAddressIsDecodedAsPeer() throws Exception {
        IfAddress a = new AddressCodec().decode(message(Rtnl.RTM_NEWADDR, """
                02 20 80 00 02000000 | 0800 0100 0a0000fe | 0800 0200 0a000001"""));
        assertEquals(ip("10.0.0.1"), a.address());
        assertEquals(ip("10.0.0.254"), a.peer());
    }

    @Test
    void macvlanCreationAsUseVmacSendsIt() {
        w.begin(Rtnl.RTM_NEWLINK, Nl.NLM_F_REQUEST, 1, 0);
        new LinkCodec().encodeMacvlan(w, MacvlanSpec.privateMode("vrrp.51", 3, MacAddress.parse("00:00:5e:00:01:33")));
        assertEquals(Hex.normalize("""
                00 00 0000 00000000 00000000 00000000
                0800 0500 03000000
                0c00 0300 7672 7270 2e35 3100
                0a00 0100 0000 5e00 0133 0000
                1c00 1200 | 0b00 0100 6d61 6376 6c61 6e 00 | 0c00 0200 0800 0100 01000000"""), body());
    }

    @Test
    void upDownUsesIfiChange() {
        w.begin(Rtnl.RTM_NEWLINK, Nl.NLM_F_REQUEST, 1, 0);
        new LinkCodec().encodeSetUp(w, 7, true);
        assertEquals(Hex.normalize("00 00 0000 07000000 01000000 01000000"), body());
        w.begin(Rtnl.RTM_NEWLINK, Nl.NLM_F_REQUEST, 1, 0);
        new LinkCodec().encodeSetUp(w, 7, false);
        assertEquals(Hex.normalize("00 00 0000 07000000 00000000 01000000"), body());
    }

    @Test
    void addrGenModeNoneIsNestedUnderAfSpecInet6() {
        w.begin(Rtnl.RTM_NEWLINK, Nl.NLM_F_REQUEST, 1, 0);
        new LinkCodec().encodeAddrGenModeNone(w, 7);
        assertEquals(Hex.normalize("00 00 0000 07000000 00000000 00000000 | 1000 1a00 | 0c00 0a00 | 0500 0800 01 000000"),
                body());
    }

    @Test
    void decodesAKernelNewlinkOfAMacvlan() {
        Link l = new LinkCodec().decode(message(Rtnl.RTM_NEWLINK, """
                00 00 0100 09000000 43100100 00000000
                0c00 0300 7672 7270 2e35 3100
                0800 0400 dc050000
                0a00 0100 0000 5e00 0133 0000
                0800 0500 03000000
                2000 1200 | 0c00 0100 6d61 6376 6c61 6e00 | 1000 0200 0800 0100 01000000 0500 0200 00 000000
                0800 7f00 01020304"""));
        assertEquals(new Link(9, "vrrp.51", 0x11043, MacAddress.parse("00:00:5e:00:01:33"), "macvlan", 3, 0, 1500,
                MacvlanMode.PRIVATE), l);
    }

    @Test
    void routeInALargeTableGoesInRtaTable() throws Exception {
        w.begin(Rtnl.RTM_NEWROUTE, Nl.NLM_F_REQUEST, 1, 0);
        new RouteCodec().encode(w, Route.builder(IpFamily.INET).type(RouteType.BLACKHOLE)
                .destination(ip("10.8.0.0"), 16).table(1000).build(), true);
        assertEquals(Hex.normalize("02 10 00 00 00 12 00 06 00000000 | 0800 0f00 e8030000 | 0800 0100 0a080000"),
                body());
    }

    @Test
    void routeDeleteUsesScopeNowhere() throws Exception {
        w.begin(Rtnl.RTM_DELROUTE, Nl.NLM_F_REQUEST, 1, 0);
        new RouteCodec().encode(w, Route.builder(IpFamily.INET).destination(ip("10.9.0.0"), 24)
                .gateway(ip("10.1.0.254")).outIfIndex(2).table(100).metric(50).build(), false);
        assertEquals(Hex.normalize("""
                02 18 00 00 64 12 ff 01 00000000
                0800 0100 0a090000 | 0800 0500 0a0100fe | 0800 0400 02000000 | 0800 0600 32000000"""), body());
    }

    @Test
    void decodesAKernelRouteAndSkipsCacheEntries() throws Exception {
        String attrs = "0800 0f00 64000000 | 0800 0100 0a090000 | 0800 0500 0a0100fe | 0800 0400 02000000"
                + " | 0800 0600 32000000 | 0800 0700 0a010001";
        Route r = new RouteCodec().decode(message(Rtnl.RTM_NEWROUTE, "02 18 00 00 64 12 00 01 00000000 " + attrs));
        assertEquals(Route.builder(IpFamily.INET).destination(ip("10.9.0.0"), 24).gateway(ip("10.1.0.254"))
                .outIfIndex(2).table(100).metric(50).preferredSource(ip("10.1.0.1")).build(), r);
        assertNull(new RouteCodec().decode(message(Rtnl.RTM_NEWROUTE, "02 18 00 00 64 12 00 01 00020000 " + attrs)));
    }

    @Test
    void fwmarkRule() {
        w.begin(Rtnl.RTM_NEWRULE, Nl.NLM_F_REQUEST, 1, 0);
        new RuleCodec().encode(w, Rule.builder(IpFamily.INET).fwmark(0x10, 0xff).table(200).priority(1001).build());
        assertEquals(Hex.normalize("""
                02 00 00 00 c8 00 00 01 00000000
                0800 0600 e9030000 | 0800 0a00 10000000 | 0800 1000 ff000000"""), body());
    }

    @Test
    void invertedGotoRuleWithIif() throws Exception {
        w.begin(Rtnl.RTM_NEWRULE, Nl.NLM_F_REQUEST, 1, 0);
        new RuleCodec().encode(w, Rule.builder(IpFamily.INET).invert(true).to(ip("10.5.0.0"), 16).iif("veth0")
                .gotoTarget(1000).priority(900).build());
        assertEquals(Hex.normalize("""
                02 10 00 00 00 00 00 02 02000000
                0800 0100 0a050000 | 0800 0600 84030000 | 0a00 0300 7665 7468 3000 0000 | 0800 0400 e8030000"""),
                body());
    }

    @Test
    void ruleWithALargeTableUsesFraTable() throws Exception {
        w.begin(Rtnl.RTM_NEWRULE, Nl.NLM_F_REQUEST, 1, 0);
        new RuleCodec().encode(w, Rule.builder(IpFamily.INET6).from(ip("2001:db8::"), 32).table(1000).build());
        assertEquals(Hex.normalize("""
                0a 00 20 00 00 00 00 01 00000000
                0800 0f00 e8030000 | 1400 0200 20010db8 00000000 00000000 00000000"""), body());
    }

    @Test
    void decodesAKernelRule() throws Exception {
        Rule r = new RuleCodec().decode(message(Rtnl.RTM_NEWRULE, """
                02 00 18 00 64 00 00 01 00000000
                0800 0f00 64000000 | 0800 0e00 ffffffff | 0500 1500 00 000000
                0800 0600 e8030000 | 0800 0200 0a010000"""));
        assertEquals(Rule.builder(IpFamily.INET).from(ip("10.1.0.0"), 24).table(100).priority(1000)
                .action(RuleAction.TO_TABLE).protocol(0).build(), r);
    }
}
