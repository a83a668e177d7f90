package org.keepalived4j.netlink.testing;

import org.keepalived4j.netlink.netns.NetnsExecutor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away network namespace for tests: created with {@code ip netns add}, deleted on {@link #close()}.
 * {@link #ip} runs {@code ip -n NAME ...} to set up or verify from the outside; {@link #executor()} gives a
 * thread inside the namespace for the Java code under test.
 *
 * <pre>{@code
 * SystemTests.assumeRootWithNamespaces();
 * try (TestNetns ns = TestNetns.create("addr")) {
 *     ns.ip("link add veth0 type veth peer name veth1");
 *     ns.ip("link set veth0 up");
 *     ns.executor().run(() -> { try (Rtnetlink r = Rtnetlink.open()) { ... } });
 *     assertTrue(ns.ip("-4 addr show dev veth0").contains("10.0.0.1/24"));
 * }
 * }</pre>
 *
 * The {@code dummy} link kind is not available on every kernel; use {@code veth} pairs.
 */
public final class TestNetns implements AutoCloseable {
    private final String name;
    private NetnsExecutor executor;

    private TestNetns(String name) {
        this.name = name;
    }

    /**
     * @param purpose short tag for the name
     * @return a new namespace {@code k4j-<purpose>-<random>}, with {@code lo} up
     */
    public static TestNetns create(String purpose) {
        String name = "k4j-" + purpose + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        run(List.of("ip", "netns", "add", name));
        TestNetns ns = new TestNetns(name);
        ns.ip("link set lo up");
        return ns;
    }

    /** @return the namespace name */
    public String name() {
        return name;
    }

    /**
     * @param args arguments after {@code ip -n NAME}, split on spaces
     * @return stdout
     * @throws AssertionError when {@code ip} exits non-zero (stderr in the message)
     */
    public String ip(String args) {
        List<String> cmd = new ArrayList<>(List.of("ip", "-n", name));
        cmd.addAll(List.of(args.trim().split("\\s+")));
        return run(cmd);
    }

    /** @return a thread inside the namespace (started on first use, closed with this) */
    public NetnsExecutor executor() {
        if (executor == null) {
            executor = NetnsExecutor.start(name);
        }
        return executor;
    }

    /**
     * @param command a command and its arguments
     * @return stdout
     */
    public static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            byte[] err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + ": timed out");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + ": exit " + p.exitValue() + ": "
                        + new String(err, StandardCharsets.UTF_8).trim());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.close();
        }
        run(List.of("ip", "netns", "del", name));
    }
}
