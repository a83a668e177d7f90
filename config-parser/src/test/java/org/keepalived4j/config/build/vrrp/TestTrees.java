package org.keepalived4j.config.build.vrrp;

import java.util.Set;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.build.BuildContext;
import org.keepalived4j.config.build.ModelBuilder;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.config.testing.StatementTrees;

/**
 * Builds the model from text read by {@link StatementTrees} (a small stand-in for the real preprocessor + grammar), so
 * the VRRP builder can be tested on its own, on the host of keepalived's reference runs.
 */
final class TestTrees {

    /** The host of keepalived's reference runs: netns ktest with lo and eth0..eth3. */
    static final HostView KTEST = new HostView() {
        private final Set<String> ifs = Set.of("lo", "eth0", "eth1", "eth2", "eth3");

        @Override
        public boolean interfaceExists(String name) {
            return ifs.contains(name);
        }

        @Override
        public String hostName() {
            return "ktest";
        }
    };

    /** The model and messages of one build. */
    record Built(KeepalivedConfig config, Diagnostics diagnostics) {
    }

    private TestTrees() {
    }

    static Built build(String text, String file, boolean configTest) {
        Diagnostics d = new Diagnostics();
        ParseOptions o = new ParseOptions(null, KTEST, configTest);
        KeepalivedConfig c = new ModelBuilder(new BuildContext(o, d)).build(StatementTrees.read(text, file));
        return new Built(c, d);
    }

    static Built build(String text) {
        return build(text, "keepalived.conf", true);
    }
}
