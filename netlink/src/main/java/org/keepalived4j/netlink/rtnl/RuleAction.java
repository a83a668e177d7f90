package org.keepalived4j.netlink.rtnl;

/** {@code fib_rule_hdr.action} ({@code FR_ACT_*}), keepalived's {@code virtual_rules} {@code table},
 * {@code goto}, {@code nop}, {@code blackhole}, {@code unreachable}, {@code prohibit}. */
public enum RuleAction {
    /** {@code FR_ACT_UNSPEC}. */ UNSPEC(0),
    /** {@code FR_ACT_TO_TBL}: look up a table. */ TO_TABLE(1),
    /** {@code FR_ACT_GOTO}. */ GOTO(2),
    /** {@code FR_ACT_NOP}. */ NOP(3),
    /** {@code FR_ACT_BLACKHOLE}. */ BLACKHOLE(6),
    /** {@code FR_ACT_UNREACHABLE}. */ UNREACHABLE(7),
    /** {@code FR_ACT_PROHIBIT}. */ PROHIBIT(8);

    private final int code;

    RuleAction(int code) {
        this.code = code;
    }

    /** @return the kernel value */
    public int code() {
        return code;
    }

    /** @param code {@code FR_ACT_*} @return the action, {@link #UNSPEC} when unknown */
    public static RuleAction fromCode(int code) {
        for (RuleAction a : values()) {
            if (a.code == code) {
                return a;
            }
        }
        return UNSPEC;
    }
}
