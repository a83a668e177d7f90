package org.keepalived4j.config.build;

import org.keepalived4j.config.tree.ConfigNode;

/** {@code vrrp_instance NAME { ... }}: the name checks, the keyword table, and keepalived's vrrp_end_handler. */
final class VrrpInstanceReader {

    private VrrpInstanceReader() {
    }

    static void read(VrrpBuild build, ConfigNode node) {
        BuildContext c = build.ctx;
        if (node.argCount() != 1) {
            c.error(node, "vrrp_instance must have a name");
            return;
        }
        String name = node.arg(0);
        if (build.instance(name) != null) {
            c.error(node, "vrrp instance " + name + " already defined");
            return;
        }
        VrrpInstanceBuilder b = new VrrpInstanceBuilder(build, name, node.position());
        build.instances.add(b);
        VrrpInstanceKeywords.TABLE.apply(b, node.block(), c);
        var end = VrrpScriptReader.endOf(node);
        if (b.unicastConfigured && (b.vmac || b.ipvlan)) {
            if (b.interfaceName == null) {
                c.report(org.keepalived4j.config.ConfigErrorKind.GENERAL_ERROR, end, "(" + name
                        + "): Cannot use VMAC/ipvlan with unicast and no interface - clearing use_vmac");
                b.vmac = false;
                b.ipvlan = false;
                b.vmacName = null;
            } else if (!b.vmacXmitBase) {
                c.report(org.keepalived4j.config.ConfigErrorKind.GENERAL_ERROR, end, "(" + name
                        + ") unicast with use_vmac requires vmac_xmit_base - setting");
                b.vmacXmitBase = true;
            }
        }
        if (b.peers.isEmpty() && b.ttl != -1) {
            c.report(org.keepalived4j.config.ConfigErrorKind.GENERAL_ERROR, end, "(" + name
                    + "): Cannot use unicast_ttl without unicast peers - resetting");
            b.ttl = 0;
        }
        if (b.interfaceName == null) {
            b.linkbeat = false;
        }
    }
}
