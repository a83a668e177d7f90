package org.keepalived4j.netlink.msg;

/**
 * View of {@code struct ifaddrmsg} ({@code <linux/if_addr.h>}), the family header of {@code RTM_NEWADDR},
 * {@code RTM_DELADDR} and {@code RTM_GETADDR}.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  ifa_family   | ifa_prefixlen |   ifa_flags   |   ifa_scope   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                          ifa_index                            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 * {@code ifa_flags} holds only the low 8 flag bits; the full set travels in {@code IFA_FLAGS}.
 */
public final class IfAddrMsgFlyweight extends StructFlyweight<IfAddrMsgFlyweight> {
    /** {@code sizeof(struct ifaddrmsg)}. */
    public static final int SIZE = 8;

    @Override
    public int size() {
        return SIZE;
    }

    /** @return {@code ifa_family} */
    public int family() {
        return u8(0);
    }

    /** @param v {@code ifa_family} @return this */
    public IfAddrMsgFlyweight family(int v) {
        return u8(0, v);
    }

    /** @return {@code ifa_prefixlen} */
    public int prefixLength() {
        return u8(1);
    }

    /** @param v {@code ifa_prefixlen} @return this */
    public IfAddrMsgFlyweight prefixLength(int v) {
        return u8(1, v);
    }

    /** @return {@code ifa_flags} (low 8 bits of the address flags) */
    public int flags() {
        return u8(2);
    }

    /** @param v {@code ifa_flags} @return this */
    public IfAddrMsgFlyweight flags(int v) {
        return u8(2, v);
    }

    /** @return {@code ifa_scope} */
    public int scope() {
        return u8(3);
    }

    /** @param v {@code ifa_scope} @return this */
    public IfAddrMsgFlyweight scope(int v) {
        return u8(3, v);
    }

    /** @return {@code ifa_index} */
    public int index() {
        return i32(4);
    }

    /** @param v {@code ifa_index} @return this */
    public IfAddrMsgFlyweight index(int v) {
        return i32(4, v);
    }
}
