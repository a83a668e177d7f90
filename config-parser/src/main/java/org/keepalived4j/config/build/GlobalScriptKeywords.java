package org.keepalived4j.config.build;

import java.time.Duration;
import java.util.OptionalLong;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * global_defs keywords about scripts and notify FIFOs: {@code script_user}, {@code enable_script_security},
 * {@code startup_script[_timeout]}, {@code shutdown_script[_timeout]}, {@code [vrrp_|lvs_]notify_fifo[_script]},
 * {@code vrrp_notify_priority_changes}, {@code fifo_write_vrrp_states_on_reload}.
 */
final class GlobalScriptKeywords {

    private GlobalScriptKeywords() {
    }

    static void register(KeywordTable<GlobalDefsBuilder> t) {
        t.add("script_user", GlobalScriptKeywords::scriptUser);
        t.add("enable_script_security", (b, n, ctx) -> b.enableScriptSecurity = true);
        t.add("startup_script", (b, n, ctx) -> {
            if (b.startupScript != null) {
                ctx.error(n, "startup script already specified");
                return;
            }
            ScriptCommand s = startStopScript(n, ctx, "startup");
            if (s != null) {
                b.startupScript = s;
                if (b.startupScriptTimeout.isZero()) {
                    b.startupScriptTimeout = Duration.ofSeconds(10);
                }
            }
        });
        t.add("shutdown_script", (b, n, ctx) -> {
            if (b.shutdownScript != null) {
                ctx.error(n, "shutdown script already specified");
                return;
            }
            ScriptCommand s = startStopScript(n, ctx, "shutdown");
            if (s != null) {
                b.shutdownScript = s;
                if (b.shutdownScriptTimeout.isZero()) {
                    b.shutdownScriptTimeout = Duration.ofSeconds(10);
                }
            }
        });
        t.add("startup_script_timeout", (b, n, ctx) -> {
            Duration d = scriptTimeout(n, ctx, "startup");
            if (d != null) {
                b.startupScriptTimeout = d;
            }
        });
        t.add("shutdown_script_timeout", (b, n, ctx) -> {
            Duration d = scriptTimeout(n, ctx, "shutdown");
            if (d != null) {
                b.shutdownScriptTimeout = d;
            }
        });
        t.add("notify_fifo", (b, n, ctx) -> fifo(b.notifyFifo, n, ctx));
        t.add("notify_fifo_script", (b, n, ctx) -> fifoScript(b.notifyFifo, n, ctx, ScriptUse.NOTIFY_FIFO));
        t.add("vrrp_notify_fifo", (b, n, ctx) -> fifo(b.vrrpNotifyFifo, n, ctx));
        t.add("vrrp_notify_fifo_script",
                (b, n, ctx) -> fifoScript(b.vrrpNotifyFifo, n, ctx, ScriptUse.VRRP_NOTIFY_FIFO));
        t.add("lvs_notify_fifo", (b, n, ctx) -> fifo(b.lvsNotifyFifo, n, ctx));
        t.add("lvs_notify_fifo_script",
                (b, n, ctx) -> fifoScript(b.lvsNotifyFifo, n, ctx, ScriptUse.LVS_NOTIFY_FIFO));
        t.add("vrrp_notify_priority_changes", (b, n, ctx) -> {
            Boolean v = GlobalArgs.globalBool(n, ctx);
            if (v != null) {
                b.vrrpNotifyPriorityChanges = v;
            }
        });
        t.add("fifo_write_vrrp_states_on_reload", (b, n, ctx) -> b.fifoWriteVrrpStatesOnReload = true);
    }

    /** {@code script_user USER [GROUP]}: keepalived looks the names up at once (set_default_script_user). */
    private static void scriptUser(GlobalDefsBuilder b, ConfigNode n, BuildContext ctx) {
        if (!GlobalArgs.has(n, 1)) {
            ctx.error(n, "No script username specified");
            return;
        }
        String user = n.arg(0);
        String group = GlobalArgs.has(n, 2) ? n.arg(1) : null;
        b.scriptUser = user;
        b.scriptGroup = group;
        HostView host = ctx.options().host();
        if (host.user(user).isEmpty()) {
            GlobalArgs.info(n, ctx, "Script user '" + user + "' does not exist");
            ctx.error(n, "Error setting global script uid/gid");
        } else if (group != null && host.groupId(group).isEmpty()) {
            GlobalArgs.info(n, ctx, "Script group '" + group + "' does not exist");
            ctx.error(n, "Error setting global script uid/gid");
        }
    }

    private static ScriptCommand startStopScript(ConfigNode n, BuildContext ctx, String type) {
        if (!GlobalArgs.has(n, 1)) {
            ctx.error(n, type + " script missing");
            return null;
        }
        ScriptCommand s = Scripts.fromNode(n, ctx, ScriptUse.START_STOP, type);
        if (s == null) {
            ctx.error(n, "Invalid " + type + " script");
        }
        return s;
    }

    private static Duration scriptTimeout(ConfigNode n, BuildContext ctx, String type) {
        if (!GlobalArgs.has(n, 1)) {
            ctx.error(n, type + "_script_timeout requires value");
            return null;
        }
        OptionalLong v = GlobalArgs.unsigned(n, n.arg(0), 1, 1000, ctx);
        if (v.isEmpty()) {
            ctx.error(n, type + "_script_timeout '" + n.arg(0) + "' must be in [1, 1000] - ignoring");
            return null;
        }
        return Duration.ofSeconds(v.getAsLong());
    }

    /** {@code [type]notify_fifo PATH [USER [GROUP]]}. */
    private static void fifo(GlobalDefsBuilder.FifoBuilder f, ConfigNode n, BuildContext ctx) {
        if (!GlobalArgs.has(n, 1)) {
            ctx.error(n, "No " + f.type + "notify_fifo name specified");
            return;
        }
        if (f.path != null) {
            ctx.error(n, f.type + "notify_fifo already specified - ignoring " + n.arg(0));
            return;
        }
        String user = GlobalArgs.word(n, 2);
        String group = GlobalArgs.word(n, 3);
        HostView host = ctx.options().host();
        if (user != null && (host.user(user).isEmpty() || group != null && host.groupId(group).isEmpty())) {
            // keepalived names the FIFO before it was saved: "(null)".
            GlobalArgs.info(n, ctx, "Invalid user/group for " + f.type + " fifo (null) - ignoring");
            return;
        }
        f.path = n.arg(0);
        f.user = user;
        f.group = group;
        f.position = n.position();
    }

    /** {@code [type]notify_fifo_script SCRIPT [USER [GROUP]]}. */
    private static void fifoScript(GlobalDefsBuilder.FifoBuilder f, ConfigNode n, BuildContext ctx, ScriptUse use) {
        if (!GlobalArgs.has(n, 1)) {
            ctx.error(n, "No " + f.type + "notify_fifo_script specified");
            return;
        }
        if (f.script != null) {
            ctx.error(n, f.type + "notify_fifo_script already specified - ignoring " + n.arg(0));
            return;
        }
        f.script = Scripts.fromNode(n, ctx, use, f.type + "notify_fifo");
    }
}
