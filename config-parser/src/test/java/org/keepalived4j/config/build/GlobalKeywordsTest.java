package org.keepalived4j.config.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.model.DynamicInterfaces;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.LvsFlushOnStop;
import org.keepalived4j.config.model.LvsSyncDaemon;
import org.keepalived4j.config.model.LvsTimeouts;

/** Messages compared with keepalived 2.2.7's {@code -t} output for the same lines (recorded on Debian 12). */
class GlobalKeywordsTest {

    @Test
    void etcKeepalivedSampleGlobalDefs() {
        // /work/shared/conformance/keepalived-samples/etc-keepalived.conf lines 1-17
        GlobalTestSupport r = GlobalTestSupport.read("""
                ! Configuration File for keepalived

                global_defs {
                   notification_email {
                     acassen@firewall.loc
                     failover@firewall.loc
                     sysadmin@firewall.loc
                   }
                   notification_email_from Alexandre.Cassen@firewall.loc
                   smtp_server 192.168.200.1
                   smtp_connect_timeout 30
                   router_id LVS_DEVEL
                   vrrp_skip_check_adv_addr
                   vrrp_strict
                   vrrp_garp_interval 0
                   vrrp_gna_interval 0
                }
                """);
        assertEquals(List.of(
                "(Line 15) number '0' outside range [0.000001, 4294.967295]",
                "(Line 15) vrrp_garp_interval '0' is invalid",
                "(Line 16) number '0' outside range [0.000001, 4294.967295]",
                "(Line 16) vrrp_gna_interval '0' is invalid"), r.messages());
        GlobalDefs g = r.globals;
        assertEquals(List.of("acassen@firewall.loc", "failover@firewall.loc", "sysadmin@firewall.loc"),
                g.notificationEmail());
        assertEquals("Alexandre.Cassen@firewall.loc", g.notificationEmailFrom());
        assertEquals(new InetSocketAddress("192.168.200.1", 25), g.smtpServer());
        assertEquals("LVS_DEVEL", g.routerId());
        assertTrue(g.vrrpStrict() && g.vrrpSkipCheckAdvAddr());
        assertEquals(Duration.ZERO, g.vrrpGarpInterval());
    }

    @Test
    void rangeAndValueErrorsAsKeepalived() {
        // recorded: ip netns exec ktest keepalived -t -f b.conf
        GlobalTestSupport r = GlobalTestSupport.read("""
                global_defs {
                  router_id
                  notification_email_from
                  smtp_connect_timeout 0
                  smtp_alert maybe
                  vrrp_garp_master_repeat 0
                  vrrp_mcast_group4 10.0.0.1
                  vrrp_mcast_group6 ff05::12
                  vrrp_version 4
                  vrrp_garp_extra_if 5
                  vrrp_vmac_garp_intvl 5
                  lvs_flush_onstop VS
                  lvs_timeouts tcp 10 bogus udp
                  lvs_sync_daemon eth0 VI_1 7
                  vrrp_rlimit_rtime 100
                  lvs_process_name foo
                  process_name averyveryverylongprocessname
                  vrrp_cpu_affinity 0 77
                  vrrp_rt_priority 200
                  vrrp_priority 30
                  max_auto_priority 100
                  vrrp_iptables
                  enable_snmp_keepalived
                  umask 0777x
                  vrrp_rx_bufs_policy MTU ADVERT
                }
                """, new FixedCpus(2));
        assertEquals(List.of(
                "(Line 2) routerid name missing - ignoring",
                "(Line 3) emailfrom missing - ignoring",
                "(Line 4) smtp_conect_timeout must be greater than 0, setting to 1",
                "(Line 5) Invalid value 'maybe' for global smtp_alert specified",
                "(Line 6) vrrp_garp_master_repeat must be greater than 0, setting to 1",
                "(Line 7) vrrp_mcast_group4 [10.0.0.1] is not multicast. Skipping",
                "(Line 8) vrrp_mcast_group6 [ff05::12] should be link-local multicast.",
                "(Line 9) number '4' outside range [2, 3]",
                "(Line 9) VRRP Error: Version must be either 2 or 3",
                "(Line 11) Keyword \"vrrp_vmac_garp_intvl\" is deprecated - please use \"vrrp_garp_extra_if\"",
                "(Line 13) Unknown option bogus specified for lvs_timeouts",
                "(Line 13) No value specified for lvs_timeout udp - ignoring",
                "(Line 14) Please use keyword \"id\" before lvs_sync_daemon SYNCID",
                "(Line 17) Process name averyveryverylongprocessname more than 15 characters, truncating",
                "(Line 18) number '77' outside range [0, 1]",
                "(Line 18) Invalid cpu_id:77 specified for vrrp process",
                "(Line 19) vrrp process real-time priority 200 greater than maximum 99 - setting to maximum",
                "(Line 20) number '30' outside range [-20, 19]",
                "(Line 20) Invalid vrrp process priority specified",
                "(Line 21) number '100' outside range [-1, 99]",
                "(Line 21) max_auto_priority '100' must be in [0, 99] (or -1 to disable) - ignoring",
                "(Line 22) iptables not supported, using nftables instead. Please replace 'vrrp_iptables and "
                        + "'vrrp_ipsets' with 'nftables' config option",
                "(Line 24) invalid umask value 0777x",
                "(Line 25) Cannot set both vrrp_rx_bufs_policy MTU and ADVERT, ignoring ADVERT"), r.messages());
        GlobalDefs g = r.globals;
        assertEquals(Duration.ofSeconds(1), g.smtpConnectTimeout());
        assertEquals(1, g.vrrpGarpMasterRepeat());
        assertEquals(InetAddress.ofLiteral("ff05::12"), g.vrrpMcastGroup6());
        assertEquals(2, g.vrrpVersion());
        assertEquals(Duration.ofSeconds(5), g.vrrpGarpExtraIf().interval());
        assertEquals(LvsFlushOnStop.VS, g.lvsFlushOnStop());
        assertEquals(new LvsTimeouts(Duration.ofSeconds(10), null, null), g.lvsTimeouts());
        assertEquals("VI_1", g.lvsSyncDaemon().vrrpInstance());
        assertEquals(7, g.lvsSyncDaemon().syncId());
        assertEquals("foo", g.daemon().checkerProcessName());
        assertEquals("averyveryverylon", g.daemon().processName() + "n");
        assertEquals(99, g.daemon().tuning(org.keepalived4j.config.model.DaemonSettings.ChildProcess.VRRP)
                .realtimePriority());
        assertEquals("keepalived", g.nftables().vrrpTable());
        assertTrue(g.snmp().vrrp());
    }

    @Test
    void secondProbeAsKeepalived() {
        // recorded: c.conf (root keywords and more global_defs checks)
        GlobalTestSupport r = GlobalTestSupport.read("""
                child_wait_time 5
                use_pid_dir
                namespace_with_ipsets
                instance
                global_defs {
                  smtp_server 1.2.3.4 99999
                  vrrp_startup_delay 0.0001
                  dynamic_interfaces foo
                  vrrp_garp_lower_prio_repeat -1
                  notification_email {
                  }
                  lvs_sync_daemon eth0 inst
                }
                """);
        assertEquals(List.of(
                "(Line 4) instance name missing - ignoring",
                "(Line 6) number '99999' outside range [1, 65535]",
                "(Line 6) number '99999' outside range [1, 65535]",
                "(Line 6) Invalid smtp server 1.2.3.4 99999",
                "(Line 7) number '0.0001' outside range [0.001000, 4294.967295]",
                "(Line 7) vrrp_startup_delay '0.0001' is invalid",
                "(Line 8) Unknown dynamic_interfaces option 'foo'",
                "(Line 9) negative number '-1'",
                "(Line 9) Invalid vrrp_garp_lower_prio_repeat '-1'",
                "(Line 10) Warning - empty notification_email block",
                "(Line 12) *** Configuration line starting `lvs_sync_daemon` is missing a parameter after keyword "
                        + "`inst` at word position 4"), r.messages());
        assertEquals(ConfigErrorKind.MISSING_PARAMETER, r.ctx.diagnostics().all().getLast().kind());
        GlobalDefs g = r.globals;
        assertEquals(Duration.ofSeconds(5), g.daemon().childWaitTime());
        assertTrue(g.daemon().usePidDir());
        assertEquals(DynamicInterfaces.ON, g.dynamicInterfaces());
        assertNull(g.smtpServer());
        assertNull(g.lvsSyncDaemon());
    }

    @Test
    void lvsSyncDaemonFullForm() throws Exception {
        LvsSyncDaemon s = GlobalTestSupport.read("""
                global_defs {
                  lvs_sync_daemon eth1 inst VI_1 id 9 maxlen 1400 port 8850 ttl 2 group 239.1.1.1
                }
                """).globals.lvsSyncDaemon();
        assertEquals(new LvsSyncDaemon("eth1", "VI_1", 9, 1400, 8850, 2, InetAddress.getByName("239.1.1.1"),
                new org.keepalived4j.config.SourcePosition(TestTrees.FILE, 2)), s);
    }

    @Test
    void deprecatedAliasesAndLoggedMessagesAreNotices() {
        GlobalTestSupport r = GlobalTestSupport.read("""
                global_defs {
                  lvs_flush_onstop
                  checker_rlimit_rtime 500
                  lvs_process_name lvs
                  vrrp_garp_interval 2
                }
                """);
        assertEquals(List.of(), r.messages(), "keepalived -t prints nothing for these");
        assertEquals(LvsFlushOnStop.ALL, r.globals.lvsFlushOnStop());
        assertEquals(Duration.ofSeconds(2), r.globals.vrrpGarpInterval());
        assertTrue(r.notices().contains(
                "(Line 3) Keyword 'checker_rlimit_rtime' is deprecated - please use 'checker_rlimit_rttime'"));
        assertTrue(r.notices().contains(
                "(Line 4) 'lvs_process_name' is deprecated - please use 'checker_process_name'"));
        assertTrue(r.notices().contains("(Line 5) The vrrp_garp_interval is very large - 2 seconds"));
    }

    @Test
    void rareFeaturesAreRecognisedWithANotice() {
        GlobalTestSupport r = GlobalTestSupport.read("""
                linkbeat_use_polling
                global_defs {
                  enable_snmp_vrrp
                  enable_dbus
                  vrrp_ipsets a b
                  nftables
                  bfd_rt_priority 5
                  lvs_netlink_cmd_rcv_bufs 1048576
                }
                """);
        assertEquals(List.of(), r.messages());
        assertEquals(7, r.notices().size(), r.notices().toString());
        assertTrue(r.notices().getFirst().startsWith("(Line 1) 'linkbeat_use_polling' (link beat polling) is "
                + "recognised but not supported yet"));
        assertTrue(r.globals.snmp().vrrp());
        assertTrue(r.globals.enableDbus());
        assertEquals("keepalived", r.globals.nftables().vrrpTable());
        assertEquals(1048576, r.globals.netlinkRcvBufs()
                .get(org.keepalived4j.config.model.NetlinkRcvBufs.Channel.LVS_CMD).sizeBytes());
    }

    @Test
    void unknownKeywordInGlobalDefs() {
        GlobalTestSupport r = GlobalTestSupport.read("global_defs {\n  no_such_thing 1\n  child_wait_time 3\n}\n");
        assertEquals(List.of("(Line 2) Unknown keyword 'no_such_thing'", "(Line 3) Unknown keyword 'child_wait_time'"),
                r.messages());
    }

    @Test
    void umaskForms() {
        assertEquals(022, GlobalTestSupport.read("global_defs {\n umask 022\n}").globals.daemon().umask());
        assertEquals(022, GlobalTestSupport.read("global_defs {\n umask IWGRP|IWOTH\n}").globals.daemon().umask());
        assertEquals(0600, GlobalTestSupport.read("global_defs {\n umask IRUSR | IWUSR\n}").globals.daemon().umask());
        assertEquals(List.of("(Line 2) Unknown umask bit IXALL"),
                GlobalTestSupport.read("global_defs {\n umask IXALL\n}").messages());
        assertEquals(List.of("(Line 2) Invalid umask syntax IRUSRIWUSR"),
                GlobalTestSupport.read("global_defs {\n umask IRUSRIWUSR\n}").messages());
    }

    @Test
    void notifyFifosAndConflicts() {
        GlobalTestSupport r = GlobalTestSupport.read("""
                global_defs {
                  notify_fifo /run/k.fifo
                  notify_fifo_script "/usr/bin/fifo-reader -v"
                  vrrp_notify_fifo /run/k.fifo
                  lvs_notify_fifo /run/lvs.fifo nobody nogroup
                  notify_fifo /run/other
                }
                """);
        assertEquals(List.of("(Line 6) notify_fifo already specified - ignoring /run/other"), r.messages());
        GlobalDefs g = r.globals;
        assertEquals("/run/k.fifo", g.notifyFifo().path());
        assertEquals(List.of("/usr/bin/fifo-reader", "-v", "/run/k.fifo"), g.notifyFifo().script().args());
        assertNull(g.vrrpNotifyFifo(), "same FIFO as the global one");
        assertEquals("nobody", g.lvsNotifyFifo().user());
        assertTrue(r.notices().contains(
                "(Line 4) notify FIFO /run/k.fifo has been specified for global and vrrp FIFO - ignoring vrrp FIFO"));
    }

    @Test
    void startupScriptGetsDefaultTimeout() {
        GlobalDefs g = GlobalTestSupport.read("""
                global_defs {
                  startup_script "/bin/echo 'hello world'" nobody
                  shutdown_script_timeout 20
                  shutdown_script /bin/true
                  startup_script_timeout 0
                }
                """).globals;
        assertEquals(List.of("/bin/echo", "hello world"), g.daemon().startupScript().args());
        assertEquals("nobody", g.daemon().startupScript().user());
        assertEquals(Duration.ofSeconds(10), g.daemon().startupScriptTimeout());
        assertEquals(Duration.ofSeconds(20), g.daemon().shutdownScriptTimeout());
    }

    @Test
    void scriptUserThatDoesNotExist() {
        GlobalTestSupport r = GlobalTestSupport.read("global_defs {\n script_user nosuchuser\n}\n",
                new FixedCpus(1) {
                    @Override
                    public java.util.Optional<UserInfo> user(String name) {
                        return java.util.Optional.empty();
                    }
                });
        assertEquals(List.of("(Line 2) Error setting global script uid/gid"), r.messages());
        assertEquals(List.of("(Line 2) Script user 'nosuchuser' does not exist"), r.notices());
    }

    /** A host with a fixed number of CPUs. */
    static class FixedCpus implements org.keepalived4j.config.HostView {
        private final int cpus;

        FixedCpus(int cpus) {
            this.cpus = cpus;
        }

        @Override
        public boolean interfaceExists(String name) {
            return true;
        }

        @Override
        public String hostName() {
            return "testhost";
        }

        @Override
        public int onlineCpus() {
            return cpus;
        }
    }
}
