package org.keepalived4j.config.build;

import java.time.Duration;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.model.vrrp.InterfaceDelays;
import org.keepalived4j.config.model.vrrp.VirtualIpAddress;
import org.keepalived4j.config.model.vrrp.VirtualRoute;
import org.keepalived4j.config.model.vrrp.VirtualRule;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * The root blocks that are not instances: {@code static_ipaddress}, {@code static_routes}, {@code static_rules},
 * {@code track_group} and {@code interface_up_down_delays}.
 */
final class VrrpStaticReader {

    private VrrpStaticReader() {
    }

    static void addresses(VrrpBuild build, ConfigNode node) {
        for (ConfigNode line : ValueBlocks.lines(node, build.ctx)) {
            VirtualIpAddress a = build.addresses.parse(line, true, build.defaultInterface(),
                    build.trackGroups::containsKey);
            if (a != null) {
                build.staticAddresses.add(a);
            }
        }
    }

    static void routes(VrrpBuild build, ConfigNode node) {
        for (ConfigNode line : ValueBlocks.lines(node, build.ctx)) {
            VirtualRoute r = build.routes.parse(line, true, build.trackGroups::containsKey);
            if (r != null) {
                build.staticRoutes.add(r);
            }
        }
    }

    static void rules(VrrpBuild build, ConfigNode node) {
        for (ConfigNode line : ValueBlocks.lines(node, build.ctx)) {
            VirtualRule r = build.rules.parse(line, true, build.trackGroups::containsKey);
            if (r != null) {
                build.staticRules.add(r);
            }
        }
    }

    static void trackGroup(VrrpBuild build, ConfigNode node) {
        BuildContext c = build.ctx;
        if (node.argCount() != 1) {
            c.error(node, "track_group must have a name - skipping");
            return;
        }
        String name = node.arg(0);
        if (build.trackGroups.containsKey(name)) {
            c.error(node, "track_group " + name + " already defined");
            return;
        }
        VrrpBuild.StaticTrackGroupBuilder g = new VrrpBuild.StaticTrackGroupBuilder(name, node.position());
        build.trackGroups.put(name, g);
        for (ConfigNode n : node.block()) {
            if (!n.keyword().equals("group")) {
                c.report(ConfigErrorKind.UNKNOWN_KEYWORD, n, "Unknown keyword '" + n.keyword() + "'");
                continue;
            }
            if (g.members != null) {
                c.error(n, "Group list already specified for sync group " + name);
                continue;
            }
            g.members = ValueBlocks.words(n, c);
            if (g.members.isEmpty()) {
                c.error(n, "Warning - track group " + name + " has empty group block");
            }
        }
    }

    static void interfaceDelays(VrrpBuild build, ConfigNode node) {
        BuildContext c = build.ctx;
        for (ConfigNode line : ValueBlocks.lines(node, c)) {
            String name = line.keyword();
            if (!build.interfaces.exists(name)) {
                c.report(ConfigErrorKind.FATAL, line, "unknown interface " + name + " specified for up/down delay");
                continue;
            }
            if (line.argCount() < 1) {
                continue;
            }
            var down = Numbers.readTimerUs(c, line.position(), line.arg(0), 0, 255_000_000L);
            if (down.isEmpty()) {
                continue;
            }
            long up = 0;
            if (line.argCount() >= 2) {
                var u = Numbers.readTimerUs(c, line.position(), line.arg(1), 0, 255_000_000L);
                if (u.isEmpty()) {
                    continue;
                }
                up = u.getAsLong();
            }
            build.interfaceDelays.add(new InterfaceDelays(name, Duration.ofNanos(down.getAsLong() * 1000),
                    Duration.ofNanos(up * 1000)));
        }
    }
}
