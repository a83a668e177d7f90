package org.keepalived4j.vrrp.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.keepalived4j.netlink.netns.NetnsExecutor;
import org.keepalived4j.netlink.rtnl.Rtnetlink;

/**
 * Two network namespaces, {@code NAME-a} and {@code NAME-b}, joined by veth pairs ({@code veth0}, and {@code veth1}
 * when asked for), for one interop scenario. Each lab has its own subnets, so labs run side by side:
 * {@code 10.LAN.SLOT.0/24} and {@code fd00:LAN:SLOT::/64} on {@code veth0} ({@code LAN} = 80 + veth index), node
 * a = {@code .1} / {@code ::1}, node b = {@code .2} / {@code ::2}; MACs {@code 02:00:00:SLOT:IF:0a|0b}; IPv6
 * DAD off. Needs root; {@link #requireRoot} skips, or fails under CI=true.
 */
public final class Lab implements AutoCloseable {
    /** Node a's namespace. */
    public final String a;
    /** Node b's namespace. */
    public final String b;
    private final int slot;

    private Lab(String name, int slot) {
        this.a = name + "-a";
        this.b = name + "-b";
        this.slot = slot;
    }

    /**
     * Skips the calling test with a clear message when not root or a tool is missing, or when
     * {@code -Dk4j.skipSystemTests=true}; a missing privilege or tool fails instead when CI=true.
     */
    public static void requireRoot(String... tools) {
        Assumptions.assumeFalse(Boolean.getBoolean("k4j.skipSystemTests"),
                "system tests disabled by -Dk4j.skipSystemTests=true");
        requireRootAndTools(tools);
    }

    /**
     * Skips the calling test with a clear message when not root or a tool is missing; fails instead when CI=true
     * (CI must run it).
     */
    public static void requireRootAndTools(String... tools) {
        StringBuilder missing = new StringBuilder();
        if (!isRoot()) {
            missing.append("needs root (network namespaces, raw sockets); ");
        }
        for (String tool : tools) {
            if (!onPath(tool)) {
                missing.append(tool).append(" not installed; ");
            }
        }
        if (!missing.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI=true but this test cannot run: " + missing);
            }
            Assumptions.abort("skipped: " + missing + "run as root with " + String.join(", ", tools)
                    + " installed (CI=true makes this a failure)");
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
        for (String dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin:/usr/bin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Creates the namespaces and {@code links} veth pairs.
     *
     * @param slot 1..250, unique among labs alive at the same time (it picks the subnets and the names)
     */
    public static Lab create(int slot, int links) throws IOException, InterruptedException {
        Lab lab = new Lab("k4i" + ProcessHandle.current().pid() % 10000 + "s" + slot, slot);
        lab.destroy();
        sh("ip", "netns", "add", lab.a);
        sh("ip", "netns", "add", lab.b);
        for (String ns : List.of(lab.a, lab.b)) {
            sh("ip", "netns", "exec", ns, "sysctl", "-qw", "net.ipv6.conf.all.accept_dad=0",
                    "net.ipv6.conf.default.accept_dad=0");
            sh("ip", "-n", ns, "link", "set", "lo", "up");
        }
        for (int i = 0; i < links; i++) {
            String ifName = "veth" + i;
            sh("ip", "-n", lab.a, "link", "add", ifName, "type", "veth", "peer", "name", ifName, "netns", lab.b);
            int node = 1;
            for (String ns : List.of(lab.a, lab.b)) {
                sh("ip", "-n", ns, "link", "set", ifName, "address",
                        String.format("02:00:00:%02x:%02x:0%s", slot, i, node == 1 ? "a" : "b"));
                sh("ip", "-n", ns, "addr", "add", lab.ipv4(i, node) + "/24", "dev", ifName);
                sh("ip", "-n", ns, "addr", "add", lab.ipv6(i, node) + "/64", "dev", ifName, "nodad");
                sh("ip", "-n", ns, "link", "set", ifName, "up");
                node++;
            }
        }
        return lab;
    }

    /** An IPv4 address on link {@code link}: host 1 = a, 2 = b, 100+ = VIPs. */
    public String ipv4(int link, int host) {
        return "10." + (80 + link) + "." + slot + "." + host;
    }

    /** An IPv6 address on link {@code link}. */
    public String ipv6(int link, int host) {
        return "fd00:" + (80 + link) + ":" + slot + "::" + Integer.toHexString(host);
    }

    /**
     * Sets {@code ifName} in namespace {@code ns} down through rtnetlink (no {@code ip} process to start first)
     * and returns the {@link System#nanoTime()} just before the request went out.
     */
    public static long linkDown(String ns, String ifName) throws Exception {
        try (NetnsExecutor in = NetnsExecutor.start(ns)) {
            return in.call(() -> {
                try (Rtnetlink rtnl = Rtnetlink.open()) {
                    int index = rtnl.links().byName(ifName).orElseThrow().index();
                    long t0 = System.nanoTime();
                    rtnl.links().setUp(index, false);
                    return t0;
                }
            });
        }
    }

    /** Runs a command, failing with its output when it exits non-zero or hangs. */
    public static String sh(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
        return out;
    }

    /** Starts {@code cmd} in namespace {@code ns}, stdout and stderr to {@code log}. */
    public static Process spawn(String ns, Path log, List<String> cmd) throws IOException {
        List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        all.addAll(cmd);
        return new ProcessBuilder(all).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void destroy() {
        deleteNamespaces(a, b);
    }

    /** Deletes the namespaces {@code names} that exist. */
    public static void deleteNamespaces(String... names) {
        for (String ns : names) {
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
