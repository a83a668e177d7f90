package org.keepalived4j.netlink.msg;

import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

/**
 * View of the generic netlink header ({@code struct genlmsghdr}, {@code <linux/genetlink.h>}) that follows the
 * {@code nlmsghdr} of every generic netlink message; a family-specific header of {@code hdrsize} bytes may follow
 * it (IPVS has none), then the attributes.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      cmd      |    version    |           reserved            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class GenlMsgHdrFlyweight {
    /** {@code GENL_HDRLEN}. */
    public static final int SIZE = 4;
    /** Offset of {@code cmd}. */
    public static final int CMD_FIELD_OFFSET = 0;
    /** Offset of {@code version}. */
    public static final int VERSION_FIELD_OFFSET = 1;
    /** Offset of {@code reserved}. */
    public static final int RESERVED_FIELD_OFFSET = 2;

    private MemorySegment segment = MemorySegment.NULL;
    private long offset;

    /** @param segment buffer @param offset header start @return this */
    public GenlMsgHdrFlyweight wrap(MemorySegment segment, long offset) {
        this.segment = segment;
        this.offset = offset;
        return this;
    }

    /** @return {@code cmd} */
    public int cmd() {
        return Byte.toUnsignedInt(segment.get(JAVA_BYTE, offset + CMD_FIELD_OFFSET));
    }

    /** @param value {@code cmd} @return this */
    public GenlMsgHdrFlyweight cmd(int value) {
        segment.set(JAVA_BYTE, offset + CMD_FIELD_OFFSET, (byte) value);
        return this;
    }

    /** @return {@code version} */
    public int version() {
        return Byte.toUnsignedInt(segment.get(JAVA_BYTE, offset + VERSION_FIELD_OFFSET));
    }

    /** @param value {@code version} @return this */
    public GenlMsgHdrFlyweight version(int value) {
        segment.set(JAVA_BYTE, offset + VERSION_FIELD_OFFSET, (byte) value);
        segment.set(JAVA_SHORT_UNALIGNED, offset + RESERVED_FIELD_OFFSET, (short) 0);
        return this;
    }
}
