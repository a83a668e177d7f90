package org.keepalived4j.check.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.keepalived4j.check.Fixtures;
import org.keepalived4j.check.testnet.BlackholeNet;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.model.lvs.MiscCheck;

class ScriptUserTest extends CheckerTestBase {

    private static final Function<String, OptionalInt> GIDS = u -> switch (u) {
        case "keepalived_script" -> OptionalInt.of(990);
        case "nobody" -> OptionalInt.of(65534);
        default -> OptionalInt.empty();
    };

    private static ScriptCommand script(String user, String group) {
        return new ScriptCommand(List.of("/bin/check", "a"), user, group, Fixtures.POS);
    }

    @Test
    void defaultUserIsKeepalivedScriptWhenItExists() {
        ScriptUser u = new ScriptUser(null, null, true, "/usr/bin/setpriv", GIDS);
        assertEquals(List.of("/usr/bin/setpriv", "--reuid=keepalived_script", "--regid=990", "--init-groups", "--",
                "/bin/check", "a"), u.command(script(null, null)));
        ScriptUser rootOnly = new ScriptUser(null, null, true, "/usr/bin/setpriv", x -> OptionalInt.empty());
        assertEquals(List.of("/bin/check", "a"), rootOnly.command(script(null, null)), "else root: run as is");
    }

    @Test
    void theScriptsOwnUserBeatsScriptUser() {
        ScriptUser u = new ScriptUser("nobody", "nogroup", true, "/usr/bin/setpriv", GIDS);
        assertEquals(List.of("/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--init-groups", "--",
                "/bin/check", "a"), u.command(script(null, null)));
        assertEquals(List.of("/bin/check", "a"), u.command(script("root", null)));
        assertEquals("--regid=990", u.command(script("keepalived_script", null)).get(2));
    }

    @Test
    void withoutPrivilegesOrSetprivNothingIsSwitched() {
        assertEquals(List.of("/bin/check", "a"),
                new ScriptUser("nobody", null, false, "/usr/bin/setpriv", GIDS).command(script(null, null)));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ScriptUser("nobody", null, true, null, GIDS).command(script(null, null)));
        assertTrue(e.getMessage().contains("setpriv"), e.getMessage());
    }

    @Test
    void miscCheckReallyRunsAsTheScriptUser() throws Exception {
        BlackholeNet.require("root".equals(System.getProperty("user.name"))
                && Files.isExecutable(Path.of("/usr/bin/setpriv")), "root and setpriv");
        ScriptUser nobody = new ScriptUser("nobody", null, true, "/usr/bin/setpriv", GIDS);
        MiscCheck asNobody = new MiscCheck(Fixtures.settings(0, false),
                new ScriptCommand(List.of("/bin/sh", "-c", "test \"$(id -u)\" = 65534"), null, null, Fixtures.POS),
                Duration.ofSeconds(5), false, Fixtures.POS);
        var exec = Executors.newVirtualThreadPerTaskExecutor();
        try {
            assertTrue(run(new MiscChecker(asNobody, exec, nobody), Duration.ofSeconds(10)).success());
            assertEquals(1, run(new MiscChecker(asNobody, exec), Duration.ofSeconds(10)).exitStatus(),
                    "as this process (root) the same script fails");
        } finally {
            exec.shutdownNow();
        }
    }
}
