package org.keepalived4j.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Generative robustness test: every file of the keepalived sample corpus, mutated many times over (seeded, so a
 * failure names its seed and replays), must come back from {@link ConfigParser#parse(String)} with diagnostics only:
 * no exception, no hang, no stack overflow. A deleted structural brace must always be reported. The parser's limits
 * (deep nesting, a huge line, a runaway {@code ~SEQ}) do not depend on the sample around them, so they are pushed
 * once, on the largest sample, rather than once per file.
 *
 * <p>System properties: {@code k4j.repoRoot} locates the corpus ({@code ../shared/conformance/keepalived-samples}
 * next to the repository, else {@code /work/shared/...}); {@code k4j.fuzz.iterations} sets the mutations per file
 * (default 120); {@code k4j.fuzz.seed} the base seed.
 */
class ConfigFuzzTest {

    private static final Duration PER_FILE = Duration.ofSeconds(120);
    private static final long PER_INPUT_NANOS = Duration.ofSeconds(10).toNanos();

    private static Path corpus() {
        String root = System.getProperty("k4j.repoRoot");
        if (root != null) {
            Path p = Path.of(root, "..", "shared", "conformance", "keepalived-samples").normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Path.of("/work/shared/conformance/keepalived-samples");
    }

    @TestFactory
    Stream<DynamicTest> mutatedSamplesParseWithDiagnosticsOnly() throws IOException {
        Path dir = corpus();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no samples in " + dir);
        int iterations = Integer.getInteger("k4j.fuzz.iterations", 120);
        long baseSeed = Long.getLong("k4j.fuzz.seed", 20220116L);
        Stream<DynamicTest> perFile = files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f, StandardCharsets.ISO_8859_1);
            assertTimeoutPreemptively(PER_FILE, () -> fuzz(f.getFileName().toString(), text, iterations, baseSeed));
        }));
        Path largest = files.stream().max(java.util.Comparator.comparingLong(ConfigFuzzTest::size)).orElseThrow();
        DynamicTest limits = DynamicTest.dynamicTest("limits on " + largest.getFileName(), () -> {
            String text = Files.readString(largest, StandardCharsets.ISO_8859_1);
            assertTimeoutPreemptively(PER_FILE, () -> limits(largest.getFileName().toString(), text));
        });
        return Stream.concat(perFile, Stream.of(limits));
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void fuzz(String name, String original, int iterations, long baseSeed) {
        check(name + " unmutated", original, false);
        for (int i = 0; i < iterations; i++) {
            long seed = baseSeed ^ ((long) name.hashCode() << 20) ^ i;
            SplittableRandom rnd = new SplittableRandom(seed);
            Mutation m = Mutation.values()[rnd.nextInt(Mutation.values().length)];
            String mutated = m.apply(original, rnd);
            if (mutated == null) {
                continue;
            }
            check(name + " " + m + " seed=" + seed, mutated, m == Mutation.DELETE_BRACE);
        }
    }

    /** Inputs at the parser's limits: depth, line length, expansion. */
    private static void limits(String name, String original) {
        check(name + " deep nesting", "x {\n".repeat(10_000) + original + "}\n".repeat(10_000), false);
        check(name + " deep nesting unclosed", "{".repeat(10_000) + original, true);
        check(name + " huge line", original + "\nk " + "word ".repeat(400_000) + "\n", false);
        check(name + " runaway ~SEQ", "~SEQ(i, 1, 100000000) x$i\n" + original, false);
        check(name + " runaway multi-line definition", "$M=a \\\n$M\n$M\n" + original, true);
    }

    private static void check(String what, String text, boolean mustReport) {
        long start = System.nanoTime();
        ParseResult r;
        try {
            r = ConfigParser.parse(text);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(what + ": parse threw " + e, e);
        }
        long took = System.nanoTime() - start;
        if (took > PER_INPUT_NANOS) {
            fail(what + ": took " + took / 1_000_000 + " ms");
        }
        if (mustReport) {
            assertTrue(r.diagnostics().size() > 0, what + ": broken input but no diagnostic");
        }
    }

    /** The ways an input is broken. */
    private enum Mutation {
        DELETE_BRACE {
            @Override
            String apply(String s, SplittableRandom rnd) {
                List<Integer> braces = structuralBraces(s);
                if (braces.isEmpty()) {
                    return null;
                }
                int at = braces.get(rnd.nextInt(braces.size()));
                return s.substring(0, at) + s.substring(at + 1);
            }
        },
        DUPLICATE_BRACE {
            @Override
            String apply(String s, SplittableRandom rnd) {
                List<Integer> braces = structuralBraces(s);
                if (braces.isEmpty()) {
                    return null;
                }
                int at = braces.get(rnd.nextInt(braces.size()));
                return s.substring(0, at) + s.charAt(at) + s.substring(at);
            }
        },
        SWAP_TOKENS {
            @Override
            String apply(String s, SplittableRandom rnd) {
                String[] t = s.split("(?<=\\s)|(?=\\s)");
                for (int k = 0; k < 1 + rnd.nextInt(5); k++) {
                    int a = rnd.nextInt(t.length);
                    int b = rnd.nextInt(t.length);
                    String x = t[a];
                    t[a] = t[b];
                    t[b] = x;
                }
                return String.join("", t);
            }
        },
        GARBAGE {
            @Override
            String apply(String s, SplittableRandom rnd) {
                StringBuilder sb = new StringBuilder(s);
                for (int k = 0; k < 1 + rnd.nextInt(20); k++) {
                    int at = rnd.nextInt(sb.length() + 1);
                    char c = switch (rnd.nextInt(6)) {
                        case 0 -> (char) rnd.nextInt(32);
                        case 1 -> "{}\"'\\!#$@~()".charAt(rnd.nextInt(12));
                        case 2 -> (char) (0x80 + rnd.nextInt(0x780));
                        case 3 -> '\uFFFD';
                        default -> (char) (32 + rnd.nextInt(95));
                    };
                    sb.insert(at, c);
                }
                return sb.toString();
            }
        },
        DELETE_OR_DUPLICATE_LINES {
            @Override
            String apply(String s, SplittableRandom rnd) {
                List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
                for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
                    int at = rnd.nextInt(lines.size());
                    if (rnd.nextBoolean()) {
                        lines.remove(at);
                        if (lines.isEmpty()) {
                            lines.add("");
                        }
                    } else {
                        lines.add(at, lines.get(at));
                    }
                }
                return String.join("\n", lines);
            }
        },
        PREPROCESSOR_TRAPS {
            private static final String[] TRAPS = {
                "$A=$A\n$A\n", "$B=$B$B\nk $B\n", "$M=a \\\nb\n$M\n", "~SEQ(i, 1, 2000) x$i\n",
                "~SEQ(i, 1, 20) ~SEQ(j, 1, 20) ~SEQ(k, 1, 20) $i\n", "~LST({a,b}, {1,2,3,4}) $a\n", "~SEQ(\n",
                "include /nonexistent-k4j/*.conf\n", "includew k4j-fuzz-nomatch*.conf\n", "@\n", "@^ x\n", "\"\n",
                "${_RANDOM 99999999999999999999 1}\n", "${_RANDOM 0 18446744073709551615}\n", "\\\n", "$=\n", "${\n",
                "k \"a{b}c\" { } } {\n", "\u0000\n", "x\r\n\r\n",
            };

            @Override
            String apply(String s, SplittableRandom rnd) {
                List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
                lines.add(rnd.nextInt(lines.size() + 1), TRAPS[rnd.nextInt(TRAPS.length)]);
                return String.join("\n", lines);
            }
        };

        abstract String apply(String s, SplittableRandom rnd);

        /** Braces that are structure: not in a comment or a quote, on lines keepalived reads unconditionally. */
        static List<Integer> structuralBraces(String s) {
            List<Integer> out = new ArrayList<>();
            int lineStart = 0;
            while (lineStart < s.length()) {
                int end = s.indexOf('\n', lineStart);
                if (end < 0) {
                    end = s.length();
                }
                String trimmed = s.substring(lineStart, end).strip();
                if (!trimmed.startsWith("@") && !trimmed.startsWith("$") && !trimmed.startsWith("~")) {
                    for (int i = lineStart; i < end; i++) {
                        char c = s.charAt(i);
                        if (c == '#' || c == '!' || c == '"' || c == '\\') {
                            break;
                        }
                        if (c == '{' || c == '}') {
                            out.add(i);
                        }
                    }
                }
                lineStart = end + 1;
            }
            return out;
        }
    }
}
