package org.keepalived4j.config.model.vrrp;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * {@code vrrp_track_process NAME { process PATH [ARGS...]; param_match [initial|partial]; weight N [reverse];
 * quorum N; quorum_max N; delay T; terminate_delay T; fork_delay T; full_command }}.
 *
 * @param name           the name referenced by {@code track_process}
 * @param process        the process name or path
 * @param parameters     the arguments to match (empty: any)
 * @param paramMatch     how the arguments are matched
 * @param weight         -254..254, default 0 (fault when the quorum is lost)
 * @param weightReverse  {@code reverse}
 * @param quorum         minimum number of processes, default 1
 * @param quorumMax      maximum number of processes, default unlimited ({@link #UNLIMITED})
 * @param terminateDelay delay before acting on a process' end, or zero
 * @param forkDelay      delay before acting on a new process, or zero
 * @param fullCommand    match against the whole command line rather than the process name
 * @param position       where the block starts
 */
public record VrrpTrackProcess(String name, String process, List<String> parameters, ParamMatch paramMatch,
                               int weight, boolean weightReverse, long quorum, long quorumMax,
                               Duration terminateDelay, Duration forkDelay, boolean fullCommand,
                               SourcePosition position) {

    /** keepalived's "no maximum" (UINT_MAX). */
    public static final long UNLIMITED = 0xFFFF_FFFFL;

    /** How the parameters of a process are compared. */
    public enum ParamMatch {
        /** Parameters not compared. */
        NONE,
        /** All parameters equal. */
        EXACT,
        /** The configured parameters are the first ones. */
        INITIAL,
        /** The configured parameters appear somewhere. */
        PARTIAL
    }

    public VrrpTrackProcess {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(process, "process");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(position, "position");
    }
}
