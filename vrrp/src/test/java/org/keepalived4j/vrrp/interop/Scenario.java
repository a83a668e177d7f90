package org.keepalived4j.vrrp.interop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One interop scenario's world: a {@link Lab}, node a (the first MASTER) in namespace a and node b (the first
 * BACKUP) in namespace b, each keepalived or keepalived4j as {@link Direction} says, an address watch on both
 * sides and tcpdumps on demand. Closing kills whatever still runs and removes the namespaces.
 */
public final class Scenario implements AutoCloseable {
    private static final AtomicInteger SLOTS = new AtomicInteger();

    /** Who starts as MASTER. */
    public enum Direction {
        /** keepalived4j MASTER, keepalived BACKUP. */
        K4J_MASTER,
        /** keepalived MASTER, keepalived4j BACKUP. */
        KEEPALIVED_MASTER
    }

    /** The namespaces and links. */
    public final Lab lab;
    /** Node a: the first MASTER. */
    public final Node a;
    /** Node b: the first BACKUP. */
    public final Node b;
    /** Addresses in a's namespace. */
    public final VipWatch vipsA;
    /** Addresses in b's namespace. */
    public final VipWatch vipsB;
    private final List<AutoCloseable> extras = new ArrayList<>();
    private final String name;

    private Scenario(String name, Lab lab, Node a, Node b) {
        this.name = name;
        this.lab = lab;
        this.a = a;
        this.b = b;
        this.vipsA = VipWatch.start(lab.a);
        this.vipsB = VipWatch.start(lab.b);
    }

    /**
     * Creates the lab ({@code links} veth pairs) and the two (not yet started) nodes, keepalived4j started by
     * {@code launcher}.
     */
    public static Scenario create(String name, Direction direction, int links, Path dir, K4jNode.Launcher launcher)
            throws IOException, InterruptedException {
        int slot = SLOTS.incrementAndGet();
        Lab lab = Lab.create(slot, links);
        boolean k4jIsA = direction == Direction.K4J_MASTER;
        Node a = k4jIsA ? new K4jNode(lab.a, dir.resolve("a"), launcher)
                : new KeepalivedNode(lab.a, dir.resolve("a"));
        Node b = k4jIsA ? new KeepalivedNode(lab.b, dir.resolve("b"))
                : new K4jNode(lab.b, dir.resolve("b"), launcher);
        return new Scenario(name + " [" + direction + "]", lab, a, b);
    }

    /** The keepalived4j node. */
    public K4jNode k4j() {
        return a instanceof K4jNode k ? k : (K4jNode) b;
    }

    /** A tcpdump in {@code namespace} on {@code ifName}, closed with the scenario. */
    public WireWatch wire(String namespace, String ifName, String filter) throws IOException, InterruptedException {
        WireWatch w = WireWatch.start(namespace, ifName, filter);
        extras.add(w);
        return w;
    }

    @Override
    public String toString() {
        return name + " (" + b.label() + " taking over)";
    }

    /** Both logs, for a failure report. */
    public String report() {
        return "==== " + name + "\n---- a: " + a + " ----\n" + a.log() + "---- b: " + b + " ----\n" + b.log()
                + "---- addresses (watched): " + vipsA + " | " + vipsB + "\n---- ip addr: " + ipAddr(lab.a)
                + ipAddr(lab.b);
    }

    private static String ipAddr(String ns) {
        try {
            return ns + ":\n" + Lab.sh("ip", "-n", ns, "-br", "addr");
        } catch (IOException | InterruptedException e) {
            return ns + ": " + e + "\n";
        }
    }

    @Override
    public void close() {
        a.close();
        b.close();
        for (AutoCloseable c : extras) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("closing " + c + ": " + e);
            }
        }
        vipsA.close();
        vipsB.close();
        lab.close();
    }
}
