package org.keepalived4j.config.build;

import java.util.List;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.tree.ConfigNode;

/** {@code vrrp_sync_group NAME { group { ... } track_* notify_* ... }} (vrrp_parser.c vrrp_group_* handlers). */
final class VrrpSyncGroupReader {

    private interface Slot {
        ScriptCommand get(VrrpSyncGroupBuilder g);

        void set(VrrpSyncGroupBuilder g, ScriptCommand s);
    }

    private static final KeywordTable<VrrpSyncGroupBuilder> TABLE = build();

    private VrrpSyncGroupReader() {
    }


    private static KeywordTable<VrrpSyncGroupBuilder> build() {
        KeywordTable<VrrpSyncGroupBuilder> t = new KeywordTable<>("vrrp_sync_group");
        t.addBlock("group", (g, n, c) -> {
            if (g.memberNames != null) {
                c.error(n, "Group list already specified for sync group " + g.name);
                return;
            }
            List<String> names = ValueBlocks.words(n, c);
            if (names.isEmpty()) {
                c.error(n, "Warning - sync group " + g.name + " has empty group block");
                return;
            }
            g.memberNames = names;
        });
        notify(t, "notify_backup", g -> g.notifyBackup, (g, s) -> g.notifyBackup = s);
        notify(t, "notify_master", g -> g.notifyMaster, (g, s) -> g.notifyMaster = s);
        notify(t, "notify_fault", g -> g.notifyFault, (g, s) -> g.notifyFault = s);
        notify(t, "notify_stop", g -> g.notifyStop, (g, s) -> g.notifyStop = s);
        notify(t, "notify", g -> g.notify, (g, s) -> g.notify = s);
        t.add("smtp_alert", (g, n, c) -> {
            Boolean v = VrrpInstanceOptionKeywords.bool(n);
            if (v == null) {
                c.error(n, "Invalid vrrp_group smtp_alert parameter " + n.arg(0));
                return;
            }
            g.smtpAlert = v;
        });
        t.add("global_tracking", (g, n, c) -> {
            c.error(n, "(" + g.name + ") global_tracking is deprecated. Use track_interface/script/file on the"
                    + " sync group");
            g.trackingWeight = true;
        });
        t.add("sync_group_tracking_weight", (g, n, c) -> g.trackingWeight = true);
        t.add("notify_priority_changes", (g, n, c) -> {
            Boolean v = VrrpInstanceOptionKeywords.bool(n);
            if (v == null) {
                c.error(n, "(" + g.name + ") Invalid value '" + n.arg(0)
                        + "' for sync group notify_priority_changes specified");
                return;
            }
            g.notifyPriorityChanges = v;
        });
        t.supportedLater("track_bfd", "BFD tracking");
        return t;
    }

    private static void notify(KeywordTable<VrrpSyncGroupBuilder> t, String kw,
                               java.util.function.Function<VrrpSyncGroupBuilder, ScriptCommand> get,
                               java.util.function.BiConsumer<VrrpSyncGroupBuilder, ScriptCommand> set) {
        t.add(kw, (g, n, c) -> {
            if (get.apply(g) != null) {
                c.error(n, "vrrp group " + g.name + ": " + kw + " script already specified - ignoring "
                        + (n.argCount() > 0 ? n.arg(0) : ""));
                return;
            }
            set.accept(g, VrrpScriptCommands.notifyScript(n, c, g.name));
        });
    }

    /** Reads a sync group block. */
    static void read(VrrpBuild build, ConfigNode node) {
        if (node.argCount() != 1) {
            build.ctx.error(node, "vrrp_sync_group must have a name - skipping");
            return;
        }
        String name = node.arg(0);
        if (build.syncGroups.stream().anyMatch(g -> g.name.equals(name))) {
            build.ctx.error(node, "vrrp sync group " + name + " already defined");
            return;
        }
        VrrpSyncGroupBuilder g = new VrrpSyncGroupBuilder(name, node.position());
        build.syncGroups.add(g);
        for (ConfigNode n : node.block()) {
            switch (n.keyword()) {
                case "track_interface" -> block(build, n, () -> build.tracks.interfaces(name, n, g.track));
                case "track_script" -> block(build, n, () -> build.tracks.scripts(name, n, g.track));
                case "track_file" -> block(build, n, () -> build.tracks.files(name, n, g.track));
                case "track_process" -> block(build, n, () -> build.tracks.processes(name, n, g.track));
                default -> TABLE.apply(g, n, build.ctx);
            }
        }
    }

    private static void block(VrrpBuild build, ConfigNode n, Runnable r) {
        if (!n.hasBlock()) {
            build.ctx.report(org.keepalived4j.config.ConfigErrorKind.MISSING_BOB, n,
                    "Missing '{' at beginning of configuration block");
            return;
        }
        r.run();
    }

    /** smtp_alert default: {@code smtp_alert_vrrp}, else {@code smtp_alert}, else false. */
    static boolean smtpDefault(GlobalDefs g) {
        return g.smtpAlertVrrp() != null ? g.smtpAlertVrrp() : g.smtpAlert();
    }
}
