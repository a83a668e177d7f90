package org.keepalived4j.config.build;

import java.time.Duration;
import java.util.List;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.model.vrrp.VrrpScript;
import org.keepalived4j.config.tree.ConfigNode;

/** {@code vrrp_script NAME { ... }} with keepalived's defaults and messages (vrrp_parser.c vrrp_vscript_*). */
final class VrrpScriptReader {

    /** The block while it is read. */
    private static final class Draft {
        final String name;
        List<String> args = List.of();
        ConfigNode scriptNode;
        long intervalS = 1;
        long timeoutS;
        int weight;
        boolean reverse;
        int rise = 1;
        int fall = 1;
        String user;
        String group;
        boolean initFail;

        Draft(String name) {
            this.name = name;
        }
    }

    private static final long MAX_S = 0xFFFF_FFFFL / 1_000_000;

    private static final KeywordTable<Draft> TABLE = new KeywordTable<Draft>("vrrp_script")
            .add("script", (d, n, c) -> {
                d.args = VrrpScriptCommands.scriptWords(n, c);
                d.scriptNode = n;
            })
            .add("interval", (d, n, c) -> {
                Long v = seconds(d, n, c, "(" + d.name + "): vrrp script interval '%s' must be between 1 and "
                        + MAX_S + " - ignoring");
                if (v != null) {
                    if (v == 0) {
                        c.error(n, "(" + d.name + "): vrrp script interval must be greater than 0, setting to 1");
                        v = 1L;
                    }
                    d.intervalS = v;
                }
            })
            .add("timeout", (d, n, c) -> {
                Long v = seconds(d, n, c, "(" + d.name + "): vrrp script timeout '%s' invalid - ignoring");
                if (v != null) {
                    if (v == 0) {
                        c.error(n, "(" + d.name + "): vrrp script timeout must be greater than 0, setting to 1");
                        v = 1L;
                    }
                    d.timeoutS = v;
                }
            })
            .add("weight", (d, n, c) -> {
                String s = Args.first(n, c);
                if (s == null) {
                    return;
                }
                var v = Numbers.readInt(c, n.position(), s, -253, 253);
                if (v.isEmpty()) {
                    c.error(n, "vrrp_script " + d.name + " weight " + s + " must be in [-253, 253]");
                    d.weight = 0;
                } else {
                    d.weight = v.getAsInt();
                }
                if (n.argCount() >= 2) {
                    if (n.arg(1).equals("reverse")) {
                        d.reverse = true;
                    } else {
                        c.error(n, "vrrp_script " + d.name + " unknown weight option " + n.arg(1));
                    }
                }
            })
            .add("rise", (d, n, c) -> d.rise = count(d, n, c, "rise"))
            .add("fall", (d, n, c) -> d.fall = count(d, n, c, "fall"))
            .add("user", (d, n, c) -> {
                String u = Args.first(n, c);
                if (u != null) {
                    d.user = u;
                    d.group = n.argCount() > 1 ? n.arg(1) : null;
                }
            })
            .add("init_fail", (d, n, c) -> d.initFail = true);

    private VrrpScriptReader() {
    }

    private static Long seconds(Draft d, ConfigNode n, BuildContext c, String err) {
        String s = Args.first(n, c);
        if (s == null) {
            return null;
        }
        var v = Numbers.readDecimal(c, n.position(), s, 0, MAX_S, 0);
        if (v.isEmpty()) {
            c.error(n, err.replace("%s", s));
            return null;
        }
        return v.getAsLong();
    }

    private static int count(Draft d, ConfigNode n, BuildContext c, String what) {
        String s = n.argCount() > 0 ? n.arg(0) : "";
        var v = Numbers.readDecimal(c, n.position(), s, 1, Integer.MAX_VALUE, 0);
        if (v.isEmpty()) {
            c.error(n, "(" + d.name + "): vrrp script " + what + " value '" + s + "' invalid, defaulting to 1");
            return 1;
        }
        return (int) v.getAsLong();
    }

    /** Reads the block; a script without {@code script} is removed with keepalived's message. */
    static void read(VrrpBuild build, ConfigNode node) {
        BuildContext c = build.ctx;
        String name = node.argCount() > 0 ? node.arg(0) : "";
        Draft d = new Draft(name);
        TABLE.apply(d, node.block(), c);
        if (d.args.isEmpty()) {
            c.report(org.keepalived4j.config.ConfigErrorKind.GENERAL_ERROR, endOf(node),
                    "No script set for vrrp_script " + name + " - removing");
            return;
        }
        ScriptCommand cmd = new ScriptCommand(d.args, d.user, d.group, d.scriptNode.position());
        VrrpScriptCommands.registerTrack(c, cmd, name);
        build.scripts.put(name, new VrrpScript(name, cmd, Duration.ofSeconds(d.intervalS),
                Duration.ofSeconds(d.timeoutS), d.weight, d.reverse, d.rise, d.fall, d.initFail, node.position()));
    }

    /**
     * Where a block ends: keepalived runs a block's end handler when it reads the closing brace, so end-of-block
     * messages carry the {@code }} line; without it known, the last statement's line.
     */
    static org.keepalived4j.config.SourcePosition endOf(ConfigNode node) {
        if (!node.closePosition().isNone()) {
            return node.closePosition();
        }
        List<ConfigNode> b = node.block();
        ConfigNode last = b == null || b.isEmpty() ? node : b.getLast();
        while (last.hasBlock() && !last.block().isEmpty()) {
            last = last.block().getLast();
        }
        return last.position();
    }
}
