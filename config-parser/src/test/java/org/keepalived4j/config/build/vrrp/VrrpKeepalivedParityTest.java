package org.keepalived4j.config.build.vrrp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Configs written to exercise keepalived's hidden VRRP rules and messages; the expected {@code .log} next to each is
 * keepalived 2.2.7's own {@code -t} output, run in netns ktest (eth0..eth3).
 */
class VrrpKeepalivedParityTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = VrrpKeepalivedParityTest.class.getResourceAsStream("/vrrp/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rules-instance", "rules-sync", "rules-sync-ok", "rules-routes", "misc-c", "misc-d",
        "misc-e", "misc-g"})
    void sameMessagesAsKeepalived(String name) throws IOException {
        String conf = resource(name + ".conf");
        List<String> log = resource(name + ".log").lines().toList();
        var built = TestTrees.build(conf, name + ".conf", true);
        assertEquals(KeepalivedLogs.expected(log), KeepalivedLogs.actual(built.diagnostics()));
    }
}
