package org.keepalived4j.netlink.msg;

/**
 * View of {@code struct rtmsg} ({@code <linux/rtnetlink.h>}), the family header of the {@code RTM_*ROUTE}
 * messages.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  rtm_family   |  rtm_dst_len  |  rtm_src_len  |    rtm_tos    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   rtm_table   | rtm_protocol  |   rtm_scope   |   rtm_type    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                          rtm_flags                            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * Tables above 255 go in {@code RTA_TABLE}, with {@code rtm_table} = {@code RT_TABLE_UNSPEC}.
 */
public final class RtMsgFlyweight extends StructFlyweight<RtMsgFlyweight> {
    /** {@code sizeof(struct rtmsg)}. */
    public static final int SIZE = 12;

    @Override
    public int size() {
        return SIZE;
    }

    /** @return {@code rtm_family} */
    public int family() {
        return u8(0);
    }

    /** @param v {@code rtm_family} @return this */
    public RtMsgFlyweight family(int v) {
        return u8(0, v);
    }

    /** @return {@code rtm_dst_len} */
    public int dstLength() {
        return u8(1);
    }

    /** @param v {@code rtm_dst_len} @return this */
    public RtMsgFlyweight dstLength(int v) {
        return u8(1, v);
    }

    /** @return {@code rtm_src_len} */
    public int srcLength() {
        return u8(2);
    }

    /** @param v {@code rtm_src_len} @return this */
    public RtMsgFlyweight srcLength(int v) {
        return u8(2, v);
    }

    /** @return {@code rtm_tos} */
    public int tos() {
        return u8(3);
    }

    /** @param v {@code rtm_tos} @return this */
    public RtMsgFlyweight tos(int v) {
        return u8(3, v);
    }

    /** @return {@code rtm_table} */
    public int table() {
        return u8(4);
    }

    /** @param v {@code rtm_table} @return this */
    public RtMsgFlyweight table(int v) {
        return u8(4, v);
    }

    /** @return {@code rtm_protocol} (RTPROT_*) */
    public int protocol() {
        return u8(5);
    }

    /** @param v {@code rtm_protocol} @return this */
    public RtMsgFlyweight protocol(int v) {
        return u8(5, v);
    }

    /** @return {@code rtm_scope} (RT_SCOPE_*) */
    public int scope() {
        return u8(6);
    }

    /** @param v {@code rtm_scope} @return this */
    public RtMsgFlyweight scope(int v) {
        return u8(6, v);
    }

    /** @return {@code rtm_type} (RTN_*) */
    public int type() {
        return u8(7);
    }

    /** @param v {@code rtm_type} @return this */
    public RtMsgFlyweight type(int v) {
        return u8(7, v);
    }

    /** @return {@code rtm_flags} (RTM_F_*) */
    public int flags() {
        return i32(8);
    }

    /** @param v {@code rtm_flags} @return this */
    public RtMsgFlyweight flags(int v) {
        return i32(8, v);
    }
}
