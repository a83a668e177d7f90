package org.keepalived4j.config.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.preprocess.LineSource;
import org.keepalived4j.config.preprocess.Preprocessor;
import org.keepalived4j.config.preprocess.SourceLine;

/**
 * {@link TreeReader#readAhead} gives the statements and the messages of {@link TreeReader#read(LineSource,
 * Diagnostics, Consumer)}, in the same order, even when the taker of the statements reports messages of its own (as
 * the model builder does); failures on either side end both.
 */
class ReadAheadTest {

    private static final ParseOptions OPTIONS = new ParseOptions(null, HostView.lenient(), true);

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

    /** The statements taken and every message, the taker's ("took ...") among the reader's. */
    private record Outcome(List<ConfigNode> nodes, String messages) {
    }

    private static Consumer<ConfigNode> taker(List<ConfigNode> nodes, Diagnostics d) {
        return n -> {
            nodes.add(n);
            d.report(ConfigErrorKind.NOTICE, n.position(), "took " + n.keyword());
        };
    }

    private static Outcome oneThread(String text) {
        Diagnostics d = new Diagnostics();
        List<ConfigNode> nodes = new ArrayList<>();
        TreeReader.read(new Preprocessor(OPTIONS, d).open(text, "k.conf", Path.of("/nonexistent")), d, taker(nodes, d));
        return new Outcome(nodes, d.toString());
    }

    private static Outcome twoThreads(String text) {
        Diagnostics d = new Diagnostics();
        Diagnostics lineDiagnostics = new Diagnostics();
        List<ConfigNode> nodes = new ArrayList<>();
        LineSource lines = new Preprocessor(OPTIONS, lineDiagnostics).open(text, "k.conf", Path.of("/nonexistent"));
        TreeReader.readAhead(lines, lineDiagnostics, d, taker(nodes, d));
        return new Outcome(nodes, d.toString());
    }

    @Test
    void brokenInputReportsInTheSameOrder() {
        String text = """
                }
                a "unterminated
                { x }
                include /nonexistent/missing.conf
                b $UNDEFINED {
                  c "q" d
                  e "open
                }
                f {
                  g {
                """;
        Outcome expected = oneThread(text);
        assertTrue(expected.messages().contains("Unmatched quote") && expected.messages().contains("missing '}'")
                && expected.messages().contains("Extra '}'"), expected.messages());
        assertEquals(expected, twoThreads(text));
    }

    @Test
    void samplesGiveTheSameStatementsAndMessages() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus())) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            String text = Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
            Outcome expected = oneThread(text);
            assertEquals(expected, twoThreads(text), f.toString());
            // without the last '}' the reader reports at the end, after the last statement taken
            int last = text.lastIndexOf('}');
            if (last >= 0) {
                String cut = text.substring(0, last) + text.substring(last + 1);
                assertEquals(oneThread(cut), twoThreads(cut), f + " without its last '}'");
            }
        }
    }

    @Test
    void manyStatementsPassTheBoundedQueue() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            b.append("s").append(i).append(" {\n  x \"y\n}\n");
        }
        Outcome expected = oneThread(b.toString());
        assertEquals(5000, expected.nodes().size());
        assertEquals(expected, twoThreads(b.toString()));
    }

    @Test
    void aFailureWhileReadingIsThrownOnTheCallersThread() {
        IllegalStateException boom = new IllegalStateException("boom");
        AtomicInteger calls = new AtomicInteger();
        LineSource lines = () -> {
            if (calls.incrementAndGet() > 3) {
                throw boom;
            }
            return new SourceLine("k" + calls.get(), new SourcePosition("k.conf", calls.get()));
        };
        List<ConfigNode> nodes = new ArrayList<>();
        Diagnostics d = new Diagnostics();
        Diagnostics lineDiagnostics = new Diagnostics();
        LineSource reporting = () -> {
            SourceLine l = lines.next();
            lineDiagnostics.report(ConfigErrorKind.NOTICE, l.position(), "read " + l.text());
            return l;
        };
        assertSame(boom, assertThrows(IllegalStateException.class,
                () -> TreeReader.readAhead(reporting, lineDiagnostics, d, nodes::add)));
        // the messages reported before the failure are all there, in order
        assertEquals(List.of("read k1", "read k2", "read k3"), d.all().stream().map(m -> m.message()).toList());
    }

    @Test
    void aFailureOfTheTakerStopsTheReader() {
        AtomicInteger served = new AtomicInteger();
        LineSource endless = () -> new SourceLine("k" + served.incrementAndGet(), new SourcePosition("k.conf", served.get()));
        RuntimeException boom = new RuntimeException("taker failed");
        assertSame(boom, assertThrows(RuntimeException.class,
                () -> TreeReader.readAhead(endless, new Diagnostics(), new Diagnostics(), n -> {
                    throw boom;
                })));
        // the reader, endless otherwise, stops
        List<Thread> readers = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("keepalived4j-config-")).toList();
        for (Thread t : readers) {
            assertTrue(joined(t), "the reader still runs after " + served.get() + " lines");
        }
        int stoppedAt = served.get();
        assertTrue(stoppedAt < 10_000_000, "served " + stoppedAt);
    }

    private static boolean joined(Thread t) {
        try {
            return t.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
