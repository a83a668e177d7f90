package org.keepalived4j.core.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.core.Exec;
import org.keepalived4j.core.SystemTests;

/**
 * {@code keepalived4j -t} against Debian's {@code keepalived -t} on every file of the shared conformance folder (walked
 * at run time, so a file added there is covered): both run in one network namespace that has eth0..eth3, and must
 * exit with the same code and flag the same line numbers. Deliberate differences are listed in
 * {@code docs/compatibility.md} and in {@link #KNOWN_DIFFERENCES}.
 */
class ConfigTestConformanceTest {

    /** Sample file name -> why our answer differs on purpose (mirrors docs/compatibility.md). */
    static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

    private static final Pattern LINE = Pattern.compile("^\\((?:[^()]*: )?Line (\\d+)\\) (.*)$");
    private static final String NS = "k4jconf" + ProcessHandle.current().pid();

    @BeforeAll
    static void namespace() throws Exception {
        SystemTests.requireRootAnd("ip", "keepalived");
        SystemTests.sh(List.of("ip", "netns", "add", NS));
        for (int i = 0; i < 4; i++) {
            SystemTests.sh(List.of("ip", "-n", NS, "link", "add", "eth" + i, "type", "veth", "peer", "name",
                    "peth" + i));
            SystemTests.sh(List.of("ip", "-n", NS, "link", "set", "eth" + i, "up"));
            SystemTests.sh(List.of("ip", "-n", NS, "link", "set", "peth" + i, "up"));
        }
        SystemTests.sh(List.of("ip", "-n", NS, "link", "set", "lo", "up"));
    }

    @AfterAll
    static void removeNamespace() throws Exception {
        Exec.run(List.of("ip", "netns", "del", NS), Duration.ofSeconds(10));
    }

    @TestFactory
    Stream<DynamicTest> sameVerdictAsKeepalived() throws IOException {
        List<Path> samples;
        try (Stream<Path> s = Files.list(SystemTests.conformanceSamples())) {
            samples = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(samples.isEmpty(), "no samples in " + SystemTests.conformanceSamples());
        return samples.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> compare(f)));
    }

    private void compare(Path file) throws Exception {
        Exec.Result theirs = Exec.run(List.of("ip", "netns", "exec", NS, "keepalived", "-t", "-f", file.toString()),
                Duration.ofSeconds(30));
        Exec.Result ours = Exec.run(ourCommand(file), Duration.ofSeconds(60));
        String why = KNOWN_DIFFERENCES.get(file.getFileName().toString());
        if (why != null) {
            System.out.println(file.getFileName() + ": known difference, not compared: " + why);
            return;
        }
        String context = "\n--- keepalived -t (exit " + theirs.exitCode() + "):\n" + theirs.stderr() + theirs.stdout()
                + "--- keepalived4j -t (exit " + ours.exitCode() + "):\n" + ours.stderr() + ours.stdout();
        assertEquals(theirs.exitCode(), ours.exitCode(), "exit code for " + file.getFileName() + context);
        assertEquals(flaggedLines(theirs.stderr()), flaggedLines(ours.stderr()),
                "flagged lines for " + file.getFileName() + context);
    }

    private static List<String> ourCommand(Path file) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", NS, java,
                "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "org.keepalived4j.core.Main", "-t", "-f",
                file.toString()));
        return cmd;
    }

    /** The line numbers a -t run points at, ignoring keepalived4j's own notices. */
    static SortedSet<Integer> flaggedLines(String stderr) {
        SortedSet<Integer> lines = new TreeSet<>();
        for (String l : stderr.split("\n")) {
            Matcher m = LINE.matcher(l.strip());
            if (m.matches() && !m.group(2).startsWith(Diagnostic.NOTICE_PREFIX)) {
                lines.add(Integer.parseInt(m.group(1)));
            }
        }
        return lines;
    }
}
