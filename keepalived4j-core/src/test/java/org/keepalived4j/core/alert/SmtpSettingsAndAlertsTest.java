package org.keepalived4j.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.check.health.HealthEvent;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.config.model.lvs.RealServer;
import org.keepalived4j.config.model.lvs.VirtualServer;

/** global_defs to settings, and which health events are mailed with which words. */
class SmtpSettingsAndAlertsTest {

    private static KeepalivedConfig parse(String text) {
        return ConfigParser.parse(text).config();
    }

    @Test
    void defaultsAsKeepalived() {
        KeepalivedConfig c = parse("global_defs {\n notification_email {\n  a@example.com\n  b@example.com\n }\n"
                + " smtp_server 192.0.2.25 2525\n router_id lb1\n}\n");
        SmtpSettings s = SmtpSettings.from(c.globalDefs(), "director1", "root").orElseThrow();
        // The config builder fills keepalived's defaults (user@local name, local name) from its host view.
        assertEquals(c.globalDefs().notificationEmailFrom(), s.from());
        assertTrue(s.from().endsWith("@localhost"), s.from());
        assertEquals(c.globalDefs().smtpHelo(), s.helo());
        assertEquals(Duration.ofSeconds(30), s.connectTimeout());
        assertEquals(2525, s.server().getPort());
        assertEquals("a@example.com, b@example.com", s.toHeader());
        assertEquals("lb1", s.routerId());
    }

    @Test
    void explicitValuesWin() {
        KeepalivedConfig c = parse("global_defs {\n notification_email {\n  a@example.com\n }\n"
                + " notification_email_from k@example.com\n smtp_helo_name me.example.com\n"
                + " smtp_server 192.0.2.25\n smtp_connect_timeout 7\n}\n");
        SmtpSettings s = SmtpSettings.from(c.globalDefs(), "director1", "root").orElseThrow();
        assertEquals("k@example.com", s.from());
        assertEquals("me.example.com", s.helo());
        assertEquals(Duration.ofSeconds(7), s.connectTimeout());
        assertEquals(25, s.server().getPort());
    }

    @Test
    void noMailWithoutServerOrRecipients() {
        assertTrue(SmtpSettings.from(parse("global_defs {\n smtp_server 192.0.2.25\n}\n").globalDefs(), "h", "u")
                .isEmpty());
        assertTrue(SmtpSettings.from(parse("global_defs {\n notification_email {\n  a@b\n }\n}\n").globalDefs(),
                "h", "u").isEmpty());
    }

    private static final String SERVERS = """
            virtual_server 192.0.2.1 80 {
              lb_kind NAT
              protocol TCP
              quorum 2
              hysteresis 1
              smtp_alert
              real_server 192.0.2.2 80 {
                weight 2
                TCP_CHECK {
                }
              }
              real_server 192.0.2.3 80 {
                alpha
                HTTP_GET {
                  url {
                    path /
                    status_code 200
                  }
                }
              }
              real_server 192.0.2.4 80 {
                smtp_alert off
                TCP_CHECK {
                }
              }
            }
            """;

    @Test
    void realServerAlertsFollowKeepalivedsCheckerRules() {
        VirtualServer vs = parse(SERVERS).lvs().virtualServers().getFirst();
        RealServer tcp = vs.realServers().get(0);
        RealServer httpAlpha = vs.realServers().get(1);
        RealServer silent = vs.realServers().get(2);
        List<AlertMessage> mails = new ArrayList<>();
        CheckerAlerts alerts = new CheckerAlerts("lb1", mails::add);

        alerts.accept(new HealthEvent.RealServerChanged(vs, tcp, "[192.0.2.2]:tcp:80", false, null));
        alerts.accept(new HealthEvent.RealServerChanged(vs, tcp, "[192.0.2.2]:tcp:80", false, null));
        alerts.accept(new HealthEvent.RealServerChanged(vs, httpAlpha, "[192.0.2.3]:tcp:80", false, null));
        alerts.accept(new HealthEvent.RealServerChanged(vs, silent, "[192.0.2.4]:tcp:80", false, null));
        alerts.accept(new HealthEvent.RealServerChanged(vs, httpAlpha, "[192.0.2.3]:tcp:80", true, null));
        alerts.accept(new HealthEvent.RealServerChanged(vs, tcp, "[192.0.2.2]:tcp:80", true, null));

        assertEquals(List.of(
                new AlertMessage("[lb1] Realserver [192.0.2.2]:tcp:80 of virtual server [192.0.2.1]:tcp:80 - DOWN",
                        "=> TCP CHECK failed on service <="),
                new AlertMessage("[lb1] Realserver [192.0.2.3]:tcp:80 of virtual server [192.0.2.1]:tcp:80 - UP",
                        "=> CHECK succeed on service <="),
                new AlertMessage("[lb1] Realserver [192.0.2.2]:tcp:80 of virtual server [192.0.2.1]:tcp:80 - UP",
                        "=> TCP CHECK succeed on service <=")), mails,
                "no repeat, no first failure with alpha, nothing without smtp_alert");
    }

    @Test
    void quorumAlertsCarryKeepalivedsArithmetic() {
        VirtualServer vs = parse(SERVERS).lvs().virtualServers().getFirst();
        List<AlertMessage> mails = new ArrayList<>();
        CheckerAlerts alerts = new CheckerAlerts("lb1", mails::add);
        alerts.accept(new HealthEvent.QuorumChanged(vs, true, null, true, 3, 4));
        alerts.accept(new HealthEvent.QuorumChanged(vs, false, null, false, 1, 0));
        alerts.routerId("lb2");
        alerts.accept(new HealthEvent.QuorumChanged(vs, true, null, false, 3, 3));
        assertEquals(List.of(
                new AlertMessage("[lb1] Virtualserver [192.0.2.1]:tcp:80 - UP",
                        "=> Starting with quorum up 2+1=3 <= 4 <="),
                new AlertMessage("[lb1] Virtualserver [192.0.2.1]:tcp:80 - DOWN", "=> Lost quorum 2+1=1 <= 0 <="),
                new AlertMessage("[lb2] Virtualserver [192.0.2.1]:tcp:80 - UP", "=> Gained quorum 2+1=3 <= 3 <=")),
                mails);
    }

    @Test
    void vrrpSubjectsAsKeepalived() {
        assertEquals("[lb1] VRRP Group G1 - Entering BACKUP state",
                AlertMessage.vrrpGroup("lb1", "G1", "Entering BACKUP state", "x").subject());
        assertEquals("[lb1] VRRP Instance VI_1 - Stopping",
                AlertMessage.vrrpInstance("lb1", "VI_1", "Stopping", "=> VRRP Instance stopping <=").subject());
    }
}
