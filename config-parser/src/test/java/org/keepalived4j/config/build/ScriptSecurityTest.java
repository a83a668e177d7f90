package org.keepalived4j.config.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.model.ScriptVerdict;
import org.keepalived4j.config.model.ScriptVerdicts;
import org.keepalived4j.config.tree.ConfigNode;

class ScriptSecurityTest {

    private static final String VIOLATION = "SECURITY VIOLATION - scripts are being executed but script_security not "
            + "enabled.";

    private BuildContext ctx;
    private GlobalDefs globals;

    /** Reads global_defs with the host, then registers each "vrrp_script NAME COMMAND" line as a track script. */
    private void read(HostView host, String globalDefs, String... trackScripts) {
        GlobalTestSupport g = GlobalTestSupport.read(globalDefs, host);
        ctx = g.ctx;
        globals = g.globals;
        for (String line : trackScripts) {
            int nameEnd = line.indexOf(' ', "vrrp_script ".length());
            String name = line.substring("vrrp_script ".length(), nameEnd);
            ConfigNode n = TestTrees.parse(line.substring(nameEnd + 1)).getFirst();
            List<String> cmd = Scripts.commandFromNode(n, ctx);
            Scripts.register(ctx, new ScriptCommand(cmd, null, null, n.position()), ScriptUse.VRRP_TRACK, name);
        }
    }

    private ScriptVerdicts check(boolean vrrp, boolean lvs) {
        return ScriptSecurity.check(ctx, globals, vrrp, lvs);
    }

    private static FakeHost safeHost() {
        return new FakeHost().file("/usr/bin/killall", 0, 0, 0755).file("/etc/keepalived/check.sh", 0, 0, 0700);
    }

    @Test
    void localcheckSampleIsASecurityViolation() {
        // keepalived.conf.vrrp.localcheck: keepalived -t exits 6 with exactly this message
        read(safeHost(), "",
                "vrrp_script chk_sshd script \"killall -0 sshd\"",
                "vrrp_script chk_haproxy script \"killall -0 haproxy\"",
                "vrrp_script chk_http_port script \"</dev/tcp/127.0.0.1/80\"");
        ScriptVerdicts r = check(true, false);
        assertEquals(List.of(VIOLATION), TestTrees.messages(ctx));
        assertEquals(6, ctx.diagnostics().exitCode());
        ScriptVerdict v = r.verdicts().getFirst();
        assertEquals(ScriptVerdict.Status.RUNNABLE, v.status());
        assertEquals(List.of("/usr/bin/killall", "-0", "sshd"), v.command());
        assertEquals(0, v.uid());
        assertEquals(ScriptVerdict.Status.SYSTEM, r.verdicts().get(2).status());
        assertTrue(TestTrees.notices(ctx).contains("(Line 1) WARNING - script `killall` resolved by path search to "
                + "`/usr/bin/killall`. Please specify full path."));
        assertTrue(TestTrees.notices(ctx).contains("(Line 1) Script user 'keepalived_script' does not exist"));
    }

    @Test
    void enabledScriptSecurityWithSafeScriptsIsClean() {
        read(safeHost().user("keepalived_script", 0, 0), "global_defs {\n enable_script_security\n}\n",
                "vrrp_script chk script /etc/keepalived/check.sh");
        ScriptVerdicts r = check(true, false);
        assertEquals(List.of(), TestTrees.messages(ctx));
        assertTrue(r.runnable(r.verdicts().getFirst().script()));
    }

    @Test
    void redirectionTestAloneIsNoViolation() {
        read(safeHost(), "", "vrrp_script port script \"</dev/tcp/127.0.0.1/80\"");
        check(true, false);
        assertEquals(List.of(), TestTrees.messages(ctx));
    }

    @Test
    void unsafeScriptWithoutSecurityIsReportedAsInsecure() {
        FakeHost host = new FakeHost().dir("/tmp", 0, 0, 01777).file("/tmp/check.sh", 0, 0, 0777);
        read(host, "", "vrrp_script chk script /tmp/check.sh");
        ScriptVerdicts r = check(true, false);
        assertEquals(List.of(VIOLATION + " There are insecure scripts."), TestTrees.messages(ctx));
        assertTrue(r.verdicts().getFirst().insecure());
        assertEquals(ScriptVerdict.Status.RUNNABLE, r.verdicts().getFirst().status(), "still run without security");
        assertTrue(TestTrees.notices(ctx).contains("(Line 1) Unsafe permissions found for script '/tmp/check.sh'."));
    }

    @Test
    void unsafeScriptWithSecurityIsDisabled() {
        FakeHost host = new FakeHost().dir("/home", 0, 0, 0755).dir("/home/joe", 1000, 1000, 0755)
                .file("/home/joe/check.sh", 0, 0, 0755).user("keepalived_script", 0, 0);
        read(host, "global_defs {\n enable_script_security\n}\n", "vrrp_script chk script /home/joe/check.sh");
        ScriptVerdicts r = check(true, false);
        assertEquals(List.of("(Line 1) Disabling track script chk due to insecure"), TestTrees.messages(ctx));
        assertEquals(ScriptVerdict.Status.INHIBITED, r.verdicts().getFirst().status());
        assertTrue(TestTrees.notices(ctx).contains(
                "(Line 1) Unsafe permissions found for script '/home/joe/check.sh' - disabling."));
    }

    @Test
    void missingScriptIsDisabledAndNoViolation() {
        read(safeHost(), "", "vrrp_script chk script /usr/local/bin/nothere.sh");
        ScriptVerdicts r = check(true, false);
        assertEquals(List.of("(Line 1) Disabling track script chk since not found/accessible"),
                TestTrees.messages(ctx));
        assertEquals(ScriptVerdict.Status.NOT_FOUND, r.verdicts().getFirst().status());
    }

    @Test
    void missingMiscCheckScriptIsSilentAsInTheMiscCheckSample() {
        read(safeHost(), "");
        ConfigNode n = TestTrees.parse("misc_path /usr/local/bin/script.sh").getFirst();
        Scripts.register(ctx, new ScriptCommand(Scripts.commandFromNode(n, ctx), null, null, n.position()),
                ScriptUse.CHECKER_MISC, null);
        ScriptVerdicts r = check(false, true);
        assertEquals(List.of(), TestTrees.messages(ctx));
        assertEquals(ScriptVerdict.Status.NOT_FOUND, r.verdicts().getFirst().status());
        assertTrue(TestTrees.notices(ctx).contains(
                "(Line 1) Disabling misc script '/usr/local/bin/script.sh' since not found/accessible"));
    }

    @Test
    void checkerScriptsGetTheirOwnMessageAndOnlyWithVirtualServers() {
        read(safeHost(), "");
        ConfigNode n = TestTrees.parse("notify_up /etc/keepalived/check.sh").getFirst();
        Scripts.fromNode(n, ctx, ScriptUse.CHECKER_NOTIFY);
        check(true, false);
        assertEquals(List.of(), TestTrees.messages(ctx), "no virtual server: the checker checks nothing");
        check(false, true);
        assertEquals(List.of("SECURITY VIOLATION - check scripts are being executed but script_security not enabled."),
                TestTrees.messages(ctx));
    }

    @Test
    void startupScriptIsCheckedByTheParent() {
        read(safeHost(), "global_defs {\n startup_script /etc/keepalived/check.sh\n}\n");
        check(false, false);
        assertEquals(List.of("SECURITY VIOLATION - start/shutdown scripts are being executed but script_security "
                + "not enabled."), TestTrees.messages(ctx));
    }

    @Test
    void securityWithoutKeepalivedScriptUser() {
        read(safeHost(), "global_defs {\n enable_script_security\n}\n",
                "vrrp_script chk script /etc/keepalived/check.sh");
        ScriptVerdicts r = check(true, false);
        assertEquals(List.of("(Line 1) Unable to set default user keepalived_script for script",
                "(Line 1) Unable to set default user for vrrp script chk - removing"), TestTrees.messages(ctx));
        assertEquals(ScriptVerdict.Status.NO_USER, r.verdicts().getFirst().status());
    }

    @Test
    void scriptUserRunsWithoutRootRights() {
        FakeHost host = safeHost().user("nobody", 65534, 65534).file("/opt/check", 0, 0, 0700);
        read(host, "global_defs {\n script_user nobody\n}\n", "vrrp_script a script /etc/keepalived/check.sh");
        Scripts.fromNode(TestTrees.parse("notify \"/opt/check x\" root").getFirst(), ctx, ScriptUse.VRRP_NOTIFY);
        ScriptVerdicts r = check(true, false);
        ScriptVerdict a = r.verdicts().get(0);
        assertEquals(65534, a.uid());
        assertEquals(ScriptVerdict.Status.NOT_EXECUTABLE, a.status(), "0700 root file is not executable by nobody");
        assertEquals(ScriptVerdict.Status.RUNNABLE, r.verdicts().get(1).status());
        assertEquals(List.of(VIOLATION), TestTrees.messages(ctx));
    }

    @Test
    void symbolicLinksAreResolvedKeepingTheCalledName() {
        FakeHost host = safeHost().file("/opt/tool/bin/tool-1.2", 0, 0, 0755).link("/usr/local/bin/tool",
                "/opt/tool/bin/tool-1.2");
        read(host, "global_defs {\n enable_script_security\n}\n", "vrrp_script t script \"tool --check\"");
        host.user("keepalived_script", 0, 0);
        ScriptVerdicts r = check(true, false);
        assertEquals(List.of("/opt/tool/bin/tool-1.2", "--check"), r.verdicts().getFirst().command());
        assertEquals(ScriptVerdict.Status.RUNNABLE, r.verdicts().getFirst().status());
        assertEquals(List.of(), TestTrees.messages(ctx));
    }

    @Test
    void lenientHostChecksNothing() {
        read(TestTrees.host(), "", "vrrp_script chk script /nowhere/x.sh");
        ScriptVerdicts r = check(true, true);
        assertEquals(List.of(), TestTrees.messages(ctx));
        assertEquals(ScriptVerdict.Status.UNCHECKED, r.verdicts().getFirst().status());
    }
}
