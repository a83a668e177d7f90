package org.keepalived4j.netlink.msg;

/**
 * View of {@code struct fib_rule_hdr} ({@code <linux/fib_rules.h>}), the family header of the
 * {@code RTM_*RULE} messages.
 *
 * <pre>
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |    family     |    dst_len    |    src_len    |      tos      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     table     |     res1      |     res2      |    action     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                            flags                              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class FibRuleHdrFlyweight extends StructFlyweight<FibRuleHdrFlyweight> {
    /** {@code sizeof(struct fib_rule_hdr)}. */
    public static final int SIZE = 12;

    @Override
    public int size() {
        return SIZE;
    }

    /** @return {@code family} */
    public int family() {
        return u8(0);
    }

    /** @param v {@code family} @return this */
    public FibRuleHdrFlyweight family(int v) {
        return u8(0, v);
    }

    /** @return {@code dst_len} */
    public int dstLength() {
        return u8(1);
    }

    /** @param v {@code dst_len} @return this */
    public FibRuleHdrFlyweight dstLength(int v) {
        return u8(1, v);
    }

    /** @return {@code src_len} */
    public int srcLength() {
        return u8(2);
    }

    /** @param v {@code src_len} @return this */
    public FibRuleHdrFlyweight srcLength(int v) {
        return u8(2, v);
    }

    /** @return {@code tos} */
    public int tos() {
        return u8(3);
    }

    /** @param v {@code tos} @return this */
    public FibRuleHdrFlyweight tos(int v) {
        return u8(3, v);
    }

    /** @return {@code table} (tables above 255 in {@code FRA_TABLE}) */
    public int table() {
        return u8(4);
    }

    /** @param v {@code table} @return this */
    public FibRuleHdrFlyweight table(int v) {
        u8(5, 0);
        u8(6, 0);
        return u8(4, v);
    }

    /** @return {@code action} (FR_ACT_*) */
    public int action() {
        return u8(7);
    }

    /** @param v {@code action} @return this */
    public FibRuleHdrFlyweight action(int v) {
        return u8(7, v);
    }

    /** @return {@code flags} (FIB_RULE_*) */
    public int flags() {
        return i32(8);
    }

    /** @param v {@code flags} @return this */
    public FibRuleHdrFlyweight flags(int v) {
        return i32(8, v);
    }
}
