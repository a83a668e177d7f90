package org.keepalived4j.vrrp.bind;

import java.time.Duration;
import java.util.List;
import org.keepalived4j.config.model.vrrp.TrackFile;
import org.keepalived4j.config.model.vrrp.VrrpScript;
import org.keepalived4j.config.model.vrrp.VrrpTrackProcess;

/**
 * One thing an instance tracks, with the weight and {@code reverse} of its tracking line, free of source
 * positions so that a reload can compare them. The tracked object itself (script, file, process) is identified by
 * its block name and settings; instances tracking the same block share one tracker.
 */
public sealed interface TrackEntry {
    /** The weight; 0 means the instance goes to FAULT when the object fails. */
    int weight();

    /** {@code reverse}: the sense of the object is inverted. */
    boolean reverse();

    /** The key trackers are shared by ({@code script:NAME}, {@code file:NAME}, {@code process:NAME}, {@code if:NAME}). */
    String key();

    /**
     * {@code track_interface}, or the instance's own interface (weight 0) unless {@code dont_track_primary}.
     *
     * @param interfaceName the interface
     * @param weight        weight
     * @param reverse       reverse
     */
    record Interface(String interfaceName, int weight, boolean reverse) implements TrackEntry {
        @Override
        public String key() {
            return "if:" + interfaceName;
        }
    }

    /**
     * {@code track_script} of a {@code vrrp_script}.
     *
     * @param name     the vrrp_script name
     * @param argv     the argv to exec (after the script user switch), empty when the script is refused
     * @param interval {@code interval}
     * @param timeout  the effective timeout
     * @param rise     {@code rise}
     * @param fall     {@code fall}
     * @param initFail {@code init_fail}
     * @param weight   weight
     * @param reverse  reverse
     */
    record Script(String name, List<String> argv, Duration interval, Duration timeout, int rise, int fall,
                  boolean initFail, int weight, boolean reverse) implements TrackEntry {
        /** Copies. */
        public Script {
            argv = List.copyOf(argv);
        }

        @Override
        public String key() {
            return "script:" + name;
        }

        /** From the model. */
        public static Script of(VrrpScript s, List<String> argv, int weight, boolean reverse) {
            return new Script(s.name(), argv, s.interval(), s.effectiveTimeout(), Math.max(1, s.rise()),
                    Math.max(1, s.fall()), s.initFail(), weight, reverse);
        }
    }

    /**
     * {@code track_file}.
     *
     * @param name      the track_file name
     * @param path      the file
     * @param init      {@code init_file}, or null
     * @param weight    weight
     * @param reverse   reverse
     */
    record File(String name, String path, TrackFile.Init init, int weight, boolean reverse) implements TrackEntry {
        @Override
        public String key() {
            return "file:" + name;
        }
    }

    /**
     * {@code track_process}.
     *
     * @param process   the vrrp_track_process block, position aside
     * @param weight    weight
     * @param reverse   reverse
     */
    record Process(ProcessSpec process, int weight, boolean reverse) implements TrackEntry {
        @Override
        public String key() {
            return "process:" + process.name();
        }
    }

    /**
     * A {@code vrrp_track_process} block without its position.
     *
     * @param name           the block name
     * @param process        {@code process}
     * @param parameters     the arguments to match
     * @param paramMatch     how they are matched
     * @param quorum         {@code quorum}
     * @param quorumMax      {@code quorum_max}
     * @param terminateDelay {@code terminate_delay}
     * @param forkDelay      {@code fork_delay}
     * @param fullCommand    {@code full_command}
     */
    record ProcessSpec(String name, String process, List<String> parameters, VrrpTrackProcess.ParamMatch paramMatch,
                       long quorum, long quorumMax, Duration terminateDelay, Duration forkDelay,
                       boolean fullCommand) {
        /** Copies. */
        public ProcessSpec {
            parameters = List.copyOf(parameters);
        }

        /** From the model. */
        public static ProcessSpec of(VrrpTrackProcess p) {
            return new ProcessSpec(p.name(), p.process(), p.parameters(), p.paramMatch(), p.quorum(), p.quorumMax(),
                    p.terminateDelay() == null ? Duration.ZERO : p.terminateDelay(),
                    p.forkDelay() == null ? Duration.ZERO : p.forkDelay(), p.fullCommand());
        }
    }
}
