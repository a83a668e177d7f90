package org.keepalived4j.config.build.lvs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.model.lvs.AddressFamily;
import org.keepalived4j.config.model.lvs.CheckSettings;
import org.keepalived4j.config.model.lvs.DnsCheck;
import org.keepalived4j.config.model.lvs.DnsType;
import org.keepalived4j.config.model.lvs.ForwardingMethod;
import org.keepalived4j.config.model.lvs.HttpGetCheck;
import org.keepalived4j.config.model.lvs.HttpProtocol;
import org.keepalived4j.config.model.lvs.MiscCheck;
import org.keepalived4j.config.model.lvs.PingCheck;
import org.keepalived4j.config.model.lvs.Protocol;
import org.keepalived4j.config.model.lvs.RealServer;
import org.keepalived4j.config.model.lvs.Scheduler;
import org.keepalived4j.config.model.lvs.SmtpCheck;
import org.keepalived4j.config.model.lvs.StatusCodes;
import org.keepalived4j.config.model.lvs.TcpCheck;
import org.keepalived4j.config.model.lvs.UdpCheck;
import org.keepalived4j.config.model.lvs.VirtualServer;
import org.keepalived4j.config.model.lvs.VirtualServerKey;

/** Defaults per block and per check type, as keepalived 2.2.7 applies them (check_data.c, check_api.c). */
class LvsDefaultsTest {

    private static final String HEAD = """
            virtual_server 10.0.0.1 80 {
                lb_algo rr
                lb_kind NAT
                protocol TCP
            """;

    private static Lvs one(String rsBody) {
        return Lvs.parse(HEAD + "    real_server 10.0.0.2 80 {\n" + rsBody + "\n    }\n}\n");
    }

    @Test
    void virtualServerDefaults() {
        Lvs l = one("");
        l.assertClean();
        VirtualServer vs = l.vs(0);
        assertEquals(new VirtualServerKey.Address(new InetSocketAddress("10.0.0.1", 80)), vs.key());
        assertEquals(AddressFamily.INET, vs.family());
        assertEquals(Protocol.TCP, vs.protocol());
        assertEquals(Scheduler.RR, vs.scheduler());
        assertEquals(Duration.ZERO, vs.persistenceTimeout());
        assertFalse(vs.persistent());
        assertEquals(-1, vs.persistenceGranularity());
        assertEquals(1, vs.quorum());
        assertEquals(0, vs.hysteresis());
        assertEquals(Duration.ofSeconds(60), vs.delayLoop());
        assertFalse(vs.smtpAlert(), "virtual server smtp_alert defaults to false");
        assertEquals("[10.0.0.1]:tcp:80", vs.displayName());
        assertEquals(1, vs.position().line());
    }

    @Test
    void realServerDefaults() {
        RealServer rs = one("").rs(0, 0);
        assertEquals(1, rs.weight());
        assertEquals(ForwardingMethod.NAT, rs.forwarding().method());
        assertFalse(rs.inhibitOnFailure());
        assertTrue(rs.smtpAlert(), "real server smtp_alert defaults to true (backwards compatibility)");
        assertEquals(0, rs.upperThreshold());
        assertEquals(5, rs.position().line());
    }

    @Test
    void missingSchedulerProtocolAndForwardingAreDefaultedWithKeepalivedsMessages() {
        Lvs l = Lvs.parse("""
                virtual_server 10.0.0.1 80 {
                    real_server 10.0.0.2 80 {
                    }
                }
                """);
        l.assertMessages("Virtual server [10.0.0.1]:none:80: no protocol set - defaulting to UDP",
                "Virtual server [10.0.0.1]:udp:80: no scheduler set, setting default 'wlc'",
                "Virtual server [10.0.0.1]:udp:80: no forwarding method set, setting default NAT");
        assertEquals(Scheduler.WLC, l.vs(0).scheduler());
        assertEquals(Protocol.UDP, l.vs(0).protocol());
    }

    @Test
    void tcpCheckTakesTimingFromRealAndVirtualServer() {
        Lvs l = Lvs.parse(HEAD + """
                    delay_loop 6
                    connect_timeout 4
                    real_server 10.0.0.2 80 {
                        retry 5
                        TCP_CHECK {
                        }
                    }
                }
                """);
        l.assertClean();
        TcpCheck t = assertInstanceOf(TcpCheck.class, l.check(0, 0, 0));
        CheckSettings s = t.settings();
        assertEquals(Duration.ofSeconds(6), s.delayLoop());
        assertEquals(Duration.ofSeconds(6), s.warmup(), "warmup defaults to the delay loop");
        assertEquals(5, s.retry());
        assertEquals(Duration.ofSeconds(1), s.delayBeforeRetry());
        assertFalse(s.alpha());
        assertEquals(Duration.ofSeconds(4), t.connection().connectTimeout());
        assertEquals(new InetSocketAddress("10.0.0.2", 80), t.connection().destination());
    }

    @Test
    void checkDefaultsPerType() {
        Lvs l = one("""
                        TCP_CHECK {
                        }
                        HTTP_GET {
                            url {
                                path /
                            }
                        }
                        MISC_CHECK {
                            misc_path /bin/true
                        }
                        DNS_CHECK {
                        }
                        UDP_CHECK {
                        }
                        PING_CHECK {
                        }
                        SMTP_CHECK {
                        }
                """);
        l.assertClean();
        TcpCheck tcp = (TcpCheck) l.check(0, 0, 0);
        assertEquals(1, tcp.settings().retry());
        assertEquals(Duration.ofSeconds(5), tcp.connection().connectTimeout());
        HttpGetCheck http = (HttpGetCheck) l.check(0, 0, 1);
        assertEquals(1, http.settings().retry());
        assertEquals(Duration.ofSeconds(3), http.settings().delayBeforeRetry());
        assertEquals(HttpProtocol.HTTP_1_0, http.httpProtocol());
        assertEquals(StatusCodes.DEFAULT, http.urls().getFirst().statusCodes());
        assertTrue(http.urls().getFirst().statusCodes().accepts(204));
        assertFalse(http.urls().getFirst().statusCodes().accepts(301));
        MiscCheck misc = (MiscCheck) l.check(0, 0, 2);
        assertEquals(0, misc.settings().retry());
        assertEquals(Duration.ofSeconds(60), misc.timeout(), "misc_timeout defaults to the vs delay_loop");
        assertNull(misc.script().user());
        DnsCheck dns = (DnsCheck) l.check(0, 0, 3);
        assertEquals(3, dns.settings().retry());
        assertEquals(Duration.ofSeconds(60), dns.settings().delayBeforeRetry(), "DNS retries at the delay loop");
        assertEquals(DnsType.SOA, dns.type());
        assertEquals("", dns.name());
        UdpCheck udp = (UdpCheck) l.check(0, 0, 4);
        assertEquals(0, udp.minReplyLength());
        assertEquals(255, udp.maxReplyLength());
        assertFalse(udp.requireReply());
        assertInstanceOf(PingCheck.class, l.check(0, 0, 5));
        SmtpCheck smtp = (SmtpCheck) l.check(0, 0, 6);
        assertEquals(SmtpCheck.DEFAULT_HELO, smtp.heloName());
        assertEquals(new InetSocketAddress("10.0.0.2", 80), smtp.connection().destination());
        assertEquals(Duration.ofSeconds(5), smtp.connection().connectTimeout());
    }

    @Test
    void checkOwnSettingsWin() {
        Lvs l = one("""
                        delay_before_retry 7
                        warmup 2
                        alpha
                        TCP_CHECK {
                            connect_ip 10.9.9.9
                            connect_port 8080
                            bindto 10.0.0.100
                            bind_port 5555
                            bind_if eth1
                            fwmark 7
                            connect_timeout 2.5
                            retry 0
                            delay_loop 10
                            log_all_failures
                        }
                """);
        l.assertClean();
        TcpCheck t = (TcpCheck) l.check(0, 0, 0);
        assertEquals(new InetSocketAddress("10.9.9.9", 8080), t.connection().destination());
        assertEquals("10.0.0.100", t.connection().bindAddress().getHostAddress());
        assertEquals(5555, t.connection().bindPort());
        assertEquals("eth1", t.connection().bindInterface());
        assertEquals(7, t.connection().fwmark());
        assertEquals(Duration.ofMillis(2500), t.connection().connectTimeout());
        assertEquals(0, t.settings().retry());
        assertEquals(Duration.ofSeconds(10), t.settings().delayLoop());
        assertEquals(Duration.ofSeconds(2), t.settings().warmup());
        assertEquals(Duration.ofSeconds(7), t.settings().delayBeforeRetry());
        assertTrue(t.settings().alpha(), "alpha from the real server");
        assertTrue(t.settings().logAllFailures());
    }
}
