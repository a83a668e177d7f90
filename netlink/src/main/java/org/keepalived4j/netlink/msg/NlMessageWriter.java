package org.keepalived4j.netlink.msg;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT_UNALIGNED;

/**
 * Writes one netlink message into a buffer the caller owns (Netty's "encode into {@code out}" style): the
 * {@code nlmsghdr}, then a fixed family header ({@link #reserve(int)}), then attributes, nested ones included.
 * {@link #finish()} stores {@code nlmsg_len}. Padding bytes are zeroed.
 *
 * <pre>{@code
 * writer.wrap(buffer).begin(Rtnl.RTM_NEWADDR, Nl.NLM_F_REQUEST | Nl.NLM_F_ACK | Nl.NLM_F_CREATE, seq, 0);
 * ifaddr.wrap(buffer, writer.reserve(IfAddrMsgFlyweight.SIZE)).family(AF_INET).prefixLength(24).index(2);
 * writer.putAddress(Rtnl.IFA_LOCAL, addr);
 * int length = writer.finish();
 * }</pre>
 *
 * Overflowing the buffer throws {@link IllegalStateException}, which means the buffer is sized wrongly for the
 * request (a programming error, never a kernel answer). Not thread-safe; reuse one per socket.
 */
public final class NlMessageWriter {
    private static final ValueLayout.OfShort SHORT_BE = JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);
    private static final ValueLayout.OfInt INT_BE = JAVA_INT_UNALIGNED.withOrder(ByteOrder.BIG_ENDIAN);

    private MemorySegment buffer = MemorySegment.NULL;
    private int position;
    private final NlMsgHdrFlyweight header = new NlMsgHdrFlyweight();
    private final GenlMsgHdrFlyweight genl = new GenlMsgHdrFlyweight();

    /**
     * @param buffer where to write; the message starts at offset 0
     * @return this
     */
    public NlMessageWriter wrap(MemorySegment buffer) {
        this.buffer = buffer;
        this.position = 0;
        return this;
    }

    /**
     * Writes the {@code nlmsghdr} (length patched by {@link #finish()}).
     *
     * @param type message type
     * @param flags {@code NLM_F_*}
     * @param seq sequence number
     * @param pid sender port id ({@code 0} lets the kernel fill it)
     * @return this
     */
    public NlMessageWriter begin(int type, int flags, int seq, int pid) {
        position = 0;
        ensure(NlMsgHdrFlyweight.SIZE);
        header.wrap(buffer, 0).length(NlMsgHdrFlyweight.SIZE).type(type).flags(flags).seq(seq).pid(pid);
        position = NlMsgHdrFlyweight.SIZE;
        return this;
    }

    /** @return a flyweight on this message's header, to adjust flags or seq before sending */
    public NlMsgHdrFlyweight header() {
        return header.wrap(buffer, 0);
    }

    /**
     * Reserves a zeroed, aligned block for a fixed header (e.g. {@code ifaddrmsg}).
     *
     * @param size bytes
     * @return its offset, for wrapping a flyweight
     */
    public long reserve(int size) {
        int aligned = Nl.align(size);
        ensure(aligned);
        long at = position;
        buffer.asSlice(at, aligned).fill((byte) 0);
        position += aligned;
        return at;
    }

    /**
     * Writes the generic netlink header.
     *
     * @param cmd command
     * @param version family version
     * @return this
     */
    public NlMessageWriter genlHeader(int cmd, int version) {
        long at = reserve(GenlMsgHdrFlyweight.SIZE);
        genl.wrap(buffer, at).cmd(cmd).version(version);
        return this;
    }

    private long attr(int type, int payloadLength) {
        int total = NlAttrFlyweight.HEADER_SIZE + payloadLength;
        int aligned = Nl.align(total);
        ensure(aligned);
        long at = position;
        buffer.set(JAVA_SHORT_UNALIGNED, at, (short) total);
        buffer.set(JAVA_SHORT_UNALIGNED, at + 2, (short) type);
        for (int i = total; i < aligned; i++) {
            buffer.set(JAVA_BYTE, at + i, (byte) 0);
        }
        position += aligned;
        return at + NlAttrFlyweight.HEADER_SIZE;
    }

    /** @param type attribute type @param value byte @return this */
    public NlMessageWriter putU8(int type, int value) {
        buffer.set(JAVA_BYTE, attr(type, 1), (byte) value);
        return this;
    }

    /** @param type attribute type @param value host-order u16 @return this */
    public NlMessageWriter putU16(int type, int value) {
        buffer.set(JAVA_SHORT_UNALIGNED, attr(type, 2), (short) value);
        return this;
    }

    /** @param type attribute type @param value network-order u16 (a port) @return this */
    public NlMessageWriter putU16Be(int type, int value) {
        buffer.set(SHORT_BE, attr(type, 2), (short) value);
        return this;
    }

    /** @param type attribute type @param value host-order u32 @return this */
    public NlMessageWriter putU32(int type, int value) {
        buffer.set(JAVA_INT_UNALIGNED, attr(type, 4), value);
        return this;
    }

    /** @param type attribute type @param value network-order u32 @return this */
    public NlMessageWriter putU32Be(int type, int value) {
        buffer.set(INT_BE, attr(type, 4), value);
        return this;
    }

    /** @param type attribute type @param value host-order u64 @return this */
    public NlMessageWriter putU64(int type, long value) {
        buffer.set(JAVA_LONG_UNALIGNED, attr(type, 8), value);
        return this;
    }

    /** @param type attribute type @return this, after a zero-length (flag) attribute */
    public NlMessageWriter putFlag(int type) {
        attr(type, 0);
        return this;
    }

    /** @param type attribute type @param value text, written NUL-terminated ({@code NLA_NUL_STRING}) @return this */
    public NlMessageWriter putString(int type, String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        long at = attr(type, b.length + 1);
        MemorySegment.copy(b, 0, buffer, JAVA_BYTE, at, b.length);
        buffer.set(JAVA_BYTE, at + b.length, (byte) 0);
        return this;
    }

    /** @param type attribute type @param value text, written without NUL (e.g. {@code IFLA_INFO_KIND}) @return this */
    public NlMessageWriter putStringNoNul(int type, String value) {
        return putBytes(type, value.getBytes(StandardCharsets.UTF_8));
    }

    /** @param type attribute type @param value raw payload @return this */
    public NlMessageWriter putBytes(int type, byte[] value) {
        long at = attr(type, value.length);
        MemorySegment.copy(value, 0, buffer, JAVA_BYTE, at, value.length);
        return this;
    }

    /** @param type attribute type @param address IPv4 or IPv6, network order @return this */
    public NlMessageWriter putAddress(int type, InetAddress address) {
        return putBytes(type, address.getAddress());
    }

    /**
     * Opens a nested attribute; close it with {@link #endNested(long)}.
     *
     * @param type attribute type ({@code NLA_F_NESTED} is added)
     * @return a token (the nest's offset)
     */
    public long beginNested(int type) {
        return attr(type | Nl.NLA_F_NESTED, 0) - NlAttrFlyweight.HEADER_SIZE;
    }

    /**
     * Opens a nested attribute without the {@code NLA_F_NESTED} bit, for the older families that expect the plain
     * type (as keepalived writes {@code IFLA_LINKINFO}).
     *
     * @param type attribute type
     * @return a token (the nest's offset)
     */
    public long beginNestedPlain(int type) {
        return attr(type, 0) - NlAttrFlyweight.HEADER_SIZE;
    }

    /** @param token from {@link #beginNested(int)} @return this */
    public NlMessageWriter endNested(long token) {
        buffer.set(JAVA_SHORT_UNALIGNED, token, (short) (position - token));
        return this;
    }

    /**
     * Stores {@code nlmsg_len}.
     *
     * @return the message length in bytes
     */
    public int finish() {
        header.wrap(buffer, 0).length(position);
        return position;
    }

    /** @return bytes written so far */
    public int position() {
        return position;
    }

    /** @return the buffer written into */
    public MemorySegment buffer() {
        return buffer;
    }

    private void ensure(int bytes) {
        if (position + (long) bytes > buffer.byteSize()) {
            throw new IllegalStateException("netlink message exceeds its buffer of " + buffer.byteSize() + " bytes");
        }
    }
}
