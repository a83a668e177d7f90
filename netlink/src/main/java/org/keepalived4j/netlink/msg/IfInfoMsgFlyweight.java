package org.keepalived4j.netlink.msg;

/**
 * View of {@code struct ifinfomsg} ({@code <linux/rtnetlink.h>}), the family header of the {@code RTM_*LINK}
 * messages.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  ifi_family   |    (pad)      |           ifi_type            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                          ifi_index                            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                          ifi_flags                            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                          ifi_change                           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class IfInfoMsgFlyweight extends StructFlyweight<IfInfoMsgFlyweight> {
    /** {@code sizeof(struct ifinfomsg)}. */
    public static final int SIZE = 16;

    @Override
    public int size() {
        return SIZE;
    }

    /** @return {@code ifi_family} */
    public int family() {
        return u8(0);
    }

    /** @param v {@code ifi_family} @return this */
    public IfInfoMsgFlyweight family(int v) {
        u8(1, 0);
        return u8(0, v);
    }

    /** @return {@code ifi_type} (ARPHRD_*) */
    public int type() {
        return u16(2);
    }

    /** @param v {@code ifi_type} @return this */
    public IfInfoMsgFlyweight type(int v) {
        return u16(2, v);
    }

    /** @return {@code ifi_index} */
    public int index() {
        return i32(4);
    }

    /** @param v {@code ifi_index} @return this */
    public IfInfoMsgFlyweight index(int v) {
        return i32(4, v);
    }

    /** @return {@code ifi_flags} (IFF_*) */
    public int flags() {
        return i32(8);
    }

    /** @param v {@code ifi_flags} @return this */
    public IfInfoMsgFlyweight flags(int v) {
        return i32(8, v);
    }

    /** @return {@code ifi_change}: which flag bits a request changes */
    public int change() {
        return i32(12);
    }

    /** @param v {@code ifi_change} @return this */
    public IfInfoMsgFlyweight change(int v) {
        return i32(12, v);
    }
}
