package org.keepalived4j.netlink.msg;

import java.lang.foreign.MemorySegment;
import java.util.HexFormat;

/** Test vectors written as hex, with spaces and {@code |} allowed for readability. */
public final class Hex {
    private Hex() {
    }

    /** @param hex hex digits, spaces and {@code |} ignored @return the bytes */
    public static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replaceAll("[\\s|]", ""));
    }

    /** @param hex hex digits @return a heap segment over the bytes */
    public static MemorySegment segment(String hex) {
        return MemorySegment.ofArray(bytes(hex));
    }

    /** @param segment a segment @param length bytes to show @return lower-case hex */
    public static String of(MemorySegment segment, long length) {
        return HexFormat.of().formatHex(segment.asSlice(0, length).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
    }

    /** @param hex hex with separators @return the canonical form for comparisons */
    public static String normalize(String hex) {
        return hex.replaceAll("[\\s|]", "").toLowerCase();
    }
}
