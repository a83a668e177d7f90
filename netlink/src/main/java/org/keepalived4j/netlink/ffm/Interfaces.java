package org.keepalived4j.netlink.ffm;

import org.keepalived4j.netlink.Errno;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.OptionalInt;

/**
 * Interface name ↔ index through libc ({@code if_nametoindex(3)}, {@code if_indextoname(3)}), in the network
 * namespace of the <em>calling thread</em>. One-off calls: each uses its own confined arena and call state.
 */
public final class Interfaces {
    private Interfaces() {
    }

    /**
     * @param name interface name, e.g. {@code eth0}
     * @return its index, empty when no such interface exists here
     */
    public static OptionalInt indexOf(String name) {
        if (name.isEmpty() || name.length() >= Libc.IF_NAMESIZE) {
            return OptionalInt.empty();
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cs = Libc.allocateCallState(arena);
            int index = Libc.ifNameToIndex(cs, arena.allocateFrom(name));
            return index == 0 ? OptionalInt.empty() : OptionalInt.of(index);
        }
    }

    /**
     * @param index interface index
     * @return its name, or {@code null} when absent
     */
    public static String nameOf(int index) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cs = Libc.allocateCallState(arena);
            MemorySegment buf = arena.allocate(Libc.IF_NAMESIZE);
            MemorySegment r = Libc.ifIndexToName(cs, index, buf);
            if (r.address() == 0) {
                int err = Libc.errno(cs);
                if (err != Errno.ENXIO.code() && err != Errno.ENODEV.code()) {
                    throw new org.keepalived4j.netlink.NetlinkException("if_indextoname(" + index + ")", err, null);
                }
                return null;
            }
            return buf.getString(0);
        }
    }
}
