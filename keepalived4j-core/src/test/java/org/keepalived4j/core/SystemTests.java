package org.keepalived4j.core;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Gate for tests that need the machine: root, network namespaces, Debian's keepalived. Outside CI they are skipped
 * with a message when something is missing; under CI (env CI=true) a missing prerequisite fails the test, so CI can
 * never go green by skipping.
 */
public final class SystemTests {

    private SystemTests() {
    }

    /** True when running under CI. */
    public static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Requires a condition, failing under CI and skipping elsewhere. */
    public static void require(boolean condition, String what) {
        if (ci()) {
            assertTrue(condition, "CI needs: " + what);
        } else {
            assumeTrue(condition, "skipped, needs: " + what);
        }
        assumeTrue(!Boolean.getBoolean("k4j.skipSystemTests"), "system tests skipped by -Dk4j.skipSystemTests");
    }

    /** Requires root and the given programs on PATH. */
    public static void requireRootAnd(String... programs) {
        require("root".equals(System.getProperty("user.name")), "root");
        for (String p : programs) {
            require(onPath(p), p + " on PATH");
        }
    }

    /** True if the program is on PATH. */
    public static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        for (String dir : (path + ":/usr/sbin:/sbin").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** The repository root (where the top pom is). */
    public static Path repoRoot() {
        String p = System.getProperty("k4j.repoRoot");
        Path root = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        return root == null ? Path.of("").toAbsolutePath() : root;
    }

    /** The shared conformance samples folder (../shared/conformance/keepalived-samples beside the repo). */
    public static Path conformanceSamples() {
        Path beside = repoRoot().resolve("../shared/conformance/keepalived-samples").normalize();
        return Files.isDirectory(beside) ? beside : Path.of("/work/shared/conformance/keepalived-samples");
    }

    /** Runs a command, failing the test if it cannot be started or exits non-zero. */
    public static String sh(List<String> cmd) throws IOException, InterruptedException {
        Exec.Result r = Exec.run(cmd, java.time.Duration.ofSeconds(30));
        if (r.exitCode() != 0) {
            throw new IOException(String.join(" ", cmd) + " -> " + r.exitCode() + ": " + r.stderr() + r.stdout());
        }
        return r.stdout();
    }
}
