package org.keepalived4j.netlink.rtnl.internal;

import org.keepalived4j.netlink.msg.FibRuleHdrFlyweight;
import org.keepalived4j.netlink.msg.NlAttrFlyweight;
import org.keepalived4j.netlink.msg.NlMessageWriter;
import org.keepalived4j.netlink.msg.NlMsgHdrFlyweight;
import org.keepalived4j.netlink.msg.Rtnl;
import org.keepalived4j.netlink.rtnl.IpFamily;
import org.keepalived4j.netlink.rtnl.Rule;
import org.keepalived4j.netlink.rtnl.RuleAction;

/**
 * {@code RTM_NEWRULE}/{@code RTM_DELRULE} bodies, after keepalived's {@code netlink_rule}: for a table lookup,
 * tables below 256 in {@code fib_rule_hdr.table} (table 0 meaning main) and larger ones in {@code FRA_TABLE};
 * {@code FRA_GOTO} with action {@code FR_ACT_GOTO}; interface names NUL-terminated. Pure.
 */
final class RuleCodec {
    private final FibRuleHdrFlyweight frh = new FibRuleHdrFlyweight();
    private final NlAttrFlyweight attr = new NlAttrFlyweight();

    /** @param w after {@code begin(RTM_GETRULE, DUMP)} @param family family */
    void encodeDump(NlMessageWriter w, IpFamily family) {
        frh.wrap(w.buffer(), w.reserve(FibRuleHdrFlyweight.SIZE)).family(family.code());
    }

    /** @param w after {@code begin(RTM_NEWRULE or RTM_DELRULE)} @param r the rule */
    void encode(NlMessageWriter w, Rule r) {
        frh.wrap(w.buffer(), w.reserve(FibRuleHdrFlyweight.SIZE)).family(r.family().code())
                .dstLength(r.to() != null ? r.toPrefix() : 0).srcLength(r.from() != null ? r.fromPrefix() : 0)
                .tos(r.tos()).action(r.action().code()).flags(r.invert() ? Rtnl.FIB_RULE_INVERT : 0);
        if (r.action() == RuleAction.TO_TABLE) {
            if (r.table() < 256) {
                frh.table(r.table() == 0 ? Rtnl.RT_TABLE_MAIN : r.table());
            } else {
                frh.table(Rtnl.RT_TABLE_UNSPEC);
                w.putU32(Rtnl.FRA_TABLE, r.table());
            }
        }
        if (r.from() != null) {
            w.putAddress(Rtnl.FRA_SRC, r.from());
        }
        if (r.to() != null) {
            w.putAddress(Rtnl.FRA_DST, r.to());
        }
        if (r.priority() != Rule.UNSET) {
            w.putU32(Rtnl.FRA_PRIORITY, (int) r.priority());
        }
        if (r.fwmark() != Rule.UNSET) {
            w.putU32(Rtnl.FRA_FWMARK, (int) r.fwmark());
        }
        if (r.fwmask() != Rule.UNSET) {
            w.putU32(Rtnl.FRA_FWMASK, (int) r.fwmask());
        }
        if (r.iifName() != null) {
            w.putString(Rtnl.FRA_IIFNAME, r.iifName());
        }
        if (r.oifName() != null) {
            w.putString(Rtnl.FRA_OIFNAME, r.oifName());
        }
        if (r.gotoTarget() != Rule.UNSET) {
            w.putU32(Rtnl.FRA_GOTO, (int) r.gotoTarget());
        }
        if (r.protocol() >= 0) {
            w.putU8(Rtnl.FRA_PROTOCOL, r.protocol());
        }
    }

    /** @param m an {@code RTM_NEWRULE} message @return the rule, or {@code null} for another family */
    Rule decode(NlMsgHdrFlyweight m) {
        frh.wrap(m.segment(), m.payloadOffset());
        IpFamily family = IpFamily.fromCode(frh.family());
        if (family == null) {
            return null;
        }
        Rule.Builder b = Rule.builder(family).invert((frh.flags() & Rtnl.FIB_RULE_INVERT) != 0).tos(frh.tos())
                .action(RuleAction.fromCode(frh.action())).table(frh.table());
        long fwmark = Rule.UNSET;
        long fwmask = Rule.UNSET;
        attr.wrap(m.segment(), frh.end(), m.end());
        while (attr.next()) {
            switch (attr.type()) {
                case Rtnl.FRA_SRC -> b.from(attr.address(), frh.srcLength());
                case Rtnl.FRA_DST -> b.to(attr.address(), frh.dstLength());
                case Rtnl.FRA_TABLE -> b.table(attr.u32());
                case Rtnl.FRA_PRIORITY -> b.priority(Integer.toUnsignedLong(attr.u32()));
                case Rtnl.FRA_FWMARK -> fwmark = Integer.toUnsignedLong(attr.u32());
                case Rtnl.FRA_FWMASK -> fwmask = Integer.toUnsignedLong(attr.u32());
                case Rtnl.FRA_IIFNAME -> b.iif(attr.string());
                case Rtnl.FRA_OIFNAME -> b.oif(attr.string());
                case Rtnl.FRA_GOTO -> b.gotoTarget(Integer.toUnsignedLong(attr.u32()));
                case Rtnl.FRA_PROTOCOL -> b.protocol(attr.u8());
                default -> {
                    // suppress_*, uid range, ports...: not part of the model
                }
            }
        }
        if (fwmark != Rule.UNSET || fwmask != Rule.UNSET) {
            b.fwmark(fwmark, fwmask);
        }
        return b.build();
    }
}
