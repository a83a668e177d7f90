package org.keepalived4j.check.checker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.ScriptCommand;

/**
 * Whom a script runs as (keepalived's {@code script_user} rules): the script's own {@code user [group]} (MISC_CHECK
 * {@code user}), else global {@code script_user USER [GROUP]}, else {@code keepalived_script} if that user exists,
 * else root. A script for anyone but root is started through {@code setpriv --reuid U --regid G --init-groups}
 * (util-linux), so no shell and no fork code of ours is involved.
 *
 * <p>Only a root process can switch users: when this process is not root, or the script's user is root, the command
 * is run as it is. The config parser's script-security verdicts (which refuse unsafe scripts) are not on the model
 * yet; scripts reach us already accepted by {@code keepalived4j -t}'s rules.
 */
public final class ScriptUser {

    /** keepalived's default script user, used when it exists. */
    static final String DEFAULT_USER = "keepalived_script";

    private final String user;
    private final String group;
    private final boolean switchUsers;
    private final String setpriv;
    private final Function<String, OptionalInt> primaryGid;

    /**
     * @param user        the default user ({@code script_user}), or null for keepalived_script/root
     * @param group       the default group, or null for the user's
     * @param switchUsers true if this process may switch users (it is root)
     * @param setpriv     the path of setpriv, or null when it is not installed
     * @param primaryGid  a user's primary group id, empty if there is no such user
     */
    ScriptUser(String user, String group, boolean switchUsers, String setpriv,
               Function<String, OptionalInt> primaryGid) {
        this.primaryGid = primaryGid;
        this.user = user != null ? user : primaryGid.apply(DEFAULT_USER).isPresent() ? DEFAULT_USER : "root";
        this.group = user != null ? group : null;
        this.switchUsers = switchUsers;
        this.setpriv = setpriv;
    }

    /** The rules of a config's {@code global_defs}, on this host. */
    public static ScriptUser of(GlobalDefs globals) {
        String setpriv = null;
        for (String p : List.of("/usr/bin/setpriv", "/bin/setpriv", "/usr/sbin/setpriv")) {
            if (Files.isExecutable(Path.of(p))) {
                setpriv = p;
                break;
            }
        }
        return new ScriptUser(globals.scriptUser(), globals.scriptGroup(),
                "root".equals(System.getProperty("user.name")), setpriv, ScriptUser::passwdGid);
    }

    /** Everything runs as this process (tests, or a config without scripts). */
    public static ScriptUser asThisProcess() {
        return new ScriptUser("root", null, false, null, u -> OptionalInt.empty());
    }

    /**
     * The command line that runs {@code script} as its user.
     *
     * @throws IllegalStateException when the script must run as another user and setpriv is missing
     */
    public List<String> command(ScriptCommand script) {
        String u = script.user() != null ? script.user() : user;
        String g = script.user() != null ? script.group() : group;
        if (!switchUsers || "root".equals(u) && g == null) {
            return script.args();
        }
        if (setpriv == null) {
            throw new IllegalStateException("cannot run " + script.program() + " as " + u
                    + ": setpriv (util-linux) is not installed");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(setpriv);
        cmd.add("--reuid=" + u);
        String gid = g;
        if (gid == null) {
            OptionalInt primary = primaryGid.apply(u);
            if (primary.isEmpty()) {
                throw new IllegalStateException("cannot run " + script.program() + ": no user " + u);
            }
            gid = Integer.toString(primary.getAsInt());
        }
        cmd.add("--regid=" + gid);
        cmd.add("--init-groups");
        cmd.add("--");
        cmd.addAll(script.args());
        return cmd;
    }

    private static OptionalInt passwdGid(String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
                String[] f = line.split(":");
                if (f.length > 3 && f[0].equals(name)) {
                    return OptionalInt.of(Integer.parseInt(f[3]));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
        return OptionalInt.empty();
    }
}
