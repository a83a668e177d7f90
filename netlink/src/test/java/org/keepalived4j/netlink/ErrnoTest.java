package org.keepalived4j.netlink;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErrnoTest {

    @Test
    void mapsPositiveAndNegatedNumbers() {
        assertEquals(Errno.EEXIST, Errno.fromCode(17));
        assertEquals(Errno.EEXIST, Errno.fromCode(-17));
        assertEquals(Errno.ENOBUFS, Errno.fromCode(105));
        assertEquals(Errno.UNKNOWN, Errno.fromCode(524));
        assertEquals(Errno.UNKNOWN, Errno.fromCode(0));
        assertEquals("Cannot assign requested address", Errno.describe(-99));
        assertEquals("Unknown error 524", Errno.describe(524));
    }

    @Test
    void exceptionReadsLikeKeepalivedsLogLine() {
        NetlinkException e = new NetlinkException("Netlink: RTM_NEWROUTE(24) seq=3", -101,
                "Nexthop has invalid gateway");
        assertEquals("Netlink: RTM_NEWROUTE(24) seq=3: Network is unreachable(101): Nexthop has invalid gateway",
                e.getMessage());
        assertEquals(Errno.ENETUNREACH, e.errno());
        assertEquals(101, e.errnoCode());
        assertEquals("Nexthop has invalid gateway", e.extAckMessage());
        assertEquals("op: Unknown error 524(524)", new NetlinkException("op", 524, null).getMessage());
    }
}
