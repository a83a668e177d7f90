package org.keepalived4j.netlink.msg;

import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NLMSG_ERROR/NLMSG_DONE/multi-part handling against byte vectors (little-endian host). */
class ReplyReaderTest {
    private final ReplyReader reader = new ReplyReader();
    private final List<Integer> seen = new ArrayList<>();
    private final MessageHandler collect = m -> seen.add(m.type());

    private ReplyReader.Progress feed(String hex) {
        MemorySegment s = Hex.segment(hex);
        return reader.onDatagram(s, s.byteSize(), collect);
    }

    @Test
    void aPlainAckCompletesARequest() {
        reader.start(5, false);
        // NLMSG_ERROR, flags CAPPED, seq 5, error 0, echoed header of an RTM_NEWADDR
        assertEquals(ReplyReader.Progress.COMPLETE, feed("""
                24000000 0200 0001 05000000 d2040000 | 00000000 | 2c000000 1400 0506 05000000 00000000"""));
        assertEquals(0, reader.errorCode());
        assertTrue(seen.isEmpty());
    }

    @Test
    void anErrorCarriesErrnoAndExtendedAckText() {
        reader.start(5, false);
        // error -17 (EEXIST), CAPPED|ACK_TLVS, NLMSGERR_ATTR_MSG "Address exists" and NLMSGERR_ATTR_OFFS 24
        assertEquals(ReplyReader.Progress.COMPLETE, feed("""
                40000000 0200 0003 05000000 d2040000 | efffffff | 2c000000 1400 0506 05000000 00000000
                1300 0100 4164 6472 6573 7320 6578 6973 7473 00 00
                0800 0200 18000000"""));
        assertEquals(17, reader.errorCode());
        assertEquals("Address exists", reader.extAckMessage());
    }

    @Test
    void anUncappedErrorSkipsTheEchoedRequestBeforeTheTlvs() {
        reader.start(9, false);
        // not CAPPED: the whole 24-byte request is echoed, then the TLV
        MemorySegment s = Hex.segment("""
                3c000000 0200 0002 09000000 00000000 | eaffffff
                18000000 1000 0500 09000000 00000000 | 03 02 0000 0400 0200
                0c00 0100 6261 6420 6e61 6d65 00 000000""");
        // fix nlmsg_len to the vector's size, 16+4+24+12 = 56
        new NlMsgHdrFlyweight().wrap(s, 0).length((int) s.byteSize());
        assertEquals(ReplyReader.Progress.COMPLETE, reader.onDatagram(s, s.byteSize(), collect));
        assertEquals(22, reader.errorCode());
        assertEquals("bad name", reader.extAckMessage());
        NlMsgErrFlyweight err = new NlMsgErrFlyweight().wrap(new NlMsgHdrFlyweight().wrap(s, 0));
        assertTrue(err.hasRequestHeader());
        assertEquals(0x10, err.request().type());
        assertEquals(-1, err.extAckOffset());
    }

    @Test
    void aMultiPartDumpSpansDatagramsUntilDone() {
        reader.start(7, true);
        // two RTM_NEWLINK parts (payload trimmed to 4 bytes), NLM_F_MULTI
        assertEquals(ReplyReader.Progress.NEED_MORE, feed("""
                14000000 1000 0200 07000000 00000000 01000000
                14000000 1000 0200 07000000 00000000 02000000"""));
        assertEquals(ReplyReader.Progress.NEED_MORE, feed("""
                14000000 1000 0200 07000000 00000000 03000000"""));
        assertEquals(ReplyReader.Progress.COMPLETE, feed("""
                14000000 0300 0200 07000000 00000000 00000000"""));
        assertEquals(List.of(16, 16, 16), seen);
        assertEquals(0, reader.errorCode());
        assertFalse(reader.dumpInterrupted());
        assertEquals(3, reader.dataMessages());
    }

    @Test
    void anInterruptedDumpIsFlagged() {
        reader.start(7, true);
        assertEquals(ReplyReader.Progress.COMPLETE, feed("""
                14000000 1000 1200 07000000 00000000 01000000
                14000000 0300 1200 07000000 00000000 00000000"""));
        assertTrue(reader.dumpInterrupted());
    }

    @Test
    void aDumpEndingInAnErrorReportsIt() {
        reader.start(7, true);
        // NLMSG_DONE with -EINVAL and ACK_TLVS "bad filter"
        assertEquals(ReplyReader.Progress.COMPLETE, feed("""
                24000000 0300 0202 07000000 00000000 eaffffff | 0f00 0100 6261 6420 6669 6c74 6572 00 00"""));
        assertEquals(22, reader.errorCode());
        assertEquals("bad filter", reader.extAckMessage());
    }

    @Test
    void answersToOtherSequenceNumbersAndNoopsAreSkipped() {
        reader.start(8, false);
        assertEquals(ReplyReader.Progress.NEED_MORE, feed("""
                24000000 0200 0001 07000000 00000000 | efffffff | 2c000000 1400 0506 07000000 00000000
                10000000 0100 0000 08000000 00000000"""));
        assertEquals(ReplyReader.Progress.COMPLETE, feed("""
                24000000 0200 0001 08000000 00000000 | 00000000 | 2c000000 1400 0506 08000000 00000000"""));
        assertEquals(0, reader.errorCode(), "the EEXIST belonged to seq 7");
        assertNull(reader.extAckMessage());
    }

    @Test
    void aRequestAnswerIsDeliveredBeforeItsAck() {
        reader.start(3, false);
        assertEquals(ReplyReader.Progress.COMPLETE, feed("""
                18000000 1000 0000 03000000 00000000 01020000 aaaaaaaa
                24000000 0200 0001 03000000 00000000 | 00000000 | 1c000000 1000 0500 03000000 00000000"""));
        assertEquals(List.of(16), seen);
    }

    @Test
    void aDatagramEndingInsideAMessageIsAProtocolError() {
        reader.start(3, false);
        assertEquals(ReplyReader.Progress.COMPLETE, feed("40000000 1000 0000 03000000 00000000 0102"));
        assertEquals(ReplyReader.EPROTO, reader.errorCode());
        assertTrue(reader.extAckMessage().startsWith("truncated netlink message"));
    }
}
