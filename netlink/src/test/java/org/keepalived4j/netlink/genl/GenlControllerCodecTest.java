package org.keepalived4j.netlink.genl;

import org.junit.jupiter.api.Test;
import org.keepalived4j.netlink.msg.Hex;
import org.keepalived4j.netlink.msg.Nl;
import org.keepalived4j.netlink.msg.NlMessageWriter;
import org.keepalived4j.netlink.msg.NlMsgHdrFlyweight;

import java.lang.foreign.MemorySegment;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GenlControllerCodecTest {

    @Test
    void encodesGetFamily() {
        MemorySegment buf = MemorySegment.ofArray(new byte[64]);
        NlMessageWriter w = new NlMessageWriter().wrap(buf).begin(Genl.GENL_ID_CTRL, Nl.NLM_F_REQUEST, 3, 0);
        GenlControllerCodec.encodeGetFamily(w, "IPVS");
        int len = w.finish();
        assertEquals(Hex.normalize("""
                20000000 1000 0100 03000000 00000000 | 03 02 0000 | 0900 0200 4950 5653 00 000000"""),
                Hex.of(buf, len));
    }

    @Test
    void decodesNewFamilyWithGroupsAndIgnoresOps() {
        MemorySegment s = Hex.segment("""
                68000000 1000 0000 07000000 00000000 | 01 02 0000
                0900 0200 4950 5653 00 000000
                0600 0100 1c00 0000
                0800 0300 01000000
                0800 0400 00000000
                0800 0500 09000000
                0c00 0600 0800 0100 01000000
                1c00 0700 | 1800 0100 | 0800 0200 05000000 | 0b00 0100 6e6f 7469 6679 00 00
                """);
        GenlFamily f = GenlControllerCodec.decodeFamily(new NlMsgHdrFlyweight().wrap(s, 0));
        assertEquals(new GenlFamily("IPVS", 0x1c, 1, 0, 9, List.of(new GenlMulticastGroup("notify", 5))), f);
    }

    @Test
    void anAnswerWithoutIdIsRejected() {
        MemorySegment s = Hex.segment("""
                20000000 1000 0000 07000000 00000000 | 01 02 0000 | 0900 0200 4950 5653 00 000000""");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GenlControllerCodec.decodeFamily(new NlMsgHdrFlyweight().wrap(s, 0)));
        assertEquals("controller answer without CTRL_ATTR_FAMILY_ID", e.getMessage());
    }
}
