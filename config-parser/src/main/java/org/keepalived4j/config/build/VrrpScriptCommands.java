package org.keepalived4j.config.build;

import java.util.List;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.tree.ConfigNode;

/** The VRRP side's use of {@link Scripts}: notify scripts of instances and sync groups, and vrrp_script commands. */
final class VrrpScriptCommands {

    private VrrpScriptCommands() {
    }

    /** A {@code notify_*} line of instance or sync group {@code owner}; null when reported as unreadable. */
    static ScriptCommand notifyScript(ConfigNode node, BuildContext ctx, String owner) {
        return Scripts.fromNode(node, ctx, ScriptUse.VRRP_NOTIFY, owner);
    }

    /** The command words of a {@code vrrp_script}'s {@code script} line (empty if none). */
    static List<String> scriptWords(ConfigNode node, BuildContext ctx) {
        List<String> w = Scripts.commandFromNode(node, ctx);
        return w == null ? List.of() : w;
    }

    /** Registers a complete vrrp_script command for the script-security check. */
    static void registerTrack(BuildContext ctx, ScriptCommand cmd, String scriptName) {
        Scripts.register(ctx, cmd, ScriptUse.VRRP_TRACK, scriptName);
    }
}
