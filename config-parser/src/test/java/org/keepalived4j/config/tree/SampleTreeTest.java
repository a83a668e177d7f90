package org.keepalived4j.config.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.preprocess.Preprocessor;

/** Trees of conformance samples, against what keepalived 2.2.7 reported for them (src/test/resources/kref). */
class SampleTreeTest {

    private static Path sample(String name) {
        String root = System.getProperty("k4j.repoRoot");
        if (root != null) {
            Path p = Path.of(root, "..", "shared", "conformance", "keepalived-samples", name).normalize();
            if (Files.exists(p)) {
                return p;
            }
        }
        return Path.of("/work/shared/conformance/keepalived-samples", name);
    }

    private static List<ConfigNode> read(Path file, String configId, Diagnostics d) {
        ParseOptions o = new ParseOptions(configId, HostView.lenient(), true);
        return TreeReader.read(new Preprocessor(o, d).read(file), d);
    }

    /**
     * keepalived: Unknown keyword '\' on lines 5, 13 and 50 (comment lines ending in a backslash keep the backslash),
     * '[Service]' on 30 and 'LoadCredentialEncrypted=...' on 31; nothing else is a statement.
     */
    @Test
    void systemdDropInGivesKeepalivedsUnknownKeywords() {
        Path f = sample("keepalived.service.d.auth_hmac.conf");
        Diagnostics d = new Diagnostics();
        List<ConfigNode> n = read(f, null, d);
        assertEquals(List.of("\\", "\\", "[Service]", "LoadCredentialEncrypted=vrrp_hmac:/etc/keepalived/creds/vrrp_hmac.cred", "\\"),
                n.stream().map(ConfigNode::keyword).toList());
        assertEquals(List.of(5, 13, 30, 31, 50), n.stream().map(c -> c.position().line()).toList());
        assertEquals(f.toString(), n.get(0).position().file());
        assertEquals(0, d.size(), d.toString());
    }

    @Test
    void conditionalSampleFollowsTheConfigId() {
        Path f = sample("keepalived.conf.conditional_conf");
        assertEquals(List.of("/etc/keepalived/scripts/check_high_VI_0.sh"), scripts(read(f, "high", new Diagnostics())));
        assertEquals(List.of("/etc/keepalived/scripts/check_low_VI_0.sh"), scripts(read(f, "low", new Diagnostics())));
        assertEquals(List.of(), scripts(read(f, "other", new Diagnostics())));
    }

    private static List<String> scripts(List<ConfigNode> nodes) {
        List<String> out = new ArrayList<>();
        for (ConfigNode n : nodes) {
            if (n.keyword().equals("script")) {
                out.add(n.arg(0));
            }
            if (n.hasBlock()) {
                out.addAll(scripts(n.block()));
            }
        }
        return out;
    }

    @Test
    void everySampleReadsWithoutStructureProblems() throws Exception {
        Path dir = sample("keepalived.conf.sample").getParent();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                Diagnostics d = new Diagnostics();
                List<ConfigNode> n = read(f, "x", d);
                assertTrue(!n.isEmpty(), f.toString());
                assertEquals(0, d.size(), f + ": " + d);
                assertTrue(n.stream().allMatch(c -> !c.position().equals(SourcePosition.NONE)), f.toString());
            }
        }
    }
}
