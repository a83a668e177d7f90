package org.keepalived4j.netlink.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Gate for tests that need root and network namespaces. Skipped (with a message) when not root, or when
 * {@code -Dk4j.skipSystemTests=true}; but when the environment says {@code CI=true} a missing privilege is a
 * failure, never a silent skip.
 */
public final class SystemTests {
    private SystemTests() {
    }

    /** Aborts or fails the calling test when it cannot create network namespaces. */
    public static void assumeRootWithNamespaces() {
        Assumptions.assumeFalse(Boolean.getBoolean("k4j.skipSystemTests"),
                "system tests disabled by -Dk4j.skipSystemTests=true");
        boolean root = effectiveUid() == 0;
        if (!root) {
            String msg = "needs root to create network namespaces (effective uid " + effectiveUid() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(msg + ", and CI=true forbids skipping");
            }
            Assumptions.abort(msg);
        }
    }

    /** @return the effective uid from {@code /proc/self/status}, or -1 when unreadable */
    public static int effectiveUid() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return Integer.parseInt(line.substring(4).trim().split("\\s+")[1]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
