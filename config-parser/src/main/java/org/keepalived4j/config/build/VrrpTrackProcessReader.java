package org.keepalived4j.config.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.model.vrrp.VrrpTrackProcess;
import org.keepalived4j.config.tree.ConfigNode;

/** {@code vrrp_track_process NAME { ... }} (vrrp_parser.c vrrp_tprocess_*). */
final class VrrpTrackProcessReader {

    private static final class Draft {
        final String name;
        String process;
        List<String> params = new ArrayList<>();
        VrrpTrackProcess.ParamMatch match = VrrpTrackProcess.ParamMatch.NONE;
        int weight;
        boolean reverse;
        long quorum = 1;
        long quorumMax = VrrpTrackProcess.UNLIMITED;
        long terminateUs;
        long forkUs;
        boolean full;

        Draft(String name) {
            this.name = name;
        }
    }

    private static final KeywordTable<Draft> TABLE = new KeywordTable<Draft>("vrrp_track_process")
            .add("process", (d, n, c) -> {
                String p = Args.first(n, c);
                if (p == null) {
                    return;
                }
                if (d.process != null) {
                    c.error(n, "Process already set for track process " + d.name + " - ignoring " + p);
                    return;
                }
                d.process = p;
                if (n.argCount() > 1) {
                    for (int i = 1; i < n.argCount(); i++) {
                        d.params.add(n.arg(i));
                    }
                    if (d.match == VrrpTrackProcess.ParamMatch.NONE) {
                        d.match = VrrpTrackProcess.ParamMatch.EXACT;
                    }
                    d.full = true;
                }
            })
            .add("param_match", (d, n, c) -> {
                if (n.argCount() == 0) {
                    d.match = VrrpTrackProcess.ParamMatch.EXACT;
                    d.full = true;
                } else if (n.arg(0).equals("initial")) {
                    d.match = VrrpTrackProcess.ParamMatch.INITIAL;
                    d.full = true;
                } else if (n.arg(0).equals("partial")) {
                    d.match = VrrpTrackProcess.ParamMatch.PARTIAL;
                    d.full = true;
                } else {
                    c.error(n, "Invalid param_match type " + n.arg(0) + " - ignoring");
                }
            })
            .add("weight", (d, n, c) -> {
                if (n.argCount() < 1) {
                    c.error(n, "No weight specified for track process " + d.name + " - ignoring");
                    return;
                }
                if (d.weight != 0) {
                    c.error(n, "Weight already set for track process " + d.name + " - ignoring " + n.arg(0));
                    return;
                }
                var v = Numbers.readInt(c, n.position(), n.arg(0), -254, 254);
                if (v.isEmpty()) {
                    c.error(n, "Weight (" + n.arg(0) + ") for vrrp_track_process " + d.name
                            + " must be between [-254..254] inclusive. Ignoring...");
                    return;
                }
                if (n.argCount() >= 2) {
                    if (n.arg(1).equals("reverse")) {
                        d.reverse = true;
                    } else {
                        c.error(n, "vrrp_track_process " + d.name + " unknown weight option " + n.arg(1));
                    }
                }
                d.weight = v.getAsInt();
            })
            .add("quorum", (d, n, c) -> {
                String s = n.argCount() > 0 ? n.arg(0) : "";
                var v = Numbers.readUnsigned(c, n.position(), s, 1, 65535);
                if (v.isEmpty()) {
                    c.error(n, "Quorum (" + s + ") for vrrp_track_process " + d.name
                            + " must be between [1..65535] inclusive. Ignoring...");
                } else if (v.getAsInt() > d.quorumMax) {
                    c.error(n, "Quorum is greater than quorum_max - ignoring");
                } else {
                    d.quorum = v.getAsInt();
                }
            })
            .add("quorum_max", (d, n, c) -> {
                String s = n.argCount() > 0 ? n.arg(0) : "";
                var v = Numbers.readUnsigned(c, n.position(), s, 0, 65535);
                if (v.isEmpty()) {
                    c.error(n, "quorum_max (" + s + ") for vrrp_track_process " + d.name
                            + " must be between [0..65535] inclusive. Ignoring...");
                    return;
                }
                long max = v.getAsInt();
                if ((max != 0 || d.quorum > 1) && max < d.quorum) {
                    c.error(n, "quorum_max is less than quorum - ignoring");
                    return;
                }
                d.quorumMax = max;
                if (max == 0) {
                    d.quorum = 0;
                } else if (d.quorum == 0) {
                    d.quorum = 1;
                }
            })
            .add("delay", (d, n, c) -> delay(d, n, c, ""))
            .add("terminate_delay", (d, n, c) -> delay(d, n, c, "terminate_"))
            .add("fork_delay", (d, n, c) -> delay(d, n, c, "fork_"))
            .add("full_command", (d, n, c) -> d.full = true);

    private VrrpTrackProcessReader() {
    }

    private static void delay(Draft d, ConfigNode n, BuildContext c, String which) {
        String s = n.argCount() > 0 ? n.arg(0) : "";
        var v = Numbers.readDecimal(c, n.position(), s, 1, 3_600_000_000L, Numbers.TIMER_DIGITS);
        if (v.isEmpty()) {
            c.error(n, which + "delay (" + s + ") for vrrp_track_process " + d.name
                    + " must be between [0.000001..3600] inclusive. Ignoring...");
            return;
        }
        if (!which.equals("fork_")) {
            d.terminateUs = v.getAsLong();
        }
        if (!which.equals("terminate_")) {
            d.forkUs = v.getAsLong();
        }
    }

    static void read(VrrpBuild build, ConfigNode node) {
        String name = node.argCount() > 0 ? node.arg(0) : "";
        Draft d = new Draft(name);
        TABLE.apply(d, node.block(), build.ctx);
        if (d.process == null) {
            build.ctx.report(ConfigErrorKind.GENERAL_ERROR, VrrpScriptReader.endOf(node),
                    "track process '" + name + "' process name not specified");
            return;
        }
        build.processes.put(name, new VrrpTrackProcess(name, d.process, d.params, d.match, d.weight, d.reverse,
                d.quorum, d.quorumMax, Duration.ofNanos(d.terminateUs * 1000), Duration.ofNanos(d.forkUs * 1000),
                d.full, node.position()));
    }
}
