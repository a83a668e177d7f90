package org.keepalived4j.config.model;

import java.util.List;
import org.keepalived4j.config.SourcePosition;

/**
 * A script keepalived runs (vrrp_script, notify_*, MISC_CHECK, ...): the command split into words as keepalived
 * splits it (no shell), and whom it runs as.
 *
 * @param args     the program and its arguments; {@code args.get(0)} is the program
 * @param user     the user to run as ({@code null}: the config's {@code script_user}, default keepalived_script or root)
 * @param group    the group to run as, or {@code null} for the user's group
 * @param position where the script was given
 */
public record ScriptCommand(List<String> args, String user, String group, SourcePosition position) {

    public ScriptCommand {
        args = List.copyOf(args);
        if (args.isEmpty()) {
            throw new IllegalArgumentException("a script needs a program");
        }
    }

    /** The program (first word). */
    public String program() {
        return args.getFirst();
    }
}
