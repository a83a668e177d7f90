package org.keepalived4j.check.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IcmpEchoTest {

    @Test
    void checksumOfRfc1071Example() {
        // RFC 1071 §3: 00 01 f2 03 f4 f5 f6 f7 sums to ddf2; the checksum is its complement.
        MemorySegment s = MemorySegment.ofArray(new byte[] {0x00, 0x01, (byte) 0xf2, 0x03, (byte) 0xf4,
                (byte) 0xf5, (byte) 0xf6, (byte) 0xf7});
        assertEquals(~0xddf2 & 0xffff, IcmpEcho.checksum(s, 0, 8));
    }

    @Test
    void requestLayoutAndChecksumVerifies() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment m = a.allocate(IcmpEcho.MESSAGE_BYTES);
            IcmpEcho.writeRequest(m, false, 0x1234, 0xabcd, true);
            byte[] b = m.toArray(ValueLayout.JAVA_BYTE);
            assertEquals(8, b[0]);
            assertEquals(0, b[1]);
            assertEquals(0x12, b[4]);
            assertEquals(0x34, b[5]);
            assertEquals((byte) 0xab, b[6]);
            assertEquals((byte) 0xcd, b[7]);
            assertEquals("keepalived check - keepalived", new String(b, 8, 29, StandardCharsets.US_ASCII));
            // A message with a correct checksum sums to zero.
            assertEquals(0, IcmpEcho.checksum(m, 0, IcmpEcho.MESSAGE_BYTES));
            assertEquals(0x1234, IcmpEcho.identifier(m, 0));
            assertEquals(0xabcd, IcmpEcho.sequence(m, 0));

            IcmpEcho.writeRequest(m, true, 1, 2, false);
            assertEquals(128, IcmpEcho.type(m, 0));
            assertEquals(0, m.get(ValueLayout.JAVA_SHORT, 2));
        }
    }

    @Test
    void rawIpv4ReplySkipsTheIpHeader() {
        byte[] pkt = new byte[28 + 8];
        pkt[0] = 0x46; // IPv4, IHL 6 (24 bytes, with options)
        pkt[24] = 0; // echo reply
        pkt[24 + 7] = 9;
        MemorySegment s = MemorySegment.ofArray(pkt);
        assertEquals(24, IcmpEcho.icmpOffset(s, pkt.length, true));
        assertEquals(9, IcmpEcho.sequence(s, 24));
        assertEquals(0, IcmpEcho.icmpOffset(s, pkt.length, false));
        assertEquals(-1, IcmpEcho.icmpOffset(s, 10, true));
        pkt[0] = 0x65;
        assertEquals(-1, IcmpEcho.icmpOffset(s, pkt.length, true));
    }
}
