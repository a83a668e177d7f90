package org.keepalived4j.netlink.ffm;

import org.junit.jupiter.api.Test;
import org.keepalived4j.netlink.Errno;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibcTest {

    @Test
    void errnoIsCapturedIntoTheCallersOwnSegment() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mine = Libc.allocateCallState(arena);
            MemorySegment other = Libc.allocateCallState(arena);
            assertEquals(-1, Libc.socket(mine, Libc.AF_NETLINK, Libc.SOCK_RAW, 9999));
            assertEquals(Errno.EPROTONOSUPPORT, Errno.fromCode(Libc.errno(mine)));
            assertEquals(0, Libc.errno(other), "another caller's call state is untouched");
            assertEquals(-1, Libc.close(other, -1));
            assertEquals(Errno.EBADF, Errno.fromCode(Libc.errno(other)));
            assertEquals(Errno.EPROTONOSUPPORT, Errno.fromCode(Libc.errno(mine)));
        }
    }

    @Test
    void getpidIsThisProcess() {
        assertEquals(ProcessHandle.current().pid(), Libc.getpid());
    }

    @Test
    void loopbackIsIndexOneHere() {
        assertTrue(Interfaces.indexOf("lo").isPresent());
        assertEquals("lo", Interfaces.nameOf(Interfaces.indexOf("lo").getAsInt()));
        assertTrue(Interfaces.indexOf("").isEmpty());
        assertTrue(Interfaces.indexOf("x".repeat(20)).isEmpty());
    }
}
