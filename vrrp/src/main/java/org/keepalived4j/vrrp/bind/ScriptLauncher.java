package org.keepalived4j.vrrp.bind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.ScriptCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a configured script ({@code vrrp_script}, {@code notify_*}) into the argv to exec, without a shell, as
 * keepalived's {@code notify_exec} / {@code system_call_script} run it: as the script's user ({@code user} in a
 * {@code vrrp_script}, else {@code script_user}, else {@code keepalived_script} when that user exists, else root).
 *
 * <table>
 * <caption>How the user is switched</caption>
 * <tr><th>Case</th><th>argv</th></tr>
 * <tr><td>user root, or we are not root</td><td>the command as configured (we cannot switch users unprivileged;
 *     keepalived would have refused at start)</td></tr>
 * <tr><td>another user, {@code setpriv} present</td><td>{@code setpriv --reuid=U --regid=G --init-groups --
 *     command...}</td></tr>
 * <tr><td>another user, no {@code setpriv}</td><td>the command as root, with a warning once</td></tr>
 * </table>
 *
 * <p>keepalived's refusal of scripts that are unsafe to run as root ({@code enable_script_security}) is decided by
 * config-parser's {@code ScriptSecurity}; its verdicts are not part of the config model, so the daemon passes them
 * in as {@code runnable} ({@code ScriptSecurity.Result::runnable}). Without it every script is runnable.
 */
public final class ScriptLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(ScriptLauncher.class);
    /** keepalived's default script user, used when it exists and {@code script_user} is not set. */
    public static final String DEFAULT_SCRIPT_USER = "keepalived_script";
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private final String defaultUser;
    private final String defaultGroup;
    private final Predicate<ScriptCommand> runnable;
    private final UserDirectory users;
    private final boolean canSwitch;
    private boolean warnedNoSetpriv;

    /** Looks users up (an {@code /etc/passwd} reader in production, a map in tests). */
    @FunctionalInterface
    public interface UserDirectory {
        /** The primary group id of {@code user}, or empty when there is no such user. */
        Optional<Integer> primaryGid(String user);

        /** The system's {@code /etc/passwd}. */
        static UserDirectory system() {
            return user -> {
                try {
                    for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
                        String[] f = line.split(":");
                        if (f.length > 3 && f[0].equals(user)) {
                            return Optional.of(Integer.parseInt(f[3]));
                        }
                    }
                } catch (IOException | NumberFormatException e) {
                    LOG.warn("cannot read /etc/passwd: {}", e.toString());
                }
                return Optional.empty();
            };
        }
    }

    /**
     * @param defaultUser  {@code script_user}, or null for keepalived's default
     * @param defaultGroup {@code script_user USER GROUP}'s group, or null
     * @param runnable     the security verdicts ({@code ScriptSecurity.Result::runnable}); scripts it refuses are
     *                     not run
     * @param users        user lookup
     * @param canSwitch    whether we may switch users (we are root and {@code setpriv} exists)
     */
    public ScriptLauncher(String defaultUser, String defaultGroup, Predicate<ScriptCommand> runnable,
                          UserDirectory users, boolean canSwitch) {
        this.users = users;
        this.runnable = runnable;
        this.canSwitch = canSwitch;
        if (defaultUser != null) {
            this.defaultUser = defaultUser;
            this.defaultGroup = defaultGroup;
        } else if (users.primaryGid(DEFAULT_SCRIPT_USER).isPresent()) {
            this.defaultUser = DEFAULT_SCRIPT_USER;
            this.defaultGroup = null;
        } else {
            this.defaultUser = "root";
            this.defaultGroup = null;
        }
    }

    /** A launcher for this host with the config's {@code script_user} and every script runnable. */
    public static ScriptLauncher forHost(GlobalDefs globals) {
        boolean root = "root".equals(System.getProperty("user.name"));
        return new ScriptLauncher(globals.scriptUser(), globals.scriptGroup(), c -> true, UserDirectory.system(),
                root && Files.isExecutable(SETPRIV));
    }

    /** This launcher with other security verdicts. */
    public ScriptLauncher withVerdicts(Predicate<ScriptCommand> verdicts) {
        return new ScriptLauncher(defaultUser, defaultGroup, verdicts, users, canSwitch);
    }

    /** The user a script runs as. */
    public String userOf(ScriptCommand script) {
        return script.user() != null ? script.user() : defaultUser;
    }

    /**
     * The argv to exec for {@code script}, or empty when the security verdict refuses it (keepalived disables
     * such scripts; config-parser reported why).
     */
    public Optional<List<String>> argv(ScriptCommand script) {
        if (!runnable.test(script)) {
            return Optional.empty();
        }
        String user = userOf(script);
        String group = script.user() != null ? script.group() : (script.group() != null ? script.group()
                : defaultGroup);
        if ("root".equals(user) && (group == null || "root".equals(group))) {
            return Optional.of(script.args());
        }
        if (!canSwitch) {
            if (!warnedNoSetpriv) {
                warnedNoSetpriv = true;
                LOG.warn("scripts configured to run as {} run as the daemon's user: switching users needs root and"
                        + " {}", user, SETPRIV);
            }
            return Optional.of(script.args());
        }
        List<String> argv = new ArrayList<>();
        argv.add(SETPRIV.toString());
        argv.add("--reuid=" + user);
        if (group != null) {
            argv.add("--regid=" + group);
        } else {
            Optional<Integer> gid = users.primaryGid(user);
            if (gid.isEmpty()) {
                LOG.warn("script user {} does not exist - not running {}", user, script.program());
                return Optional.empty();
            }
            argv.add("--regid=" + gid.get());
        }
        argv.add("--init-groups");
        argv.add("--");
        argv.addAll(script.args());
        return Optional.of(List.copyOf(argv));
    }

    /** {@link #argv} or an empty list (the state machine's "no script"). */
    public List<String> argvOrNone(ScriptCommand script) {
        return script == null ? List.of() : argv(script).orElse(List.of());
    }
}
