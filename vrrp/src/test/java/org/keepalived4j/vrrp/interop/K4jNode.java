package org.keepalived4j.vrrp.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * keepalived4j's VRRP in a JVM of its own, started from the same config text as keepalived, on the calling
 * JVM's class path. {@link Launcher#daemon(String)} runs the real daemon ({@code Main -n -l -D -f CONF -p PID});
 * {@link Launcher#RUNTIME} runs {@code DefaultVrrpRuntime} alone ({@link RuntimeFromConfigMain}) where the daemon
 * is not on the class path. Statistics are read in keepalived's stats-file layout from
 * {@code $TMPDIR/keepalived.stats}, {@code $TMPDIR} being the node's directory ({@link #stat}).
 */
public final class K4jNode extends Node {
    /**
     * How to start keepalived4j.
     *
     * @param name           for messages
     * @param mainClass      the class to run
     * @param daemonArgs     true: keepalived's command line ({@code -n -l -D -f CONF -p/-r/-c PID}); false:
     *                       {@code CONF STATS_FILE}
     * @param statsOnSignal  true: {@code keepalived.stats} is written on SIGUSR2, as keepalived; false: the main
     *                       writes it by itself
     */
    public record Launcher(String name, String mainClass, boolean daemonArgs, boolean statsOnSignal) {
        /** {@code DefaultVrrpRuntime} through {@link RuntimeFromConfigMain}. */
        public static final Launcher RUNTIME = new Launcher("runtime", RuntimeFromConfigMain.class.getName(), false,
                false);

        /** The daemon's main class, e.g. {@code org.keepalived4j.core.Main}. */
        public static Launcher daemon(String mainClass) {
            return new Launcher("daemon", mainClass, true, true);
        }
    }

    private final Launcher launcher;

    /** A keepalived4j in {@code namespace}, files under {@code dir}. */
    public K4jNode(String namespace, Path dir, Launcher launcher) {
        super("keepalived4j", namespace, dir);
        this.launcher = launcher;
    }

    @Override
    List<String> command(Path conf) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the launcher's JVM flags (bin/keepalived4j)
        List<String> cmd = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xms64m", "-Xmx256m", "-Dk4j.vrrp.log=info", "-cp", System.getProperty("java.class.path"),
                launcher.mainClass()));
        if (launcher.daemonArgs()) {
            cmd.addAll(List.of("-n", "-l", "-D", "-f", conf.toString(), "-p", dir.resolve("k4j.pid").toString(),
                    "-r", dir.resolve("k4j-vrrp.pid").toString(), "-c", dir.resolve("k4j-chk.pid").toString()));
        } else {
            cmd.addAll(List.of(conf.toString(), dir.resolve("keepalived.stats").toString()));
        }
        return cmd;
    }

    @Override
    String readyLine(String instance) {
        return "(" + instance + ") Entering ";
    }

    @Override
    public void kill9() {
        Signals.send(pid(), Signals.SIGKILL);
    }

    /**
     * A counter from the stats file, e.g. {@code stat("VI_1", "Authentication Errors", "Failure")}; -1 while the
     * file or the line is not there yet. With the daemon each call first asks for a new dump (SIGUSR2), so a
     * polling caller sees fresh values one poll later.
     */
    public long stat(String instance, String section, String counter) {
        if (launcher.statsOnSignal() && alive()) {
            Signals.send(pid(), Signals.SIGUSR2);
        }
        try {
            Path f = dir.resolve("keepalived.stats");
            if (!Files.exists(f)) {
                return -1;
            }
            String text = Files.readString(f);
            int i = text.indexOf("VRRP Instance: " + instance + "\n");
            if (i < 0) {
                return -1;
            }
            int s = text.indexOf("  " + section + ":\n", i);
            if (s < 0) {
                return -1;
            }
            Matcher m = Pattern.compile("\\n    " + Pattern.quote(counter) + ": (\\d+)").matcher(text);
            return m.find(s) ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
