package org.keepalived4j.config.build;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.VrrpConfig;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * Reads the VRRP top-level blocks ({@code vrrp_instance}, {@code vrrp_script}, {@code vrrp_sync_group},
 * {@code track_file}, {@code vrrp_track_process}, {@code garp_group}, {@code static_*}, {@code track_group},
 * {@code interface_up_down_delays}).
 *
 * <p>The root table only collects these statements; {@link #finish(GlobalDefs)} reads them in file order once the
 * globals are known (as keepalived's VRRP process does: its messages come after the global ones), then applies
 * keepalived's {@code vrrp_complete_init} in {@link VrrpCompletion}.
 */
final class VrrpSection {

    private final BuildContext ctx;
    private final List<ConfigNode> pending = new ArrayList<>();

    VrrpSection(BuildContext ctx) {
        this.ctx = ctx;
    }

    /** Adds this section's top-level keywords to the root table. */
    void register(KeywordTable<Void> root) {
        for (String kw : List.of("vrrp_instance", "vrrp_script", "vrrp_sync_group", "garp_group", "track_file",
                "vrrp_track_file", "vrrp_track_process", "static_ipaddress", "static_routes", "static_rules",
                "track_group", "interface_up_down_delays")) {
            root.addBlock(kw, (t, node, c) -> pending.add(node));
        }
        root.supportedLater("linkbeat_interfaces", "linkbeat polling");
    }

    /** Reads the collected blocks, applies defaults, resolves references and checks. */
    VrrpConfig finish(GlobalDefs global) {
        VrrpBuild build = new VrrpBuild(ctx, global);
        for (ConfigNode node : pending) {
            switch (node.keyword()) {
                case "vrrp_instance" -> VrrpInstanceReader.read(build, node);
                case "vrrp_script" -> VrrpScriptReader.read(build, node);
                case "vrrp_sync_group" -> VrrpSyncGroupReader.read(build, node);
                case "garp_group" -> GarpGroupReader.read(build, node);
                case "track_file", "vrrp_track_file" -> TrackFileReader.read(build, node);
                case "vrrp_track_process" -> VrrpTrackProcessReader.read(build, node);
                case "static_ipaddress" -> VrrpStaticReader.addresses(build, node);
                case "static_routes" -> VrrpStaticReader.routes(build, node);
                case "static_rules" -> VrrpStaticReader.rules(build, node);
                case "track_group" -> VrrpStaticReader.trackGroup(build, node);
                case "interface_up_down_delays" -> VrrpStaticReader.interfaceDelays(build, node);
                default -> throw new IllegalStateException("unexpected " + node.keyword());
            }
        }
        return new VrrpCompletion(build).complete();
    }
}
