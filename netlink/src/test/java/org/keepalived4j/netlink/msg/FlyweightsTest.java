package org.keepalived4j.netlink.msg;

import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each fixed header read from a vector, then written back to the same bytes. */
class FlyweightsTest {

    @Test
    void nlmsghdr() {
        MemorySegment s = Hex.segment("24000000 1000 0503 2a000000 d2040000");
        NlMsgHdrFlyweight h = new NlMsgHdrFlyweight().wrap(s, 0);
        assertEquals(36, h.length());
        assertEquals(0x10, h.type());
        assertEquals(0x305, h.flags());
        assertEquals(42, h.seq());
        assertEquals(1234, h.pid());
        assertEquals(16, h.payloadOffset());
        assertFalse(h.fitsWithin(16), "36-byte message in 16 bytes");
        MemorySegment out = MemorySegment.ofArray(new byte[16]);
        new NlMsgHdrFlyweight().wrap(out, 0).length(36).type(0x10).flags(0x305).seq(42).pid(1234);
        assertEquals(Hex.of(s, 16), Hex.of(out, 16));
    }

    @Test
    void nlmsghdrWithImpossibleLengthIsNotOk() {
        MemorySegment s = Hex.segment("08000000 1000 0000 00000000 00000000");
        assertFalse(new NlMsgHdrFlyweight().wrap(s, 0).fitsWithin(16), "length below the header size");
        assertTrue(new NlMsgHdrFlyweight().wrap(Hex.segment("10000000 0300 0200 00000000 00000000"), 0)
                .fitsWithin(16));
    }

    @Test
    void genlmsghdr() {
        MemorySegment s = Hex.segment("01 02 0000");
        GenlMsgHdrFlyweight g = new GenlMsgHdrFlyweight().wrap(s, 0);
        assertEquals(1, g.cmd());
        assertEquals(2, g.version());
        MemorySegment out = MemorySegment.ofArray(new byte[] {9, 9, 9, 9});
        new GenlMsgHdrFlyweight().wrap(out, 0).cmd(1).version(2);
        assertEquals("01020000", Hex.of(out, 4));
    }

    @Test
    void ifaddrmsg() {
        MemorySegment s = Hex.segment("0a 40 80 fd 03000000");
        IfAddrMsgFlyweight a = new IfAddrMsgFlyweight().wrap(s, 0);
        assertEquals(10, a.family());
        assertEquals(64, a.prefixLength());
        assertEquals(Rtnl.IFA_F_PERMANENT, a.flags());
        assertEquals(Rtnl.RT_SCOPE_LINK, a.scope());
        assertEquals(3, a.index());
        MemorySegment out = MemorySegment.ofArray(new byte[8]);
        new IfAddrMsgFlyweight().wrap(out, 0).family(10).prefixLength(64).flags(0x80).scope(253).index(3);
        assertEquals(Hex.of(s, 8), Hex.of(out, 8));
    }

    @Test
    void ifinfomsg() {
        MemorySegment s = Hex.segment("00 00 0100 05000000 43100100 01000000");
        IfInfoMsgFlyweight i = new IfInfoMsgFlyweight().wrap(s, 0);
        assertEquals(0, i.family());
        assertEquals(1, i.type());                       // ARPHRD_ETHER
        assertEquals(5, i.index());
        assertEquals(Rtnl.IFF_UP | Rtnl.IFF_BROADCAST | Rtnl.IFF_RUNNING | Rtnl.IFF_MULTICAST | Rtnl.IFF_LOWER_UP,
                i.flags());
        assertEquals(1, i.change());
        MemorySegment out = MemorySegment.ofArray(new byte[16]);
        new IfInfoMsgFlyweight().wrap(out, 0).family(0).type(1).index(5).flags(0x11043).change(1);
        assertEquals(Hex.of(s, 16), Hex.of(out, 16));
    }

    @Test
    void rtmsg() {
        MemorySegment s = Hex.segment("02 18 00 00 fe 12 00 01 00000000");
        RtMsgFlyweight r = new RtMsgFlyweight().wrap(s, 0);
        assertEquals(2, r.family());
        assertEquals(24, r.dstLength());
        assertEquals(0, r.srcLength());
        assertEquals(0, r.tos());
        assertEquals(Rtnl.RT_TABLE_MAIN, r.table());
        assertEquals(Rtnl.RTPROT_KEEPALIVED, r.protocol());
        assertEquals(Rtnl.RT_SCOPE_UNIVERSE, r.scope());
        assertEquals(1, r.type());
        assertEquals(0, r.flags());
        MemorySegment out = MemorySegment.ofArray(new byte[12]);
        new RtMsgFlyweight().wrap(out, 0).family(2).dstLength(24).table(254).protocol(18).type(1);
        assertEquals(Hex.of(s, 12), Hex.of(out, 12));
    }

    @Test
    void fibRuleHdr() {
        MemorySegment s = Hex.segment("02 00 18 00 64 00 00 01 02000000");
        FibRuleHdrFlyweight f = new FibRuleHdrFlyweight().wrap(s, 0);
        assertEquals(2, f.family());
        assertEquals(0, f.dstLength());
        assertEquals(24, f.srcLength());
        assertEquals(100, f.table());
        assertEquals(1, f.action());                     // FR_ACT_TO_TBL
        assertEquals(Rtnl.FIB_RULE_INVERT, f.flags());
        MemorySegment out = MemorySegment.ofArray(new byte[12]);
        new FibRuleHdrFlyweight().wrap(out, 0).family(2).srcLength(24).table(100).action(1).flags(2);
        assertEquals(Hex.of(s, 12), Hex.of(out, 12));
        assertEquals(12, f.end());
    }
}
