package org.keepalived4j.config.model;

import java.util.List;
import java.util.Objects;

/**
 * What keepalived decided about one script after the whole config was read (lib/notify.c {@code check_script_secure}
 * and the per-process checks): whether it runs, the command it runs (the program found on the path, symbolic links
 * resolved) and the user and group it runs as.
 *
 * <p>A runtime runs {@link #command()} as {@link #uid()}/{@link #gid()} when {@link #runnable()}, and skips the script
 * otherwise (keepalived disables it, with the message the config test printed).
 *
 * @param script   the script as configured
 * @param purpose  what it is for (which keepalived process checks and runs it)
 * @param owner    its name in keepalived's messages (the vrrp_script name of a track script), or {@code null}
 * @param status   what became of it
 * @param command  the command to run
 * @param uid      the user id to run as, -1 if none could be set
 * @param gid      the group id to run as, -1 if none could be set
 * @param insecure true if a file or directory on its path is writable by someone other than root
 */
public record ScriptVerdict(ScriptCommand script, Purpose purpose, String owner, Status status, List<String> command,
                            int uid, int gid, boolean insecure) {

    public ScriptVerdict {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(status, "status");
        command = List.copyOf(command);
    }

    /** True if keepalived would run the script. */
    public boolean runnable() {
        return status.runnable();
    }

    /** What a script is for; keepalived checks scripts per process, with different messages. */
    public enum Purpose {
        /** {@code vrrp_script NAME { script ... }}. */
        VRRP_TRACK(Process.VRRP),
        /** {@code notify*} of a vrrp_instance or vrrp_sync_group. */
        VRRP_NOTIFY(Process.VRRP),
        /** {@code MISC_CHECK { misc_path ... }}. */
        CHECKER_MISC(Process.CHECKER),
        /** {@code notify_up}/{@code notify_down} of a real server, {@code quorum_up}/{@code quorum_down}. */
        CHECKER_NOTIFY(Process.CHECKER),
        /** {@code notify_fifo_script}: run by both the VRRP and the checker process. */
        NOTIFY_FIFO(Process.BOTH),
        /** {@code vrrp_notify_fifo_script}. */
        VRRP_NOTIFY_FIFO(Process.VRRP),
        /** {@code lvs_notify_fifo_script}. */
        LVS_NOTIFY_FIFO(Process.CHECKER),
        /** {@code startup_script}/{@code shutdown_script}: run by the parent process. */
        START_STOP(Process.PARENT),
        /** Registered without saying: treated as a VRRP notify script. */
        OTHER(Process.VRRP);

        /** The keepalived process that checks and runs a script. */
        public enum Process { PARENT, VRRP, CHECKER, BOTH }

        private final Process process;

        Purpose(Process process) {
            this.process = process;
        }

        /** The process that checks and runs the script. */
        public Process process() {
            return process;
        }
    }

    /** What became of a script. */
    public enum Status {
        /** Found, executable, and safe (or allowed) to run. */
        RUNNABLE,
        /** A {@code </path} redirection test keepalived runs through the shell. */
        SYSTEM,
        /** Not checked (the host's files were not inspected, or its process has nothing to do): runs as configured. */
        UNCHECKED,
        /** Its user or group does not exist, or the default user could not be set: dropped. */
        NO_USER,
        /** The program (or a directory on its path) was not found: disabled. */
        NOT_FOUND,
        /** Not executable by its user (or, for a notify script, a redirection test): disabled. */
        NOT_EXECUTABLE,
        /** Unsafe with enable_script_security, or the wrong file type on its path: disabled. */
        INHIBITED;

        /** True if keepalived would still run the script. */
        public boolean runnable() {
            return this == RUNNABLE || this == SYSTEM || this == UNCHECKED;
        }
    }
}
