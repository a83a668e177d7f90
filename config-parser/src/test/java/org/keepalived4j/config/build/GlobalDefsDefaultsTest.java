package org.keepalived4j.config.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.LvsFlushOnStop;

class GlobalDefsDefaultsTest {

    @Test
    void emptyConfigGivesKeepalivedDefaults() throws Exception {
        GlobalTestSupport r = GlobalTestSupport.read("");
        GlobalDefs g = r.globals;
        assertEquals(List.of(), r.ctx.diagnostics().all());
        assertEquals("testhost", g.routerId());
        assertEquals(Duration.ofSeconds(30), g.smtpConnectTimeout());
        assertNull(g.smtpServer());
        assertNull(g.notificationEmailFrom());
        assertFalse(g.smtpAlert());
        assertNull(g.smtpAlertVrrp());
        assertEquals(InetAddress.getByName("224.0.0.18"), g.vrrpMcastGroup4());
        assertEquals(InetAddress.getByName("ff02::12"), g.vrrpMcastGroup6());
        assertEquals(Duration.ofSeconds(5), g.vrrpGarpMasterDelay());
        assertEquals(5, g.vrrpGarpMasterRepeat());
        assertEquals(Duration.ZERO, g.vrrpGarpMasterRefresh());
        assertEquals(1, g.vrrpGarpMasterRefreshRepeat());
        assertEquals(Duration.ofSeconds(5), g.vrrpGarpLowerPrioDelay(), "follows the master delay");
        assertEquals(5, g.vrrpGarpLowerPrioRepeat(), "follows the master repeat");
        assertEquals(Duration.ZERO, g.vrrpGarpInterval());
        assertEquals(3, g.vrrpDownTimerAdverts());
        assertEquals(2, g.vrrpVersion());
        assertEquals(0, g.maxAutoPriority());
        assertEquals(Duration.ofSeconds(1), g.minAutoPriorityDelay());
        assertEquals(LvsFlushOnStop.NONE, g.lvsFlushOnStop());
        assertNull(g.lvsSyncDaemon());
        assertNull(g.lvsTimeouts());
        assertFalse(g.enableScriptSecurity());
        assertNull(g.scriptUser());
        assertEquals(SourcePosition.NONE, g.position());
        assertTrue(g.realServerSmtpAlertDefault(), "keepalived: real servers alert unless smtp_alert was set");
        assertFalse(g.vrrpSmtpAlertDefault());
    }

    @Test
    void builderStartsAtTheRecordDefaults() {
        GlobalDefs built = GlobalTestSupport.read("").globals;
        GlobalDefs d = GlobalDefs.defaults();
        // the only differences: router id from the host, lower-priority GARP resolved from the master values
        GlobalDefs expected = new GlobalDefs("testhost", d.notificationEmail(), d.notificationEmailFrom(),
                d.smtpServer(), d.smtpHelo(), d.smtpConnectTimeout(), d.smtpAlert(), d.smtpAlertConfigured(),
                d.smtpAlertVrrp(), d.smtpAlertChecker(), d.noEmailFaults(), d.noCheckerEmails(),
                d.enableScriptSecurity(), d.scriptUser(), d.scriptGroup(), d.notifyFifo(), d.vrrpNotifyFifo(),
                d.lvsNotifyFifo(), d.defaultInterface(), d.vrrpMcastGroup4(), d.vrrpMcastGroup6(),
                d.vrrpGarpMasterDelay(), d.vrrpGarpMasterRepeat(), d.vrrpGarpMasterRefresh(),
                d.vrrpGarpMasterRefreshRepeat(), d.vrrpGarpMasterDelay(), d.vrrpGarpMasterRepeat(),
                d.vrrpGarpInterval(), d.vrrpGnaInterval(), d.vrrpGarpExtraIf(), d.vrrpDownTimerAdverts(),
                d.vrrpLowerPrioNoAdvert(), d.vrrpHigherPrioSendAdvert(), d.vrrpVersion(), d.vrrpStrict(),
                d.vrrpCheckUnicastSrc(), d.vrrpSkipCheckAdvAddr(), d.vrrpStartupDelay(),
                d.vrrpNotifyPriorityChanges(), d.fifoWriteVrrpStatesOnReload(), d.dynamicInterfaces(),
                d.disableLocalIgmp(), d.logUnknownVrids(), d.vmacPrefix(), d.vmacAddrPrefix(), d.vrrpRxBufs(),
                d.maxAutoPriority(), d.minAutoPriorityDelay(), d.lvsTimeouts(), d.lvsSyncDaemon(), d.lvsFlush(),
                d.lvsFlushOnStop(), d.checkerLogAllFailures(), d.rsInitNotifies(), d.daemon(), d.netlinkRcvBufs(),
                d.nftables(), d.snmp(), d.enableDbus(), d.dbusServiceName(), d.position());
        assertEquals(expected, built);
    }

    @Test
    void smtpServerBringsSenderAndHeloDefaults() {
        GlobalDefs g = GlobalTestSupport.read("""
                global_defs {
                  smtp_server 192.168.200.1
                }
                """).globals;
        assertEquals("root@testhost", g.notificationEmailFrom());
        assertEquals("testhost", g.smtpHelo());
        assertEquals(25, g.smtpServer().getPort());
        assertEquals(new SourcePosition(TestTrees.FILE, 1), g.position());
    }

    @Test
    void lowerPrioGarpFollowsConfiguredMasterValuesUnlessSet() {
        GlobalDefs g = GlobalTestSupport.read("""
                global_defs {
                  vrrp_garp_master_delay 3
                  vrrp_garp_master_repeat 2
                }
                """).globals;
        assertEquals(Duration.ofSeconds(3), g.vrrpGarpLowerPrioDelay());
        assertEquals(2, g.vrrpGarpLowerPrioRepeat());
        GlobalDefs h = GlobalTestSupport.read("""
                global_defs {
                  vrrp_garp_master_repeat 2
                  vrrp_garp_lower_prio_repeat 0
                  vrrp_garp_lower_prio_delay 7
                }
                """).globals;
        assertEquals(0, h.vrrpGarpLowerPrioRepeat());
        assertEquals(Duration.ofSeconds(7), h.vrrpGarpLowerPrioDelay());
    }

    @Test
    void smtpAlertDefaultsFollowKeepalived() {
        GlobalDefs off = GlobalTestSupport.read("global_defs {\n smtp_alert false\n smtp_alert_vrrp\n}\n").globals;
        assertFalse(off.smtpAlert());
        assertTrue(off.smtpAlertConfigured());
        assertTrue(off.vrrpSmtpAlertDefault());
        assertFalse(off.virtualServerSmtpAlertDefault());
        assertFalse(off.realServerSmtpAlertDefault());
    }
}
