package org.keepalived4j.netlink.msg;

import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttrDecoderTest {
    private static final AttrSchema INNER = AttrSchema.builder().u16Be(1, "PORT").build();
    private static final AttrSchema SCHEMA = AttrSchema.builder()
            .u32(1, "ID").string(2, "NAME").flag(3, "ON").u8(4, "SMALL").nested(5, "INNER", INNER)
            .binary(6, "ADDR").u64(7, "BIG").build();

    @Test
    void decodesKnownKindsAndKeepsUnknownTypesAsUnknownAttr() {
        MemorySegment s = Hex.segment("""
                0800 0100 feffffff
                0700 0200 6970 7600
                0400 0300
                0800 6300 0102 0304
                0c00 0580 | 0600 0100 1f90 0000
                0800 0600 0a000001
                0c00 0700 0100000000000000
                """);
        AttrDecoder.Result r = AttrDecoder.decode(s, 0, s.byteSize(), SCHEMA);
        assertFalse(r.truncated());
        assertEquals(List.of(
                new Attr.NumberAttr(1, "ID", 0xfffffffeL),
                new Attr.StringAttr(2, "NAME", "ipv"),
                new Attr.FlagAttr(3, "ON"),
                new Attr.UnknownAttr(99, false, new byte[] {1, 2, 3, 4}),
                new Attr.NestedAttr(5, "INNER", new AttrList(List.of(new Attr.NumberAttr(1, "PORT", 8080)))),
                new Attr.BinaryAttr(6, "ADDR", new byte[] {10, 0, 0, 1}),
                new Attr.NumberAttr(7, "BIG", 1)), r.attrs().attrs());
        assertEquals(8080, r.attrs().nested(5).orElseThrow().number(1).orElseThrow());
        assertEquals("ipv", r.attrs().string(2).orElseThrow());
        assertTrue(r.attrs().has(3));
    }

    @Test
    void aPayloadOfTheWrongSizeBecomesUnknown() {
        MemorySegment s = Hex.segment("0600 0100 0102 0000 | 0600 0400 0102 0000");
        AttrList a = AttrDecoder.decode(s, 0, s.byteSize(), SCHEMA).attrs();
        assertEquals(new Attr.UnknownAttr(1, false, new byte[] {1, 2}), a.attrs().get(0));
        assertEquals(new Attr.UnknownAttr(4, false, new byte[] {1, 2}), a.attrs().get(1));
        assertTrue(a.number(1).isEmpty());
    }

    @Test
    void truncationKeepsWhatWasDecoded() {
        MemorySegment s = Hex.segment("0800 0100 01000000 | 3000 0200 6970");
        AttrDecoder.Result r = AttrDecoder.decode(s, 0, s.byteSize(), SCHEMA);
        assertTrue(r.truncated());
        assertEquals(List.of(new Attr.NumberAttr(1, "ID", 1)), r.attrs().attrs());
    }

    @Test
    void truncationInsideANestIsReported() {
        MemorySegment s = Hex.segment("0c00 0500 | 0600 0100 1f90 0000 | 0800 0100");
        AttrDecoder.Result r = AttrDecoder.decode(s, 0, s.byteSize(), SCHEMA);
        // outer attr 5 is 12 bytes and complete; trailing "0800 0100" claims 8 bytes but only 4 remain
        assertTrue(r.truncated());
    }
}
