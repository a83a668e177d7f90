package org.keepalived4j.config.build.lvs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Configs full of LVS mistakes, each with the messages keepalived 2.2.7 printed for it ({@code keepalived -t},
 * run in the ktest namespace; the file name replaced by t.conf). keepalived's script-security line is left out (the
 * security check is made elsewhere), as is its BFD_CHECK message (BFD is not supported yet).
 */
class LvsGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"check-ends", "keyword-errors", "family-notify-dr-port", "invalid-real-server",
            "skipped-real-server", "validation"})
    void sameMessagesAsKeepalived(String name) throws IOException {
        Lvs l = Lvs.parse(resource(name + ".conf"));
        List<String> expected = resource(name + ".expected").lines().toList();
        assertEquals(expected, l.counting(), l.dump());
    }

    static String resource(String name) throws IOException {
        try (InputStream in = LvsGoldenTest.class.getResourceAsStream("/lvs/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
