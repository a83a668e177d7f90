package org.keepalived4j.config.model.vrrp;

/** What an {@code ip rule} does (the kernel's FR_ACT_*). */
public enum RuleAction {
    /** {@code table N} / {@code lookup N} / {@code l3mdev}. */
    TO_TABLE(1),
    /** {@code goto N}. */
    GOTO(2),
    /** {@code nop}. */
    NOP(3),
    /** {@code blackhole}. */
    BLACKHOLE(6),
    /** {@code unreachable}. */
    UNREACHABLE(7),
    /** {@code prohibit}. */
    PROHIBIT(8);

    private final int code;

    RuleAction(int code) {
        this.code = code;
    }

    /** FR_ACT_* number. */
    public int code() {
        return code;
    }
}
