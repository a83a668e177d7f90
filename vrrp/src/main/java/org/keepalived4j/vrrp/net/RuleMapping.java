package org.keepalived4j.vrrp.net;

import org.keepalived4j.config.model.vrrp.VirtualRule;
import org.keepalived4j.netlink.rtnl.IpFamily;
import org.keepalived4j.netlink.rtnl.Rule;
import org.keepalived4j.netlink.rtnl.RuleAction;
import org.keepalived4j.vrrp.bind.KeywordWarnings;

/**
 * A {@code virtual_rules} / {@code static_rules} line as an {@code RTM_NEWRULE} request: {@code from}, {@code to},
 * {@code not}, the action ({@code table}/{@code goto}/{@code nop}/{@code blackhole}/{@code unreachable}/
 * {@code prohibit}), {@code preference}, {@code tos}, {@code fwmark[/mask]}, {@code iif}, {@code oif} and the
 * protocol. {@code realms}, {@code suppress_*}, {@code tunnel-id}, {@code uidrange}, {@code l3mdev},
 * {@code ipproto}, {@code sport} and {@code dport} are reported once as unsupported and left out.
 */
public final class RuleMapping {
    private RuleMapping() {
    }

    /** The netlink rule of a line. */
    public static Rule toRule(VirtualRule r, KeywordWarnings warnings) {
        if (r.realms() != null || r.suppressPrefixLength() != null || r.suppressGroup() != null
                || r.tunnelId() != null || r.uidRange() != null || r.l3mdev() || r.ipProto() != null
                || r.sourcePorts() != null || r.destinationPorts() != null) {
            warnings.unsupported(null, "virtual_rules realms/suppress_*/tunnel-id/uidrange/l3mdev/ipproto/sport/dport",
                    "the rule is added without them");
        }
        IpFamily family = r.family() == org.keepalived4j.config.model.vrrp.IpFamily.INET6 ? IpFamily.INET6
                : IpFamily.INET;
        Rule.Builder b = Rule.builder(family).invert(r.invert()).priority(r.preference())
                .action(RuleAction.fromCode(r.action().code()));
        if (r.from() != null) {
            b.from(r.from().address(), r.from().prefixLength());
        }
        if (r.to() != null) {
            b.to(r.to().address(), r.to().prefixLength());
        }
        if (r.action() == org.keepalived4j.config.model.vrrp.RuleAction.TO_TABLE) {
            b.table((int) r.table());
        }
        if (r.gotoTarget() != null) {
            b.gotoTarget(r.gotoTarget());
        }
        if (r.tos() != null) {
            b.tos(r.tos());
        }
        if (r.fwmark() != null) {
            b.fwmark(r.fwmark(), r.fwmask() == null ? Rule.UNSET : r.fwmask());
        }
        if (r.inputInterface() != null) {
            b.iif(r.inputInterface());
        }
        if (r.outputInterface() != null) {
            b.oif(r.outputInterface());
        }
        if (r.protocol() != null) {
            b.protocol(r.protocol());
        }
        return b.build();
    }
}
