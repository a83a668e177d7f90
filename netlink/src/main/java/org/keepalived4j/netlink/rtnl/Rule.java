package org.keepalived4j.netlink.rtnl;

import java.net.InetAddress;
import java.util.Objects;

/**
 * A policy-routing rule as keepalived's {@code virtual_rules}/{@code static_rules} set it ({@code [not] from
 * <IP>[/<len>] to <IP>[/<len>] [priority|preference <N>] [table <N>] [fwmark <N>[/<mask>]] [iif <IF>] [oif <IF>]
 * [goto <N>] [tos <N>] [no_track]}, plus {@code blackhole}, {@code unreachable}, {@code prohibit}, {@code nop})
 * and as {@code RTM_NEWRULE} reports it. Build with {@link #builder(IpFamily)}.
 *
 * @param family address family
 * @param from source selector ({@code FRA_SRC}), or {@code null}
 * @param fromPrefix its length
 * @param to destination selector ({@code FRA_DST}), or {@code null}
 * @param toPrefix its length
 * @param invert {@code not} ({@code FIB_RULE_INVERT})
 * @param priority {@code FRA_PRIORITY}, or {@link #UNSET} (the kernel then picks one)
 * @param table table for {@link RuleAction#TO_TABLE}, {@code 0} when none
 * @param fwmark {@code FRA_FWMARK}, or {@link #UNSET}
 * @param fwmask {@code FRA_FWMASK}, or {@link #UNSET}
 * @param iifName {@code FRA_IIFNAME}, or {@code null}
 * @param oifName {@code FRA_OIFNAME}, or {@code null}
 * @param gotoTarget priority to jump to for {@link RuleAction#GOTO}, or {@link #UNSET}
 * @param action what the rule does
 * @param tos {@code tos} selector
 * @param protocol {@code FRA_PROTOCOL}, or {@code -1} when not set
 */
public record Rule(IpFamily family, InetAddress from, int fromPrefix, InetAddress to, int toPrefix, boolean invert,
                   long priority, int table, long fwmark, long fwmask, String iifName, String oifName,
                   long gotoTarget, RuleAction action, int tos, int protocol) {
    /** "not set" for the optional numbers. */
    public static final long UNSET = -1;

    /** Validates. */
    public Rule {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(action, "action");
        for (InetAddress a : new InetAddress[] {from, to}) {
            if (a != null && IpFamily.of(a) != family) {
                throw new IllegalArgumentException("address " + a.getHostAddress() + " is not " + family);
            }
        }
        if (fromPrefix < 0 || fromPrefix > family.maxPrefixLength() || toPrefix < 0
                || toPrefix > family.maxPrefixLength()) {
            throw new IllegalArgumentException("invalid prefix length in rule");
        }
    }

    /** @param family family @return a builder (action {@code TO_TABLE} once a table is set) */
    public static Builder builder(IpFamily family) {
        return new Builder(family);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (priority != UNSET) {
            s.append(priority).append(": ");
        }
        if (invert) {
            s.append("not ");
        }
        s.append("from ").append(from == null ? "all" : from.getHostAddress() + "/" + fromPrefix);
        if (to != null) {
            s.append(" to ").append(to.getHostAddress()).append('/').append(toPrefix);
        }
        if (fwmark != UNSET) {
            s.append(" fwmark ").append(fwmark).append(fwmask != UNSET ? "/" + fwmask : "");
        }
        if (iifName != null) {
            s.append(" iif ").append(iifName);
        }
        if (oifName != null) {
            s.append(" oif ").append(oifName);
        }
        switch (action) {
            case TO_TABLE -> s.append(" lookup ").append(table);
            case GOTO -> s.append(" goto ").append(gotoTarget);
            default -> s.append(' ').append(action.name().toLowerCase());
        }
        return s.toString();
    }

    /** Mutable builder for {@link Rule}. */
    public static final class Builder {
        private final IpFamily family;
        private InetAddress from;
        private int fromPrefix;
        private InetAddress to;
        private int toPrefix;
        private boolean invert;
        private long priority = UNSET;
        private int table;
        private long fwmark = UNSET;
        private long fwmask = UNSET;
        private String iifName;
        private String oifName;
        private long gotoTarget = UNSET;
        private RuleAction action;
        private int tos;
        private int protocol = -1;

        private Builder(IpFamily family) {
            this.family = Objects.requireNonNull(family);
        }

        /** @param network source @param prefix length @return this */
        public Builder from(InetAddress network, int prefix) {
            this.from = network;
            this.fromPrefix = prefix;
            return this;
        }

        /** @param network destination @param prefix length @return this */
        public Builder to(InetAddress network, int prefix) {
            this.to = network;
            this.toPrefix = prefix;
            return this;
        }

        /** @param value {@code not} @return this */
        public Builder invert(boolean value) {
            this.invert = value;
            return this;
        }

        /** @param value priority/preference @return this */
        public Builder priority(long value) {
            this.priority = value;
            return this;
        }

        /** @param value table (implies {@code TO_TABLE} unless another action is set) @return this */
        public Builder table(int value) {
            this.table = value;
            return this;
        }

        /** @param mark fwmark @param mask mask, or {@link #UNSET} @return this */
        public Builder fwmark(long mark, long mask) {
            this.fwmark = mark;
            this.fwmask = mask;
            return this;
        }

        /** @param value input interface name @return this */
        public Builder iif(String value) {
            this.iifName = value;
            return this;
        }

        /** @param value output interface name @return this */
        public Builder oif(String value) {
            this.oifName = value;
            return this;
        }

        /** @param value target priority (implies {@code GOTO}) @return this */
        public Builder gotoTarget(long value) {
            this.gotoTarget = value;
            return this;
        }

        /** @param value action @return this */
        public Builder action(RuleAction value) {
            this.action = value;
            return this;
        }

        /** @param value tos @return this */
        public Builder tos(int value) {
            this.tos = value;
            return this;
        }

        /** @param value {@code RTPROT_*} @return this */
        public Builder protocol(int value) {
            this.protocol = value;
            return this;
        }

        /** @return the rule */
        public Rule build() {
            RuleAction a = action != null ? action
                    : gotoTarget != UNSET ? RuleAction.GOTO : table != 0 ? RuleAction.TO_TABLE : RuleAction.UNSPEC;
            return new Rule(family, from, fromPrefix, to, toPrefix, invert, priority, table, fwmark, fwmask, iifName,
                    oifName, gotoTarget, a, tos, protocol);
        }
    }
}
