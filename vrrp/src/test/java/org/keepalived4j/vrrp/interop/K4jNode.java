package org.keepalived4j.vrrp.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * keepalived4j's VRRP in a JVM of its own, started from the same config text as keepalived: for now through
 * {@link RuntimeFromConfigMain} ({@code DefaultVrrpRuntime} on the parsed config) on the test JVM's class path,
 * until the daemon runs the VRRP part of a config. Its statistics are in keepalived's stats-file layout
 * ({@link #stat(String, String, String)}).
 */
public final class K4jNode extends Node {
    /** A keepalived4j in {@code namespace}, files under {@code dir}. */
    public K4jNode(String namespace, Path dir) {
        super("keepalived4j", namespace, dir);
    }

    @Override
    List<String> command(Path conf) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "--enable-native-access=ALL-UNNAMED", "-XX:+UseZGC", "-Xms64m", "-Xmx256m",
                "-Dk4j.vrrp.log=info",
                "-cp", System.getProperty("java.class.path"), RuntimeFromConfigMain.class.getName(),
                conf.toString(), dir.resolve("k4j.stats").toString());
    }

    @Override
    String readyLine(String instance) {
        return "(" + instance + ") Entering ";
    }

    @Override
    public void kill9() throws IOException, InterruptedException {
        Signals.send(pid(), Signals.SIGKILL);
    }

    /**
     * A counter from the stats file, e.g. {@code stat("VI_1", "Authentication Errors", "Failure")}; -1 while the
     * file or the line is not there yet.
     */
    public long stat(String instance, String section, String counter) {
        try {
            Path f = dir.resolve("k4j.stats");
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
