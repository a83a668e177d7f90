package org.keepalived4j.config.build;

import java.util.Optional;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.ScriptCommand;

/**
 * Who a script runs as (lib/notify.c {@code set_uid_gid}, {@code get_default_script_user}): its own user and group,
 * else the {@code script_user}, else {@code keepalived_script} if it exists, else the user keepalived runs as - unless
 * script security is on, when a missing {@code keepalived_script} is an error. The default is resolved once.
 */
final class ScriptUsers {

    /** The user keepalived prefers for scripts. */
    static final String DEFAULT_USER = "keepalived_script";

    /** A resolved uid and gid. */
    record Ids(int uid, int gid) {
    }

    private final BuildContext ctx;
    private final GlobalDefs global;
    private final HostView host;
    private boolean defaultResolved;
    private Ids defaultIds;

    ScriptUsers(BuildContext ctx, GlobalDefs global) {
        this.ctx = ctx;
        this.global = global;
        this.host = ctx.options().host();
    }

    /** The ids the script runs as, or {@code null} if none could be set (reported as keepalived reports). */
    Ids resolve(RegisteredScript r) {
        ScriptCommand s = r.script();
        if (s.user() != null) {
            Ids ids = lookup(s.user(), s.group(), s.position());
            if (ids == null) {
                explicitFailure(r);
            }
            return ids;
        }
        Ids ids = defaultIds(s.position());
        if (ids == null) {
            defaultFailure(r);
        }
        return ids;
    }

    private Ids defaultIds(SourcePosition at) {
        if (!defaultResolved) {
            defaultResolved = true;
            if (global.scriptUser() != null) {
                // A failure was reported where script_user stood ("Error setting global script uid/gid").
                defaultIds = lookupQuietly(global.scriptUser(), global.scriptGroup());
            } else {
                defaultIds = lookup(DEFAULT_USER, null, at);
                if (defaultIds == null) {
                    if (global.enableScriptSecurity()) {
                        ctx.report(ConfigErrorKind.GENERAL_ERROR, at, "Unable to set default user " + DEFAULT_USER
                                + " for script");
                    } else {
                        defaultIds = new Ids(host.effectiveUid(), host.effectiveGid());
                    }
                }
            }
        }
        return defaultIds;
    }

    private Ids lookup(String user, String group, SourcePosition at) {
        Optional<HostView.UserInfo> u = host.user(user);
        if (u.isEmpty()) {
            ctx.report(ConfigErrorKind.NOTICE, at, "Script user '" + user + "' does not exist");
            return null;
        }
        int gid = u.get().gid();
        if (group != null) {
            Optional<Integer> g = host.groupId(group);
            if (g.isEmpty()) {
                ctx.report(ConfigErrorKind.NOTICE, at, "Script group '" + group + "' does not exist");
                return null;
            }
            gid = g.get();
        }
        return new Ids(u.get().uid(), gid);
    }

    private Ids lookupQuietly(String user, String group) {
        Optional<HostView.UserInfo> u = host.user(user);
        if (u.isEmpty()) {
            return null;
        }
        if (group == null) {
            return new Ids(u.get().uid(), u.get().gid());
        }
        return host.groupId(group).map(g -> new Ids(u.get().uid(), g)).orElse(null);
    }

    private void explicitFailure(RegisteredScript r) {
        ScriptCommand s = r.script();
        String cmd = Scripts.commandString(s.args());
        switch (r.use()) {
            case VRRP_TRACK -> ctx.report(ConfigErrorKind.GENERAL_ERROR, s.position(),
                    "Unable to set uid/gid for script " + cmd);
            case CHECKER_MISC -> ctx.report(ConfigErrorKind.GENERAL_ERROR, s.position(),
                    "Failed to set uid/gid for misc checker script " + cmd + " - removing");
            default -> ctx.report(ConfigErrorKind.NOTICE, s.position(),
                    "Invalid user/group for " + label(r) + " script " + s.program() + " - ignoring");
        }
    }

    private void defaultFailure(RegisteredScript r) {
        ScriptCommand s = r.script();
        switch (r.use()) {
            case VRRP_TRACK -> ctx.report(ConfigErrorKind.GENERAL_ERROR, s.position(),
                    "Unable to set default user for vrrp script " + r.owner() + " - removing");
            case CHECKER_MISC -> ctx.report(ConfigErrorKind.GENERAL_ERROR, s.position(),
                    "Unable to set default user for misc script " + Scripts.commandString(s.args()) + " - removing");
            default -> ctx.report(ConfigErrorKind.NOTICE, s.position(),
                    "Failed to set default user for " + label(r) + " script " + s.program() + " - ignoring");
        }
    }

    private static String label(RegisteredScript r) {
        return switch (r.use()) {
            case START_STOP -> r.owner() != null ? r.owner() : "startup";
            case NOTIFY_FIFO -> "notify_fifo";
            case VRRP_NOTIFY_FIFO -> "vrrp_notify_fifo";
            case LVS_NOTIFY_FIFO -> "lvs_notify_fifo";
            default -> "notify";
        };
    }
}
