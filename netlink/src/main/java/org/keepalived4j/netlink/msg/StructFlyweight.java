package org.keepalived4j.netlink.msg;

import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

/**
 * Shared plumbing of the fixed family headers (host byte order, unaligned access): wrap, and typed reads and
 * writes at a field offset. Subclasses add named accessors.
 *
 * @param <T> the concrete flyweight, for fluent setters
 */
abstract sealed class StructFlyweight<T extends StructFlyweight<T>>
        permits IfAddrMsgFlyweight, IfInfoMsgFlyweight, RtMsgFlyweight, FibRuleHdrFlyweight {
    private MemorySegment segment = MemorySegment.NULL;
    private long offset;

    /**
     * @param segment buffer
     * @param offset where the struct starts
     * @return this
     */
    @SuppressWarnings("unchecked")
    public final T wrap(MemorySegment segment, long offset) {
        this.segment = segment;
        this.offset = offset;
        return (T) this;
    }

    /** @return the struct's size in bytes */
    public abstract int size();

    /** @return absolute offset just past the struct, where the attributes start */
    public final long end() {
        return offset + size();
    }

    final int u8(int field) {
        return Byte.toUnsignedInt(segment.get(JAVA_BYTE, offset + field));
    }

    @SuppressWarnings("unchecked")
    final T u8(int field, int value) {
        segment.set(JAVA_BYTE, offset + field, (byte) value);
        return (T) this;
    }

    final int u16(int field) {
        return Short.toUnsignedInt(segment.get(JAVA_SHORT_UNALIGNED, offset + field));
    }

    @SuppressWarnings("unchecked")
    final T u16(int field, int value) {
        segment.set(JAVA_SHORT_UNALIGNED, offset + field, (short) value);
        return (T) this;
    }

    final int i32(int field) {
        return segment.get(JAVA_INT_UNALIGNED, offset + field);
    }

    @SuppressWarnings("unchecked")
    final T i32(int field, int value) {
        segment.set(JAVA_INT_UNALIGNED, offset + field, value);
        return (T) this;
    }
}
