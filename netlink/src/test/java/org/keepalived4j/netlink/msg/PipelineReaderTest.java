package org.keepalived4j.netlink.msg;

import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answers to a pipeline of requests seq 10..13 (only 13 asked for an ack), as byte vectors (little-endian host). */
class PipelineReaderTest {
    private final PipelineReader reader = new PipelineReader().start(10, 4);
    private final List<String> errors = new ArrayList<>();

    private boolean feed(String hex) {
        MemorySegment s = Hex.segment(hex);
        return reader.onDatagram(s, s.byteSize(), (position, errno, ext) -> errors.add(position + ":" + errno + ":" + ext));
    }

    @Test
    void onlyTheLastAckEndsIt() {
        // ack (error 0) of seq 13, CAPPED, echoed header of an IPVS request
        assertTrue(feed("24000000 0200 0001 0d000000 d2040000 | 00000000 | 2c000000 1e00 0500 0d000000 00000000"));
        assertEquals(List.of(), errors);
        assertNull(reader.framingError());
    }

    @Test
    void errorsOfEarlierRequestsAreReportedByPosition() {
        // seq 11 failed with ESRCH (-3), then seq 12 with EEXIST (-17) and the text "Service exists"
        assertFalse(feed("24000000 0200 0001 0b000000 d2040000 | fdffffff | 2c000000 1e00 0100 0b000000 00000000"));
        assertFalse(feed("""
                38000000 0200 0003 0c000000 d2040000 | efffffff | 2c000000 1e00 0100 0c000000 00000000
                1300 0100 5365 7276 6963 6520 6578 6973 7473 00 00"""));
        assertTrue(feed("24000000 0200 0001 0d000000 d2040000 | 00000000 | 2c000000 1e00 0500 0d000000 00000000"));
        assertEquals(List.of("1:3:null", "2:17:Service exists"), errors);
    }

    @Test
    void theLastRequestsOwnErrorEndsItToo() {
        assertTrue(feed("24000000 0200 0001 0d000000 d2040000 | eaffffff | 2c000000 1e00 0500 0d000000 00000000"));
        assertEquals(List.of("3:22:null"), errors);
    }

    @Test
    void answersOutsideThePipelineAreSkipped() {
        // seq 9 (an older request) and seq 14 (not ours yet) fail; a data message with seq 13 is not an answer
        assertFalse(feed("""
                24000000 0200 0001 09000000 d2040000 | fdffffff | 2c000000 1e00 0100 09000000 00000000
                24000000 0200 0001 0e000000 d2040000 | fdffffff | 2c000000 1e00 0100 0e000000 00000000
                10000000 1e00 0000 0d000000 d2040000"""));
        assertEquals(List.of(), errors);
    }

    @Test
    void aTruncatedDatagramIsAFramingError() {
        assertTrue(feed("24000000 0200 0001 0b000000 d2040000 | fdffffff"));
        assertTrue(reader.framingError().startsWith("truncated"), reader.framingError());
    }

    @Test
    void anEmptyPipelineIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PipelineReader().start(1, 0));
    }
}
