package org.keepalived4j.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keepalived4j.config.HostView;

/**
 * {@code keepalived4j -t -f FILE} on the broken configs the issue lists: each gets a message naming file and line,
 * keepalived's non-zero exit code, and neither a stack trace nor a hang. Runs the command line in-process with the
 * lenient host view, so that the answer does not depend on this machine's interfaces or files.
 */
class ConfigTestBrokenInputTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private record Run(int exitCode, List<String> lines) {
    }

    private Run check(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return check(f);
    }

    private Run check(Path f) {
        return assertTimeoutPreemptively(BOUND, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int rc;
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                rc = CommandLine.run(new String[] {"-t", "-f", f.toString()}, o, e, HostView.lenient());
            }
            String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
            assertFalse(text.contains("Exception") || text.contains("\tat "), "stack trace:\n" + text);
            return new Run(rc, Arrays.asList(text.split("\n")));
        });
    }

    /** Asserts the exit code and a message {@code (FILE: Line N) ...text...}. */
    private static void assertReported(Run r, int exitCode, Path file, int line, String text) {
        String at = "(" + file + ": Line " + line + ") ";
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith(at) && l.contains(text)),
                "expected " + at + "..." + text + "... in\n" + String.join("\n", r.lines()));
        assertEquals(exitCode, r.exitCode(), String.join("\n", r.lines()));
    }

    private static final String VI_HEAD = "vrrp_instance VI_1 {\n    interface eth0\n";

    @Test
    void missingBrace() throws IOException {
        Run r = check("k.conf", VI_HEAD + "    virtual_router_id 51\n    priority 100\n");
        assertTrue(r.lines().contains("There are 1 missing '}'s or extra '{'s"), String.join("\n", r.lines()));
        // keepalived names no line here; keepalived4j adds which block is still open
        assertReported(r, 5, dir.resolve("k.conf"), 1, "the block opened here is not closed");
    }

    @Test
    void unknownBlock() throws IOException {
        Run r = check("k.conf", "vrrp_bogus X {\n    foo 1\n}\n");
        assertReported(r, 5, dir.resolve("k.conf"), 1, "Unknown keyword 'vrrp_bogus'");
        assertReported(r, 5, dir.resolve("k.conf"), 2, "Unknown keyword 'foo'");
    }

    @Test
    void aWordWhereANumberGoes() throws IOException {
        Run r = check("k.conf", VI_HEAD + "    virtual_router_id 51\n    priority high\n}\n");
        assertReported(r, 5, dir.resolve("k.conf"), 4, "invalid number 'high'");
    }

    @Test
    void virtualRouterIdOutOfRange() throws IOException {
        for (String vrid : List.of("0", "300")) {
            Run r = check("k" + vrid + ".conf", VI_HEAD + "    virtual_router_id " + vrid + "\n    priority 100\n}\n");
            assertReported(r, 5, dir.resolve("k" + vrid + ".conf"), 3, "VRID '" + vrid + "' not valid");
        }
    }

    @Test
    void priority256() throws IOException {
        Run r = check("k.conf", VI_HEAD + "    virtual_router_id 51\n    priority 256\n}\n");
        assertReported(r, 5, dir.resolve("k.conf"), 4, "number '256' outside range [1, 255]");
    }

    @Test
    void duplicateInstanceName() throws IOException {
        Run r = check("k.conf", VI_HEAD + "    virtual_router_id 51\n}\n" + VI_HEAD + "    virtual_router_id 52\n}\n");
        assertReported(r, 5, dir.resolve("k.conf"), 5, "vrrp instance VI_1 already defined");
    }

    @Test
    void realServerOutsideVirtualServer() throws IOException {
        Run r = check("k.conf", "real_server 10.0.0.2 80 {\n    weight 1\n}\n");
        assertReported(r, 5, dir.resolve("k.conf"), 1, "Unknown keyword 'real_server'");
    }

    @Test
    void unreadableInclude() throws IOException {
        // a directory cannot be read as a file, even by root; includer makes that an error (keepalived: exit 6)
        Files.createDirectory(dir.resolve("conf.d"));
        Run r = check("k.conf", "includer " + dir.resolve("conf.d") + "\nglobal_defs {\n}\n");
        assertReported(r, 6, dir.resolve("k.conf"), 1, "is a directory - skipping");
    }

    @Test
    void includeLoop() throws IOException {
        Path a = dir.resolve("a.conf");
        Path b = dir.resolve("b.conf");
        Files.writeString(a, "includer " + b + "\n");
        Files.writeString(b, "includer " + a + "\n");
        Run r = check(a);
        assertReported(r, 6, b, 1, "open problem (include loop - the file is already being read) - skipping");
    }

    @Test
    void plainIncludeLoopIsOnlyANoticeAsInKeepalived() throws IOException {
        // keepalived -t exits 0 here: a plain include that cannot be read is not an error unless include_check says so
        Path a = dir.resolve("a.conf");
        Path b = dir.resolve("b.conf");
        Files.writeString(a, "include " + b + "\n");
        Files.writeString(b, "include " + a + "\n");
        Run r = check(a);
        assertReported(r, 0, b, 1, "include loop");
    }
}
