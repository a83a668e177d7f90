package org.keepalived4j.config.build.vrrp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostic;

/**
 * The VRRP samples against keepalived's own {@code -t} output (src/test/resources/kref, recorded in a netns with eth0..eth3): every VRRP message
 * keepalived printed, with its line, and nothing else from the VRRP side. Messages of the other sections
 * (globals, checkers, script security) are filtered out of keepalived's log by text.
 */
class VrrpSamplesTest {

    private static final Path SAMPLES = samplesDir();
    /** keepalived 2.2.7's own {@code -t} output for each sample (netns with eth0..eth3), kept as test data. */
    private static final Path KREF = krefDir();

    private static Path samplesDir() {
        String root = System.getProperty("k4j.repoRoot");
        if (root != null) {
            Path p = Path.of(root, "..", "shared", "conformance", "keepalived-samples").normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Path.of("/work/shared/conformance/keepalived-samples");
    }

    private static Path krefDir() {
        try {
            return Path.of(VrrpSamplesTest.class.getResource("/kref/keepalived.conf.vrrp.log").toURI()).getParent();
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resources /kref are missing", e);
        }
    }
    private static final Pattern LINE = Pattern.compile("^\\((?:[^:]*: )?Line (\\d+)\\) (.*)$");

    static Stream<String> samples() {
        return Stream.of("keepalived.conf.vrrp", "keepalived.conf.vrrp.localcheck", "keepalived.conf.vrrp.lvs_syncd",
                "keepalived.conf.vrrp.routes", "keepalived.conf.vrrp.rules", "keepalived.conf.vrrp.scripts",
                "keepalived.conf.vrrp.static_ipaddress", "keepalived.conf.vrrp.sync", "etc-keepalived.conf",
                "etc-keepalived.conf.sample", "keepalived.conf.SSL_GET", "keepalived.conf.conditional_conf",
                "keepalived.conf.track_interface", "keepalived.conf.IPv6", "keepalived.conf.sample");
    }

    /** keepalived messages that belong to other sections. */
    private static boolean foreign(String msg) {
        return msg.contains("vrrp_garp_interval") || msg.contains("vrrp_gna_interval")
                || msg.startsWith("number '0' outside range") || msg.startsWith("SECURITY VIOLATION")
                || msg.startsWith("Warning: Virtual server");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleMatchesKeepalived(String sample) throws IOException {
        Path file = SAMPLES.resolve(sample);
        Assumptions.assumeTrue(Files.exists(file), "samples not available");
        List<String> expected = new ArrayList<>();
        for (String l : Files.readAllLines(KREF.resolve(sample + ".log"))) {
            Matcher m = LINE.matcher(l);
            String msg = m.matches() ? m.group(2) : l;
            if (!foreign(msg) && !l.isBlank()) {
                expected.add((m.matches() ? m.group(1) : "-") + " " + msg);
            }
        }
        String text = Files.readString(file);
        var built = TestTrees.build(text, sample, true);
        Assumptions.assumeTrue(!text.contains("vrrp_strict") || built.config().globalDefs().vrrpStrict(),
                "needs global_defs parsing (parser-global) for vrrp_strict");
        List<String> actual = new ArrayList<>();
        for (Diagnostic d : built.diagnostics().all()) {
            boolean otherSection = d.kind() == ConfigErrorKind.NOTICE || d.kind() == ConfigErrorKind.INFO
                    || foreign(d.message())
                    || d.message().startsWith("Unknown keyword '") && !d.message().startsWith("Unknown keyword 'VI_");
            if (!otherSection) {
                actual.add((d.position().isNone() ? "-" : String.valueOf(d.position().line())) + " " + d.message());
            }
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    /** The same through the real preprocessor and grammar ({@link org.keepalived4j.config.ConfigParser}). */
    @ParameterizedTest
    @MethodSource("samples")
    void sampleThroughConfigParser(String sample) throws IOException {
        Path file = SAMPLES.resolve(sample);
        Assumptions.assumeTrue(Files.exists(file), "samples not available");
        var options = new org.keepalived4j.config.ParseOptions(null, TestTrees.KTEST, true);
        var result = org.keepalived4j.config.ConfigParser.parse(file, options);
        List<String> expected = new ArrayList<>();
        for (String l : Files.readAllLines(KREF.resolve(sample + ".log"))) {
            Matcher m = LINE.matcher(l);
            String msg = m.matches() ? m.group(2) : l;
            if (!foreign(msg) && !l.isBlank()) {
                expected.add((m.matches() ? m.group(1) : "-") + " " + msg);
            }
        }
        List<String> actual = new ArrayList<>();
        for (Diagnostic d : result.diagnostics().all()) {
            boolean otherSection = d.kind() == ConfigErrorKind.NOTICE || d.kind() == ConfigErrorKind.INFO
                    || foreign(d.message())
                    || d.message().startsWith("Unknown keyword '") && !d.message().startsWith("Unknown keyword 'VI_");
            if (!otherSection) {
                actual.add((d.position().isNone() ? "-" : String.valueOf(d.position().line())) + " " + d.message());
            }
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }
}
