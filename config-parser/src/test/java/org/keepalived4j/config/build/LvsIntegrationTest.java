package org.keepalived4j.config.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.ParseResult;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.model.ScriptVerdict;
import org.keepalived4j.config.model.ScriptVerdict.Purpose;
import org.keepalived4j.config.model.ScriptVerdict.Status;
import org.keepalived4j.config.model.lvs.FileCheck;
import org.keepalived4j.config.model.lvs.MiscCheck;
import org.keepalived4j.config.model.lvs.RealServer;

/**
 * The LVS side wired to the rest of the parser: its scripts go through {@link Scripts} and {@link ScriptSecurity}
 * as checker scripts (the verdicts are in the model), {@code smtp_alert} defaults come from global_defs, and a
 * FILE_CHECK uses the top-level {@code track_file} blocks read before it.
 */
class LvsIntegrationTest {

    private static final String VS = """
            virtual_server 10.0.0.1 80 {
                lb_algo rr
                lb_kind NAT
                protocol TCP
            """;

    private static ParseResult parse(String text, HostView host) {
        return ConfigParser.parse(text, "t.conf", Path.of("/tmp"), new ParseOptions(null, host, true));
    }

    private static List<String> messages(ParseResult r) {
        return r.diagnostics().all().stream().filter(d -> d.kind().counts()).map(Diagnostic::format).toList();
    }

    private static FakeHost host() {
        return new FakeHost().user("nobody", 65534, 65534).user("keepalived_script", 999, 999)
                .file("/bin/misc.sh", 0, 0, 0755).file("/bin/up.sh", 0, 0, 0755).file("/bin/q.sh", 0, 0, 0755)
                .file("/bin/open.sh", 0, 0, 0777);
    }

    @Test
    void checkerScriptsAreCheckedAsCheckerScriptsAndRunAsTheirUsers() {
        ParseResult r = parse("global_defs {\n enable_script_security\n}\n" + VS + """
                    quorum_up "/bin/q.sh up"
                    real_server 10.0.0.2 80 {
                        notify_up "/bin/up.sh 'x y'" nobody
                        MISC_CHECK {
                            misc_path "/bin/misc.sh arg" ignored-word
                            user nobody
                        }
                    }
                }
                """, host());
        assertEquals(List.of(), messages(r));
        KeepalivedConfig c = r.config();
        RealServer rs = c.lvs().virtualServers().getFirst().realServers().getFirst();
        MiscCheck misc = assertInstanceOf(MiscCheck.class, rs.checks().getFirst());
        assertEquals(new ScriptCommand(List.of("/bin/misc.sh", "arg"), "nobody", null, misc.script().position()),
                misc.script(), "misc_path takes only the command; the user keyword gives the user");
        assertEquals(List.of("/bin/up.sh", "x y"), rs.notifyUp().args());

        ScriptVerdict q = c.scripts().of(c.lvs().virtualServers().getFirst().quorumUp()).orElseThrow();
        assertEquals(Purpose.CHECKER_NOTIFY, q.purpose());
        assertEquals(Status.RUNNABLE, q.status());
        assertEquals(999, q.uid(), "no script_user: keepalived_script");
        ScriptVerdict up = c.scripts().of(rs.notifyUp()).orElseThrow();
        assertEquals(Purpose.CHECKER_NOTIFY, up.purpose());
        assertEquals(65534, up.uid());
        ScriptVerdict m = c.scripts().of(misc.script()).orElseThrow();
        assertEquals(Purpose.CHECKER_MISC, m.purpose());
        assertEquals(List.of("/bin/misc.sh", "arg"), m.command());
        assertEquals(65534, m.uid());
        assertEquals(Purpose.Process.CHECKER, m.purpose().process());
        assertEquals(List.of(), c.scripts().refused());
    }

    @Test
    void anInsecureMiscScriptIsRefusedInTheModel() {
        ParseResult r = parse("global_defs {\n enable_script_security\n}\n" + VS + """
                    real_server 10.0.0.2 80 {
                        MISC_CHECK {
                            misc_path /bin/open.sh
                            user root
                        }
                    }
                }
                """, host());
        MiscCheck misc = (MiscCheck) r.config().lvs().virtualServers().getFirst().realServers().getFirst().checks()
                .getFirst();
        assertFalse(r.config().scripts().runnable(misc.script()));
        assertEquals(Status.INHIBITED, r.config().scripts().of(misc.script()).orElseThrow().status());
        assertEquals(1, r.config().scripts().refused().size());
        assertTrue(r.diagnostics().all().stream().anyMatch(d -> d.message().startsWith("Disabling misc script")),
                r.diagnostics().toString());
    }

    @Test
    void checkerScriptsAreNotCheckedWithoutVirtualServersButVrrpOnesAreNot() {
        // without enable_script_security a runnable checker script is a security violation (keepalived exits 6)
        ParseResult r = parse(VS + """
                    real_server 10.0.0.2 80 {
                        notify_up /bin/up.sh
                    }
                }
                """, host());
        assertEquals(List.of("SECURITY VIOLATION - check scripts are being executed but script_security not enabled."),
                messages(r));
    }

    private static RealServer smtp(String globals) {
        ParseResult r = parse("global_defs {\n" + globals + "\n}\n" + VS + "    real_server 10.0.0.2 80 {\n    }\n}\n",
                HostView.lenient());
        return r.config().lvs().virtualServers().getFirst().realServers().getFirst();
    }

    private static boolean vsSmtp(String globals) {
        ParseResult r = parse("global_defs {\n" + globals + "\n}\n" + VS + "    real_server 10.0.0.2 80 {\n    }\n}\n",
                HostView.lenient());
        return r.config().lvs().virtualServers().getFirst().smtpAlert();
    }

    @Test
    void smtpAlertDefaultsComeFromGlobalDefs() {
        // keepalived's check_data.c: smtp_alert_checker, else smtp_alert, else false (virtual) / true (real)
        assertFalse(vsSmtp(""));
        assertTrue(smtp("").smtpAlert());
        assertTrue(vsSmtp("smtp_alert"));
        assertTrue(smtp("smtp_alert").smtpAlert());
        assertFalse(vsSmtp("smtp_alert false"));
        assertFalse(smtp("smtp_alert false").smtpAlert());
        assertFalse(vsSmtp("smtp_alert\n smtp_alert_checker false"));
        assertFalse(smtp("smtp_alert\n smtp_alert_checker false").smtpAlert());
        assertTrue(vsSmtp("smtp_alert false\n smtp_alert_checker"));
        assertTrue(smtp("smtp_alert false\n smtp_alert_checker").smtpAlert());
    }

    private static final String FILE_CHECK_VS = VS + """
                real_server 10.0.0.2 80 {
                    FILE_CHECK {
                        track_file tf1
                    }
                }
            }
            """;

    @Test
    void fileCheckUsesATrackFileReadBeforeIt() {
        ParseResult r = parse("track_file tf1 {\n    file /tmp/tf1\n}\n" + FILE_CHECK_VS, HostView.lenient());
        assertEquals(List.of(), messages(r));
        FileCheck f = assertInstanceOf(FileCheck.class,
                r.config().lvs().virtualServers().getFirst().realServers().getFirst().checks().getFirst());
        assertEquals("tf1", f.trackFile());
    }

    @Test
    void fileCheckBeforeItsTrackFileIsReportedAsKeepalivedDoes() {
        ParseResult r = parse(FILE_CHECK_VS + "track_file tf1 {\n    file /tmp/tf1\n}\n", HostView.lenient());
        assertEquals(List.of("(t.conf: Line 7) track_file tf1 not found",
                "(t.conf: Line 8) FILE_CHECK has no track_file specified - ignoring"), messages(r));
        assertEquals(List.of(), r.config().lvs().virtualServers().getFirst().realServers().getFirst().checks());
    }

    @Test
    void fileCheckOfATrackFileWithoutFileIsNotFound() {
        ParseResult r = parse("track_file tf1 {\n    weight 2\n}\n" + FILE_CHECK_VS, HostView.lenient());
        assertEquals(List.of("(t.conf: Line 3) No file set for track_file tf1 - ignoring",
                "(t.conf: Line 10) track_file tf1 not found",
                "(t.conf: Line 11) FILE_CHECK has no track_file specified - ignoring"), messages(r));
    }
}
