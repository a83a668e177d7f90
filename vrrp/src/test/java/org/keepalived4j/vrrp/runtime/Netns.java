package org.keepalived4j.vrrp.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Test helper: two network namespaces joined by a veth pair, commands run in them, root checks. */
final class Netns implements AutoCloseable {
    final String a;
    final String b;

    private Netns(String a, String b) {
        this.a = a;
        this.b = b;
    }

    /**
     * Skips the calling test with a clear message when not root; fails instead when CI=true (CI must run it).
     */
    static void requireRootAndTools(String... tools) {
        boolean ci = "true".equals(System.getenv("CI"));
        StringBuilder missing = new StringBuilder();
        if (!isRoot()) {
            missing.append("needs root (network namespaces, raw packets); ");
        }
        for (String tool : tools) {
            if (!onPath(tool)) {
                missing.append(tool).append(" not installed; ");
            }
        }
        if (!missing.isEmpty()) {
            if (ci) {
                throw new AssertionError("CI=true but this test cannot run: " + missing);
            }
            Assumptions.abort("skipped: " + missing + "run as root with keepalived installed (CI=true makes this"
                    + " a failure)");
        }
    }

    private static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return line.split("\\s+")[1].equals("0");
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", tool)) || Files.isExecutable(Path.of("/sbin", tool));
    }

    /** Creates namespaces NAME-a and NAME-b, veth0 in each (MACs 02:..:0a / 0b), IPv4 /24 and IPv6 without DAD. */
    static Netns create(String name, String net4) throws IOException, InterruptedException {
        Netns n = new Netns(name + "-a", name + "-b");
        n.destroy();
        sh("ip", "netns", "add", n.a);
        sh("ip", "netns", "add", n.b);
        sh("ip", "-n", n.a, "link", "add", "veth0", "type", "veth", "peer", "name", "veth0", "netns", n.b);
        int i = 1;
        for (String ns : List.of(n.a, n.b)) {
            sh("ip", "netns", "exec", ns, "sysctl", "-qw", "net.ipv6.conf.all.accept_dad=0",
                    "net.ipv6.conf.default.accept_dad=0", "net.ipv6.conf.veth0.accept_dad=0");
            sh("ip", "-n", ns, "link", "set", "veth0", "address", "02:00:00:00:00:0" + (i == 1 ? "a" : "b"));
            sh("ip", "-n", ns, "addr", "add", net4 + "." + i + "/24", "dev", "veth0");
            sh("ip", "-n", ns, "link", "set", "lo", "up");
            sh("ip", "-n", ns, "link", "set", "veth0", "up");
            i++;
        }
        return n;
    }

    /** Runs a command, failing with its output when it exits non-zero. */
    static String sh(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }

    /** Starts {@code cmd} inside namespace {@code ns}, output to {@code log}. */
    static Process spawn(String ns, Path log, List<String> cmd) throws IOException {
        List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        all.addAll(cmd);
        return new ProcessBuilder(all).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void destroy() {
        for (String ns : List.of(a, b)) {
            try {
                sh("ip", "netns", "del", ns);
            } catch (IOException | InterruptedException e) {
                // did not exist
            }
        }
    }

    @Override
    public void close() {
        destroy();
    }
}
