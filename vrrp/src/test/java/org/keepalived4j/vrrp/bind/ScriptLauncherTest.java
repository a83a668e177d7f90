package org.keepalived4j.vrrp.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.ScriptCommand;

/** Whom scripts run as, and the security verdicts. */
class ScriptLauncherTest {
    static final ScriptCommand CHECK = new ScriptCommand(List.of("/usr/local/bin/check", "-q"), null, null,
            SourcePosition.NONE);

    @Test
    void keepalivedScriptIsTheDefaultUserWhenItExistsElseRoot() {
        ScriptLauncher withUser = new ScriptLauncher(null, null, c -> true,
                u -> u.equals("keepalived_script") ? Optional.of(998) : Optional.empty(), true);
        assertEquals("keepalived_script", withUser.userOf(CHECK));
        assertEquals(List.of("/usr/bin/setpriv", "--reuid=keepalived_script", "--regid=998", "--init-groups", "--",
                "/usr/local/bin/check", "-q"), withUser.argv(CHECK).orElseThrow());
        ScriptLauncher noUser = new ScriptLauncher(null, null, c -> true, u -> Optional.empty(), true);
        assertEquals(List.of("/usr/local/bin/check", "-q"), noUser.argv(CHECK).orElseThrow(), "root: as is");
    }

    @Test
    void theScriptsOwnUserAndGroupWin() {
        ScriptCommand own = new ScriptCommand(List.of("/bin/check"), "www", "web", SourcePosition.NONE);
        ScriptLauncher l = new ScriptLauncher("nobody", null, c -> true, u -> Optional.of(1), true);
        assertEquals(List.of("/usr/bin/setpriv", "--reuid=www", "--regid=web", "--init-groups", "--", "/bin/check"),
                l.argv(own).orElseThrow());
    }

    @Test
    void refusedScriptsAreNotRun() {
        ScriptLauncher l = new ScriptLauncher("root", null, c -> false, u -> Optional.empty(), false);
        assertTrue(l.argv(CHECK).isEmpty());
        assertEquals(List.of(), l.argvOrNone(CHECK));
    }
}
