package org.keepalived4j.netlink.msg;

import org.junit.jupiter.api.Test;

import java.lang.foreign.MemorySegment;
import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NlMessageWriterTest {
    private final MemorySegment buffer = MemorySegment.ofArray(new byte[256]);
    private final NlMessageWriter writer = new NlMessageWriter().wrap(buffer);

    @Test
    void writesHeaderPaddedScalarsAndNests() throws Exception {
        // poison the buffer: padding must be written as zeroes
        buffer.fill((byte) 0xee);
        writer.begin(0x1c, Nl.NLM_F_REQUEST | Nl.NLM_F_ACK, 7, 0);
        writer.genlHeader(1, 1);
        writer.putU8(1, 7);
        long nest = writer.beginNested(3);
        writer.putU16(1, 0x1234);
        writer.putU16Be(2, 80);
        writer.endNested(nest);
        writer.putU32(4, 0xdeadbeef);
        writer.putAddress(5, InetAddress.getByName("10.0.0.1"));
        writer.putString(6, "rr");
        writer.putU64(7, 1L);
        writer.putFlag(8);
        int len = writer.finish();
        assertEquals(Hex.normalize("""
                58000000 1c00 0500 07000000 00000000 | 01 01 0000
                0500 0100 07 000000
                1400 0380 | 0600 0100 3412 0000 | 0600 0200 0050 0000
                0800 0400 efbeadde
                0800 0500 0a000001
                0700 0600 727200 00
                0c00 0700 0100000000000000
                0400 0800
                """), Hex.of(buffer, len));
        assertEquals(0x58, len);
    }

    @Test
    void encodesAnRtmNewaddrRequestAsKeepalivedDoes() throws Exception {
        writer.begin(Rtnl.RTM_NEWADDR, Nl.NLM_F_REQUEST | Nl.NLM_F_ACK | Nl.NLM_F_CREATE | Nl.NLM_F_EXCL, 1, 0);
        new IfAddrMsgFlyweight().wrap(buffer, writer.reserve(IfAddrMsgFlyweight.SIZE))
                .family(2).prefixLength(24).scope(0).index(2);
        writer.putAddress(Rtnl.IFA_LOCAL, InetAddress.getByName("192.168.1.10"));
        writer.putAddress(Rtnl.IFA_BROADCAST, InetAddress.getByName("192.168.1.255"));
        writer.putString(Rtnl.IFA_LABEL, "eth0:1");
        int len = writer.finish();
        assertEquals(Hex.normalize("""
                34000000 1400 0506 01000000 00000000
                02 18 00 00 02000000
                0800 0200 c0a8010a
                0800 0400 c0a801ff
                0b00 0300 6574 6830 3a31 00 00
                """), Hex.of(buffer, len));
    }

    @Test
    void refusesToOverflowItsBuffer() {
        NlMessageWriter small = new NlMessageWriter().wrap(MemorySegment.ofArray(new byte[24]));
        small.begin(16, 0, 1, 0);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> small.putU64(1, 0));
        assertEquals("netlink message exceeds its buffer of 24 bytes", e.getMessage());
    }
}
