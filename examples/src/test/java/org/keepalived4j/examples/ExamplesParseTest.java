package org.keepalived4j.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.ParseResult;

/** Every example config reads without a single problem, for each config id it uses. */
class ExamplesParseTest {

    @TestFactory
    Stream<DynamicTest> everyExampleIsClean() throws IOException {
        List<Path> confs;
        try (Stream<Path> s = Files.walk(Path.of("").toAbsolutePath())) {
            confs = s.filter(p -> p.toString().endsWith(".conf") && !p.toString().contains("/target"))
                    .sorted().toList();
        }
        assertFalse(confs.isEmpty(), "no example configs found");
        return confs.stream().flatMap(c -> Stream.of("node1", "node2").map(id -> DynamicTest.dynamicTest(
                c.getParent().getFileName() + "/" + c.getFileName() + " -i " + id, () -> {
                    ParseResult r = ConfigParser.parse(c, new ParseOptions(id, HostView.lenient(), true));
                    assertTrue(r.diagnostics().clean(), c + " -i " + id + ":\n" + r.diagnostics());
                    assertFalse(r.config().vrrp().instances().isEmpty(), "every example runs VRRP");
                    assertFalse(r.config().lvs().virtualServers().isEmpty(), "every example balances");
                    assertTrue(r.config().lvs().virtualServers().stream()
                            .allMatch(vs -> !vs.realServers().isEmpty()), "every virtual server has real servers");
                })));
    }
}
