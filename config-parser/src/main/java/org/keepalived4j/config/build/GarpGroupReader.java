package org.keepalived4j.config.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.model.vrrp.GarpGroup;
import org.keepalived4j.config.tree.ConfigNode;

/** {@code garp_group { garp_interval T; gna_interval T; interface IF; interfaces { ... } }} (vrrp_parser.c). */
final class GarpGroupReader {

    private GarpGroupReader() {
    }

    static void read(VrrpBuild build, ConfigNode node) {
        BuildContext c = build.ctx;
        Duration garp = null;
        Duration gna = null;
        List<String> ifs = new ArrayList<>();
        int aggregation = 0;
        for (ConfigNode n : node.block()) {
            switch (n.keyword()) {
                case "garp_interval", "gna_interval" -> {
                    String s = n.argCount() > 0 ? n.arg(0) : "";
                    var v = Numbers.readDecimal(c, n.position(), s, 0, Integer.MAX_VALUE, Numbers.TIMER_DIGITS);
                    if (v.isEmpty()) {
                        c.error(n, "garp_group " + n.keyword() + " '" + s + "' invalid");
                    } else if (n.keyword().equals("garp_interval")) {
                        garp = Duration.ofNanos(v.getAsLong() * 1000);
                    } else {
                        gna = Duration.ofNanos(v.getAsLong() * 1000);
                    }
                }
                case "interface" -> {
                    String s = Args.first(n, c);
                    if (s != null) {
                        addInterface(build, n, s, ifs);
                    }
                }
                case "interfaces" -> {
                    if (!n.hasBlock()) {
                        c.report(ConfigErrorKind.MISSING_BOB, n, "Missing '{' at beginning of configuration block");
                        continue;
                    }
                    List<String> names = ValueBlocks.words(n, c);
                    if (names.isEmpty()) {
                        c.error(n, "Warning - empty garp_group interfaces block");
                        continue;
                    }
                    aggregation = 1 + (int) build.garpGroups.stream().filter(g -> g.aggregationGroup() != 0).count();
                    for (String s : names) {
                        addInterface(build, n, s, ifs);
                    }
                }
                default -> c.report(ConfigErrorKind.UNKNOWN_KEYWORD, n, "Unknown keyword '" + n.keyword() + "'");
            }
        }
        if (garp == null && gna == null) {
            c.report(ConfigErrorKind.GENERAL_ERROR, VrrpScriptReader.endOf(node),
                    "garp group " + aggregation + " does not have any delay set - removing");
            ifs.forEach(build.garpInterfaces::remove);
            return;
        }
        GarpGroup g = new GarpGroup(garp, gna, ifs, aggregation, node.position());
        build.garpGroups.add(g);
        ifs.forEach(i -> build.garpInterfaces.put(i, g));
    }

    private static void addInterface(VrrpBuild build, ConfigNode n, String name, List<String> ifs) {
        if (!build.interfaces.lookup(name)) {
            build.ctx.error(n, "WARNING - interface " + name + " specified for garp_group doesn't exist");
            return;
        }
        if (build.garpInterfaces.containsKey(name) || ifs.contains(name)) {
            build.ctx.error(n, "garp_group already specified for " + name + " - ignoring");
            return;
        }
        ifs.add(name);
    }
}
