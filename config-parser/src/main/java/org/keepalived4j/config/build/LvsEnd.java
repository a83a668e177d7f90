package org.keepalived4j.config.build;

import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.model.lvs.AddressFamily;
import org.keepalived4j.config.model.lvs.ForwardingMethod;
import org.keepalived4j.config.model.lvs.LvsNames;
import org.keepalived4j.config.tree.ConfigNode;

/** keepalived's {@code vs_end_handler}: the sorry server's family, and the family of a fwmark virtual server. */
final class LvsEnd {

    private LvsEnd() {
    }

    static void virtualServer(LvsDrafts.Vs vs, ConfigNode node, BuildContext ctx) {
        LvsDrafts.Sorry s = vs.sorry;
        if (s != null && (s.forwarding == null || s.forwarding.method() != ForwardingMethod.TUN)) {
            AddressFamily af = AddressFamily.of(s.address.getAddress());
            if (vs.af == null) {
                vs.af = af;
            } else if (vs.af != af) {
                ctx.report(ConfigErrorKind.GENERAL_ERROR, node.blockEnd(),
                        "Address family of virtual server and sorry server " + LvsNames.address(s.address.getAddress())
                                + " don't match - skipping sorry server.");
                vs.sorry = null;
            }
        }
        if (vs.af == null && vs.groupName == null) {
            // a fwmark service whose servers are all tunnelled: their family if they agree, else IPv4
            AddressFamily af = vs.sorry == null ? null : AddressFamily.of(vs.sorry.address.getAddress());
            boolean mixed = false;
            for (LvsDrafts.Rs rs : vs.realServers) {
                if (af == null) {
                    af = rs.family();
                } else if (af != rs.family()) {
                    mixed = true;
                    break;
                }
            }
            vs.af = mixed || af == null ? AddressFamily.INET : af;
        }
    }
}
