package org.keepalived4j.netlink.msg;

/**
 * Core netlink constants from {@code <linux/netlink.h>}: message types, header flags, socket options and the
 * extended-ack attribute numbers. Names as in the kernel header, so they can be grepped side by side.
 */
public final class Nl {
    /** {@code NETLINK_ROUTE}. */
    public static final int NETLINK_ROUTE = 0;
    /** {@code NETLINK_GENERIC}. */
    public static final int NETLINK_GENERIC = 16;

    /** {@code NLMSG_NOOP}. */
    public static final int NLMSG_NOOP = 1;
    /** {@code NLMSG_ERROR}: an ack (error 0) or a failure (negative errno). */
    public static final int NLMSG_ERROR = 2;
    /** {@code NLMSG_DONE}: end of a multi-part dump. */
    public static final int NLMSG_DONE = 3;
    /** {@code NLMSG_OVERRUN}. */
    public static final int NLMSG_OVERRUN = 4;
    /** First type available to protocols ({@code NLMSG_MIN_TYPE}). */
    public static final int NLMSG_MIN_TYPE = 0x10;

    /** {@code NLM_F_REQUEST}. */
    public static final int NLM_F_REQUEST = 0x01;
    /** {@code NLM_F_MULTI}: part of a multi-part answer, ended by {@code NLMSG_DONE}. */
    public static final int NLM_F_MULTI = 0x02;
    /** {@code NLM_F_ACK}. */
    public static final int NLM_F_ACK = 0x04;
    /** {@code NLM_F_ECHO}. */
    public static final int NLM_F_ECHO = 0x08;
    /** {@code NLM_F_DUMP_INTR}: the dump saw a concurrent change and is inconsistent; dump again. */
    public static final int NLM_F_DUMP_INTR = 0x10;
    /** {@code NLM_F_DUMP_FILTERED}. */
    public static final int NLM_F_DUMP_FILTERED = 0x20;
    /** {@code NLM_F_ROOT}. */
    public static final int NLM_F_ROOT = 0x100;
    /** {@code NLM_F_MATCH}. */
    public static final int NLM_F_MATCH = 0x200;
    /** {@code NLM_F_DUMP} = {@code ROOT | MATCH}. */
    public static final int NLM_F_DUMP = NLM_F_ROOT | NLM_F_MATCH;
    /** {@code NLM_F_REPLACE} (NEW requests). */
    public static final int NLM_F_REPLACE = 0x100;
    /** {@code NLM_F_EXCL} (NEW requests). */
    public static final int NLM_F_EXCL = 0x200;
    /** {@code NLM_F_CREATE} (NEW requests). */
    public static final int NLM_F_CREATE = 0x400;
    /** {@code NLM_F_APPEND} (NEW requests). */
    public static final int NLM_F_APPEND = 0x800;
    /** {@code NLM_F_CAPPED} (on {@code NLMSG_ERROR}): only the request's header is echoed. */
    public static final int NLM_F_CAPPED = 0x100;
    /** {@code NLM_F_ACK_TLVS} (on {@code NLMSG_ERROR}/{@code DONE}): extended-ack attributes follow. */
    public static final int NLM_F_ACK_TLVS = 0x200;

    /** {@code NETLINK_ADD_MEMBERSHIP}. */
    public static final int NETLINK_ADD_MEMBERSHIP = 1;
    /** {@code NETLINK_DROP_MEMBERSHIP}. */
    public static final int NETLINK_DROP_MEMBERSHIP = 2;
    /** {@code NETLINK_NO_ENOBUFS}. */
    public static final int NETLINK_NO_ENOBUFS = 5;
    /** {@code NETLINK_CAP_ACK}: errors echo only the request header. */
    public static final int NETLINK_CAP_ACK = 10;
    /** {@code NETLINK_EXT_ACK}: errors carry a text and an offset. */
    public static final int NETLINK_EXT_ACK = 11;

    /** {@code NLMSGERR_ATTR_MSG}: NUL-terminated error text. */
    public static final int NLMSGERR_ATTR_MSG = 1;
    /** {@code NLMSGERR_ATTR_OFFS}: u32 offset of the offending attribute in the request. */
    public static final int NLMSGERR_ATTR_OFFS = 2;
    /** {@code NLMSGERR_ATTR_COOKIE}. */
    public static final int NLMSGERR_ATTR_COOKIE = 3;
    /** {@code NLMSGERR_ATTR_MISS_TYPE}: u32 type of a missing attribute. */
    public static final int NLMSGERR_ATTR_MISS_TYPE = 5;

    /** {@code NLA_F_NESTED}. */
    public static final int NLA_F_NESTED = 0x8000;
    /** {@code NLA_F_NET_BYTEORDER}. */
    public static final int NLA_F_NET_BYTEORDER = 0x4000;
    /** {@code NLA_TYPE_MASK}. */
    public static final int NLA_TYPE_MASK = ~(NLA_F_NESTED | NLA_F_NET_BYTEORDER) & 0xffff;

    /** {@code NLMSG_ALIGNTO} and {@code NLA_ALIGNTO}. */
    public static final int ALIGNTO = 4;

    private Nl() {
    }

    /**
     * @param length a length in bytes
     * @return it rounded up to the netlink 4-byte alignment ({@code NLMSG_ALIGN}, {@code NLA_ALIGN})
     */
    public static int align(int length) {
        return (length + ALIGNTO - 1) & ~(ALIGNTO - 1);
    }

    /**
     * @param type a message type
     * @return its symbolic name for the core types, else the number
     */
    public static String typeName(int type) {
        return switch (type) {
            case NLMSG_NOOP -> "NLMSG_NOOP";
            case NLMSG_ERROR -> "NLMSG_ERROR";
            case NLMSG_DONE -> "NLMSG_DONE";
            case NLMSG_OVERRUN -> "NLMSG_OVERRUN";
            default -> Integer.toString(type);
        };
    }
}
