package org.keepalived4j.netlink.msg;

import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NlAttrFlyweightTest {

    @Test
    void walksScalarsStringsAddressesAndNests() throws Exception {
        MemorySegment s = Hex.segment("""
                0800 0100 2a000000
                0a00 0300 6574 6830 0000 0000
                1400 0200 2001 0db8 0000 0000 0000 0000 0000 0001
                1800 1280 | 0c00 0100 6d61 6376 6c61 6e00 | 0600 0200 0050 0000
                """);
        NlAttrFlyweight a = new NlAttrFlyweight().wrap(s, 0, s.byteSize());
        assertTrue(a.next());
        assertEquals(1, a.type());
        assertEquals(42, a.u32());
        assertTrue(a.next());
        assertEquals(3, a.type());
        assertEquals("eth0", a.string());
        assertTrue(a.next());
        assertEquals(InetAddress.getByName("2001:db8::1"), a.address());
        assertTrue(a.next());
        assertEquals(Rtnl.IFLA_LINKINFO, a.type());
        assertEquals(0x8000 | Rtnl.IFLA_LINKINFO, a.rawType());
        NlAttrFlyweight inner = new NlAttrFlyweight().wrapPayloadOf(a);
        assertTrue(inner.next());
        assertEquals("macvlan", inner.string());
        assertTrue(inner.next());
        assertEquals(80, inner.u16Be());
        assertArrayEquals(new byte[] {0, 0x50}, inner.bytes());
        assertFalse(inner.next());
        assertFalse(a.next());
        assertFalse(a.malformed());
    }

    @Test
    void aLengthPastTheEndStopsAndFlagsMalformed() {
        MemorySegment s = Hex.segment("0800 0100 2a000000 | 2000 0200 0000 0000");
        NlAttrFlyweight a = new NlAttrFlyweight().wrap(s, 0, s.byteSize());
        assertTrue(a.next());
        assertFalse(a.next());
        assertTrue(a.malformed());
    }

    @Test
    void aLengthBelowTheHeaderIsMalformed() {
        MemorySegment s = Hex.segment("0200 0100 0000 0000");
        NlAttrFlyweight a = new NlAttrFlyweight().wrap(s, 0, s.byteSize());
        assertFalse(a.next());
        assertTrue(a.malformed());
    }

    @Test
    void trailingBytesShorterThanAHeaderEndQuietly() {
        MemorySegment s = Hex.segment("0500 0100 07 000000 | 0000");
        NlAttrFlyweight a = new NlAttrFlyweight().wrap(s, 0, s.byteSize());
        assertTrue(a.next());
        assertEquals(7, a.u8());
        assertFalse(a.next());
        assertFalse(a.malformed());
    }
}
