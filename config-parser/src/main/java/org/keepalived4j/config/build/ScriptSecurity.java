package org.keepalived4j.config.build;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.NotifyFifo;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.model.ScriptVerdict;
import org.keepalived4j.config.model.ScriptVerdict.Status;
import org.keepalived4j.config.model.ScriptVerdicts;

/**
 * keepalived's script security, run once after the whole configuration was read: which user each script runs as
 * ({@code script_user}, else {@code keepalived_script} if that user exists, else root), whether the program can be
 * found and executed, whether it is safe to run as root (lib/notify.c {@code check_script_secure}), and the verdict
 * keepalived prints when scripts would run without {@code enable_script_security}:
 * {@code SECURITY VIOLATION - scripts are being executed but script_security not enabled.} (exit status 6 of
 * {@code keepalived -t}).
 *
 * <p>Call it from the model builder after the VRRP and LVS sections were finished; the verdicts become part of the
 * model ({@link org.keepalived4j.config.model.KeepalivedConfig#scripts()}), where the runtimes find them:
 * <pre>{@code
 * ScriptVerdicts scripts = ScriptSecurity.check(ctx, globalDefs, vrrpInstancesExist, virtualServersExist);
 * }</pre>
 * As keepalived, the VRRP process checks its scripts only if there is a vrrp_instance, the checker process only if
 * there is a virtual_server. The host is asked through {@link HostView}; a view that does not inspect files
 * ({@link HostView#lenient()}) makes every script {@link Status#UNCHECKED}.
 */
public final class ScriptSecurity {

    private final BuildContext ctx;
    private final GlobalDefs global;
    private final HostView host;
    private final ScriptUsers users;
    private final List<ScriptVerdict> verdicts = new ArrayList<>();

    private ScriptSecurity(BuildContext ctx, GlobalDefs global) {
        this.ctx = ctx;
        this.global = global;
        this.host = ctx.options().host();
        this.users = new ScriptUsers(ctx, global);
    }

    /**
     * Checks every script registered in {@code ctx} and the global ones in {@code global}.
     *
     * @param ctx                where the scripts were registered and where messages go
     * @param global             the finished globals (script user, script security, FIFO and start/stop scripts)
     * @param vrrpInstancesExist true if the config has at least one vrrp_instance
     * @param virtualServersExist true if the config has at least one virtual_server
     * @return the verdict on each script
     */
    public static ScriptVerdicts check(BuildContext ctx, GlobalDefs global, boolean vrrpInstancesExist,
                               boolean virtualServersExist) {
        return new ScriptSecurity(ctx, global).run(vrrpInstancesExist, virtualServersExist);
    }

    private ScriptVerdicts run(boolean vrrp, boolean checker) {
        List<RegisteredScript> parent = new ArrayList<>();
        add(parent, global.daemon().startupScript(), ScriptUse.START_STOP, "startup");
        add(parent, global.daemon().shutdownScript(), ScriptUse.START_STOP, "shutdown");
        List<RegisteredScript> checkerScripts = new ArrayList<>();
        List<RegisteredScript> vrrpScripts = new ArrayList<>();
        for (RegisteredScript r : ctx.registeredScripts()) {
            switch (r.use()) {
                case VRRP_TRACK, VRRP_NOTIFY, OTHER -> vrrpScripts.add(r);
                case CHECKER_MISC, CHECKER_NOTIFY -> checkerScripts.add(r);
                default -> {
                    // FIFO and start/stop scripts are taken from the finished globals (conflicts removed some).
                }
            }
        }
        addFifo(checkerScripts, global.notifyFifo(), ScriptUse.NOTIFY_FIFO);
        addFifo(checkerScripts, global.lvsNotifyFifo(), ScriptUse.LVS_NOTIFY_FIFO);
        addFifo(vrrpScripts, global.notifyFifo(), ScriptUse.NOTIFY_FIFO);
        addFifo(vrrpScripts, global.vrrpNotifyFifo(), ScriptUse.VRRP_NOTIFY_FIFO);

        group(parent, true, "start/shutdown scripts");
        group(checkerScripts, checker, "check scripts");
        group(vrrpScripts, vrrp, "scripts");
        return new ScriptVerdicts(verdicts);
    }

    private static void add(List<RegisteredScript> to, ScriptCommand s, ScriptUse use, String owner) {
        if (s != null) {
            to.add(new RegisteredScript(s, use, owner));
        }
    }

    private static void addFifo(List<RegisteredScript> to, NotifyFifo fifo, ScriptUse use) {
        if (fifo != null && fifo.script() != null) {
            to.add(new RegisteredScript(fifo.script(), use, null));
        }
    }

    /** The scripts one keepalived process checks, then its verdict on script security. */
    private void group(List<RegisteredScript> scripts, boolean active, String what) {
        int flags = 0;
        for (RegisteredScript r : scripts) {
            ScriptUsers.Ids ids = users.resolve(r);
            if (ids == null) {
                verdicts.add(new ScriptVerdict(r.script(), r.use().purpose(), r.owner(), Status.NO_USER,
                        r.script().args(), -1, -1, false));
                continue;
            }
            if (!active || !host.inspectsFiles()) {
                verdicts.add(new ScriptVerdict(r.script(), r.use().purpose(), r.owner(), Status.UNCHECKED,
                        r.script().args(), ids.uid(), ids.gid(), false));
                continue;
            }
            ScriptFileCheck.Outcome o = new ScriptFileCheck(host, ctx, global.enableScriptSecurity())
                    .check(r.script().args(), ids.uid(), ids.gid(), r.script().position());
            flags |= o.flags();
            verdicts.add(new ScriptVerdict(r.script(), r.use().purpose(), r.owner(), status(r, o.flags()), o.args(),
                    ids.uid(), ids.gid(), (o.flags() & ScriptFileCheck.INSECURE) != 0));
        }
        if (active && !global.enableScriptSecurity() && (flags & ScriptFileCheck.IS_SCRIPT) != 0) {
            ctx.report(ConfigErrorKind.SECURITY_ERROR, SourcePosition.NONE, "SECURITY VIOLATION - " + what
                    + " are being executed but script_security not enabled."
                    + ((flags & ScriptFileCheck.INSECURE) != 0 ? " There are insecure scripts." : ""));
        }
    }

    /** What keepalived does with a script given its flags; reports as keepalived reports. */
    private Status status(RegisteredScript r, int flags) {
        boolean inhibit = (flags & ScriptFileCheck.INHIBIT) != 0;
        boolean notFound = (flags & ScriptFileCheck.NOT_FOUND) != 0;
        boolean executable = (flags & ScriptFileCheck.EXECUTABLE) != 0;
        boolean system = (flags & ScriptFileCheck.SYSTEM) != 0;
        SourcePosition at = r.script().position();
        switch (r.use()) {
            case VRRP_TRACK -> {
                if (inhibit) {
                    ctx.report(ConfigErrorKind.GENERAL_ERROR, at, "Disabling track script " + r.owner()
                            + " due to insecure");
                } else if (notFound) {
                    ctx.report(ConfigErrorKind.GENERAL_ERROR, at, "Disabling track script " + r.owner()
                            + " since not found/accessible");
                }
            }
            case CHECKER_MISC -> {
                String cmd = Scripts.commandString(r.script().args());
                if (inhibit) {
                    ctx.report(ConfigErrorKind.NOTICE, at, "Disabling misc script " + cmd + " due to insecure");
                } else if (notFound) {
                    ctx.report(ConfigErrorKind.NOTICE, at, "Disabling misc script " + cmd
                            + " since not found/accessible");
                }
            }
            default -> {
                // notify and start/stop scripts are dropped without a message
            }
        }
        if (inhibit) {
            return Status.INHIBITED;
        }
        if (notFound) {
            return Status.NOT_FOUND;
        }
        boolean systemAllowed = r.use() == ScriptUse.VRRP_TRACK || r.use() == ScriptUse.CHECKER_MISC
                || r.use() == ScriptUse.START_STOP;
        if (system && systemAllowed) {
            return Status.SYSTEM;
        }
        return executable ? Status.RUNNABLE : Status.NOT_EXECUTABLE;
    }
}
