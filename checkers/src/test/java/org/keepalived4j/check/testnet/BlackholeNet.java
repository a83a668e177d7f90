package org.keepalived4j.check.testnet;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private network for tests that must not reach any real host: a veth pair whose far end lives in a network
 * namespace of its own. The near end has {@link #localV4()}/{@link #localV6()}; the namespace owns
 * {@link #peerV4()}/{@link #peerV6()} (they answer pings and TCP resets); nobody owns {@link #silentV4()} and
 * {@link #silentV6()}, so ARP and neighbour discovery for them go unanswered and every packet to them is dropped on
 * this host: a black hole that never sends a packet off the machine.
 *
 * <p>Needs root and {@code ip}. Outside CI a missing prerequisite skips the test; under {@code CI=true} it fails.
 */
public final class BlackholeNet implements AutoCloseable {

    private final String netns;
    private final int subnet;

    private BlackholeNet(String netns, int subnet) {
        this.netns = netns;
        this.subnet = subnet;
    }

    /** Creates the namespace and the veth pair (one per test JVM and call: the names carry the pid). */
    public static BlackholeNet create() {
        require("root".equals(System.getProperty("user.name")), "root");
        require(Files.isExecutable(Path.of("/usr/sbin/ip")) || Files.isExecutable(Path.of("/sbin/ip")), "ip");
        long pid = ProcessHandle.current().pid();
        int subnet = (int) (pid % 200) + 20;
        String ns = "k4jbh" + pid;
        String near = "k4jn" + pid;
        BlackholeNet net = new BlackholeNet(ns, subnet);
        try {
            ip("netns", "add", ns);
            ip("link", "add", near, "type", "veth", "peer", "name", "k4jf" + pid, "netns", ns);
            ip("-n", ns, "link", "set", "lo", "up");
            ip("-n", ns, "addr", "add", "10.213." + subnet + ".3/24", "dev", "k4jf" + pid);
            ip("-n", ns, "-6", "addr", "add", "fd42:4b34:" + subnet + "::3/64", "dev", "k4jf" + pid, "nodad");
            ip("-n", ns, "link", "set", "k4jf" + pid, "up");
            ip("addr", "add", "10.213." + subnet + ".1/24", "dev", near);
            ip("-6", "addr", "add", "fd42:4b34:" + subnet + "::1/64", "dev", near, "nodad");
            ip("link", "set", near, "up");
        } catch (IOException | RuntimeException e) {
            net.close();
            require(false, "a test network namespace (" + e.getMessage() + ")");
        }
        return net;
    }

    /** This host's end. */
    public InetAddress localV4() {
        return addr("10.213." + subnet + ".1");
    }

    /** This host's end, IPv6. */
    public InetAddress localV6() {
        return addr("fd42:4b34:" + subnet + "::1");
    }

    /** The namespace's address: it answers. */
    public InetAddress peerV4() {
        return addr("10.213." + subnet + ".3");
    }

    /** The namespace's address, IPv6. */
    public InetAddress peerV6() {
        return addr("fd42:4b34:" + subnet + "::3");
    }

    /** An address on the link that nobody has: silence. */
    public InetAddress silentV4() {
        return addr("10.213." + subnet + ".2");
    }

    /** An IPv6 address on the link that nobody has. */
    public InetAddress silentV6() {
        return addr("fd42:4b34:" + subnet + "::2");
    }

    /** Adds an extra address (/32 or /128) to this host's end of the link. */
    public void addLocal(InetAddress a) throws IOException {
        ip("addr", "add", a.getHostAddress() + (a.getAddress().length == 4 ? "/32" : "/128"), "dev", near());
    }

    /** Removes an address added by {@link #addLocal}. */
    public void removeLocal(InetAddress a) throws IOException {
        ip("addr", "del", a.getHostAddress() + (a.getAddress().length == 4 ? "/32" : "/128"), "dev", near());
    }

    private static String near() {
        return "k4jn" + ProcessHandle.current().pid();
    }

    @Override
    public void close() {
        try {
            ip("netns", "del", netns);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot remove test namespace " + netns + ": " + e.getMessage(), e);
        }
    }

    private static InetAddress addr(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(s, e);
        }
    }

    private static void ip(String... args) throws IOException {
        Commands.run(Commands.of("ip", args));
    }

    /** Skips (or fails under CI) when a prerequisite is missing. */
    public static void require(boolean condition, String what) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(condition, "CI needs: " + what);
        } else {
            assumeTrue(condition, "skipped, needs: " + what);
        }
    }
}
