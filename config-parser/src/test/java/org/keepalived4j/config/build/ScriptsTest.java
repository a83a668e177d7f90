package org.keepalived4j.config.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.tree.ConfigNode;

class ScriptsTest {

    private final BuildContext ctx = TestTrees.context(TestTrees.host());

    private static ConfigNode node(String line) {
        return TestTrees.parse(line).getFirst();
    }

    @Test
    void scriptWithUserAndGroup() {
        ScriptCommand s = Scripts.fromNode(node("notify_master \"/etc/k/master.sh 'VI 1'\" root wheel"), ctx,
                ScriptUse.VRRP_NOTIFY);
        assertEquals(List.of("/etc/k/master.sh", "VI 1"), s.args());
        assertEquals("root", s.user());
        assertEquals("wheel", s.group());
        assertEquals(new SourcePosition(TestTrees.FILE, 1), s.position());
        assertEquals(List.of(new RegisteredScript(s, ScriptUse.VRRP_NOTIFY, null)), ctx.registeredScripts());
        assertEquals(List.of(s), ctx.scripts());
    }

    @Test
    void unquotedScriptIsOneWord() {
        ScriptCommand s = Scripts.fromNode(node("notify_up /usr/local/bin/up.sh"), ctx, ScriptUse.CHECKER_NOTIFY);
        assertEquals(List.of("/usr/local/bin/up.sh"), s.args());
        assertNull(s.user());
        assertNull(s.group());
    }

    @Test
    void singleQuotesInsideDoubleQuotes() {
        List<String> cmd = Scripts.commandFromNode(node("script \"bash -c '</dev/tcp/127.0.0.1/80'\""), ctx);
        assertEquals(List.of("bash", "-c", "</dev/tcp/127.0.0.1/80"), cmd);
    }

    @Test
    void wordsAfterTheScriptAreIgnoredForTheCommandForm() {
        assertEquals(List.of("killall", "-0", "sshd"),
                Scripts.commandFromNode(node("script \"killall -0 sshd\"   # cheaper than pidof"), ctx));
        assertEquals(List.of("/usr/local/bin/script.sh", "arg1", "arg2"),
                Scripts.commandFromNode(node("misc_path \"/usr/local/bin/script.sh arg1 arg2\" extra"), ctx));
        assertEquals(List.of(), ctx.registeredScripts(), "the command form registers nothing by itself");
    }

    @Test
    void escapesAreReadTwiceAsKeepalivedReadsThem() {
        // the line's \t becomes a TAB in the first pass, which splits the script in the second
        assertEquals(List.of("/bin/echo", "a", "b"), Scripts.commandFromNode(node("script \"/bin/echo a\\tb\""), ctx));
        // \\\\ becomes \\ in the first pass and \ escapes y in the second
        assertEquals(List.of("/bin/echo", "xy"), Scripts.commandFromNode(node("script \"/bin/echo x\\\\y\""), ctx));
        // an escaped quote survives the first pass as a quote, which then groups
        assertEquals(List.of("/bin/echo", "a b"),
                Scripts.commandFromNode(node("script \"/bin/echo \\\"a b\\\"\""), ctx));
    }

    @Test
    void octalHexAndControlEscapes() {
        assertEquals(List.of("A", "A", "\u0001", "\u001b", "q"),
                Scripts.splitQuotedEscaped("\\101 \\x41 \\cA \\E \\q", ctx, SourcePosition.NONE));
        assertEquals(List.of("it's", "a b", "c\"d"),
                Scripts.splitQuotedEscaped("\"it's\" 'a b' 'c\"d'", ctx, SourcePosition.NONE));
        assertEquals(List.of("ab"), Scripts.splitQuotedEscaped("a\"\"b", ctx, SourcePosition.NONE));
        assertEquals(List.of(), Scripts.splitQuotedEscaped("   ", ctx, SourcePosition.NONE));
    }

    @Test
    void unmatchedQuoteIsReported() {
        ScriptCommand s = Scripts.fromNode(node("notify \"/bin/echo 'oops\""), ctx, ScriptUse.VRRP_NOTIFY);
        assertNull(s);
        assertEquals(List.of("(Line 1) String '/bin/echo 'oops': missing terminating '"), TestTrees.messages(ctx));
        assertEquals(ConfigErrorKind.UNMATCHED_QUOTE, ctx.diagnostics().all().getFirst().kind());
        assertEquals(List.of("(Line 1) Unable to parse script '/bin/echo 'oops' - ignoring"), TestTrees.notices(ctx));
        assertEquals(List.of(), ctx.registeredScripts());
    }

    @Test
    void trailingBackslash() {
        assertNull(Scripts.splitQuotedEscaped("abc\\", ctx, SourcePosition.NONE));
        assertEquals(List.of("Missing escape char at end: 'abc\\'"), TestTrees.notices(ctx));
    }

    @Test
    void missingScript() {
        assertNull(Scripts.fromNode(node("notify_master"), ctx, ScriptUse.VRRP_NOTIFY));
        assertEquals(List.of("(Line 1) *** Configuration line starting `notify_master` is missing a parameter "
                + "after keyword `notify_master` at word position 2"), TestTrees.messages(ctx));
    }

    @Test
    void registerWithOwner() {
        ScriptCommand s = new ScriptCommand(List.of("/bin/true"), "nobody", null, SourcePosition.NONE);
        Scripts.register(ctx, s, ScriptUse.VRRP_TRACK, "chk");
        assertEquals(List.of(new RegisteredScript(s, ScriptUse.VRRP_TRACK, "chk")), ctx.registeredScripts());
    }

    @Test
    void commandStringAsKeepalivedPrintsIt() {
        assertEquals("'/bin/x' 'a b'", Scripts.commandString(List.of("/bin/x", "a b")));
        assertEquals("</dev/tcp/1.2.3.4/80", Scripts.commandString(List.of("</dev/tcp/1.2.3.4/80")));
    }
}
