package org.keepalived4j.config.build;

import java.util.List;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.testing.StatementTrees;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * Statement trees ({@link StatementTrees}), build contexts, hosts and messages in keepalived's form for the model
 * builder's tests in this package.
 */
final class TestTrees {

    static final String FILE = "keepalived.conf";

    private TestTrees() {
    }

    static List<ConfigNode> parse(String text) {
        return StatementTrees.read(text, FILE);
    }

    /** A build context over fresh diagnostics. */
    static BuildContext context(HostView host) {
        return new BuildContext(new ParseOptions(null, host, true), new Diagnostics());
    }

    /** The messages as keepalived prints them with one config file: "(Line N) text". */
    static List<String> messages(BuildContext ctx) {
        return ctx.diagnostics().all().stream().filter(d -> d.kind().counts()).map(TestTrees::lineForm).toList();
    }

    /** The NOTICE messages. */
    static List<String> notices(BuildContext ctx) {
        return ctx.diagnostics().all().stream().filter(d -> !d.kind().counts()).map(TestTrees::lineForm).toList();
    }

    private static String lineForm(Diagnostic d) {
        return d.position().isNone() ? d.message() : "(Line " + d.position().line() + ") " + d.message();
    }

    /** A host named "testhost" where everything exists (HostView's defaults: no file checks). */
    static HostView host() {
        return new HostView() {
            @Override
            public boolean interfaceExists(String name) {
                return true;
            }

            @Override
            public String hostName() {
                return "testhost";
            }
        };
    }
}
