package org.keepalived4j.vrrp.interop;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keepalived4j.vrrp.interop.Conf.Inst;
import org.keepalived4j.vrrp.interop.Scenario.Direction;

/**
 * The interop matrix (abstract: a subclass says how keepalived4j is started, {@link #launcher()}; the daemon's
 * module runs it against {@code org.keepalived4j.core.Main}): keepalived4j against Debian's keepalived 2.2.7, both
 * roles, in network namespaces joined by veth (root; skipped
 * with a message otherwise, failed when CI=true). Every scenario has its own namespaces and subnets, so they run
 * in parallel. Node a starts as MASTER (priority 200), node b as BACKUP (priority 100); {@link Direction} says
 * which of them is keepalived4j. Bounds are the RFC's: Master_Down_Interval or Skew_Time of the node taking over,
 * plus 0.3 s, measured from the signal to the VIP's {@code RTM_NEWADDR} in the taker's namespace.
 */
@Execution(ExecutionMode.CONCURRENT)
public abstract class KeepalivedInteropMatrix {
    static final int MASTER_PRIO = 200;
    static final int BACKUP_PRIO = 100;
    static final long SLACK_MS = 300;
    /** A JVM starting on a busy two-core machine. */
    static final Duration STARTUP = Duration.ofSeconds(20);

    @TempDir
    protected Path dir;
    Scenario s;

    /** How keepalived4j is started. */
    protected abstract K4jNode.Launcher launcher();

    @RegisterExtension
    public final AfterTestExecutionCallback reportOnFailure = ctx -> {
        if (ctx.getExecutionException().isPresent() && s != null) {
            System.out.println(s.report());
        }
    };

    @BeforeEach
    public void requireRoot() {
        Lab.requireRoot("ip", "keepalived", "tcpdump", "setsid");
    }

    @AfterEach
    public void tearDown() {
        if (s != null) {
            s.close();
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    static String addr(String prefixed) {
        return prefixed.substring(0, prefixed.indexOf('/'));
    }

    /**
     * Starts a with {@code aInsts} and waits until it holds every VIP, then starts b with {@code bInsts} and checks
     * that for b's whole Master_Down_Interval (+0.3 s) after it started only a holds the VIPs.
     */
    void elect(boolean sync, List<Inst> aInsts, List<Inst> bInsts) throws Exception {
        s.a.start(Conf.render("node_a", sync, aInsts));
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(20)).until(() -> s.a.ready(aInsts.getFirst().name()));
        Duration aElect = Duration.ofMillis((long) aInsts.getFirst().masterDownMs() + 2_000);
        await().atMost(aElect).pollInterval(Duration.ofMillis(10)).until(() -> holdsAll(s.vipsA, aInsts));
        s.b.start(Conf.render("node_b", sync, bInsts));
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(20)).until(() -> s.b.ready(bInsts.getFirst().name()));
        long stableMs = (long) bInsts.getFirst().masterDownMs() + SLACK_MS;
        await().during(Duration.ofMillis(stableMs)).atMost(Duration.ofMillis(stableMs + 2_000))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> holdsAll(s.vipsA, aInsts) && holdsNone(s.vipsB, bInsts));
    }

    static boolean holdsAll(VipWatch w, List<Inst> insts) {
        return insts.stream().flatMap(i -> i.vips().stream()).allMatch(v -> w.has(addr(v)));
    }

    static boolean holdsNone(VipWatch w, List<Inst> insts) {
        return insts.stream().flatMap(i -> i.vips().stream()).noneMatch(v -> w.has(addr(v)));
    }

    /** Kills a with SIGKILL; asserts b held every VIP within {@code boundMs} of the signal. */
    void crashA(List<Inst> bInsts, double boundMs) throws Exception {
        long t0 = System.nanoTime();
        s.a.kill9();
        assertTakeover(s.vipsB, bInsts.stream().flatMap(i -> i.vips().stream()).toList(), t0, boundMs,
                "SIGKILL of " + s.a.label());
    }

    /**
     * Waits for {@code vips} on {@code w}, then asserts that each one's {@code RTM_NEWADDR} arrived within
     * {@code boundMs} of {@code t0Ns} (the kernel event's time, not when a poll noticed it).
     */
    void assertTakeover(VipWatch w, List<String> vips, long t0Ns, double boundMs, String cause) {
        await().atMost(Duration.ofMillis((long) boundMs + 200)).pollInterval(Duration.ofMillis(5))
                .until(() -> vips.stream().allMatch(v -> w.has(addr(v))));
        long tookMs = vips.stream().mapToLong(v -> (w.addedAtNs(addr(v)) - t0Ns) / 1_000_000).max().orElseThrow();
        System.out.printf("%s: the VIPs moved %d ms after %s (bound %.0f ms)%n", s, tookMs, cause, boundMs);
        assertTrue(tookMs <= boundMs, "took " + tookMs + " ms after " + cause + ", bound " + boundMs + " ms");
    }

    /** tcpdump's line for a gratuitous ARP: "Request who-has VIP (ff:ff:ff:ff:ff:ff) tell VIP, length 28". */
    static String[] garp(String vip) {
        return new String[] {"Request who-has " + addr(vip) + " ", "tell " + addr(vip) + ","};
    }

    static String unsolicitedNa(String vip) {
        return "neighbor advertisement, tgt is " + addr(vip);
    }

    // ---- VRRPv2, multicast -------------------------------------------------------------------------------------

    Inst v2(int prio, boolean master) {
        return Inst.v2("VI_1", 51, s.lab.ipv4(0, 100) + "/24").priority(prio).master(master);
    }

    /**
     * Election; SIGKILL of the MASTER hands over within Master_Down_Interval + 0.3 s with gratuitous ARPs on the
     * wire; the old MASTER returning with nopreempt stays BACKUP; returning without it, it preempts.
     */
    @ParameterizedTest
    @EnumSource(Direction.class)
    public void crashFailoverThenNopreemptThenPreempt(Direction d) throws Exception {
        s = Scenario.create("crash", d, 1, dir, launcher());
        Inst master = v2(MASTER_PRIO, true);
        Inst backup = v2(BACKUP_PRIO, false);
        elect(false, List.of(master), List.of(backup));
        WireWatch wire = s.wire(s.lab.b, "veth0", "arp");
        crashA(List.of(backup), backup.masterDownMs() + SLACK_MS);
        await().atMost(Duration.ofMillis(SLACK_MS)).pollInterval(Duration.ofMillis(10))
                .until(() -> wire.count(garp(master.vips().getFirst())) >= 1);

        // the old MASTER comes back with nopreempt: it must stay BACKUP
        Inst returning = v2(MASTER_PRIO, false).nopreempt(true);
        s.a.start(Conf.render("node_a", returning));
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(20)).until(() -> s.a.ready("VI_1"));
        long stableMs = (long) returning.masterDownMs() + 1_000;
        await().during(Duration.ofMillis(stableMs)).atMost(Duration.ofMillis(stableMs + 2_000))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> s.vipsB.has(addr(backup.vips().getFirst()))
                        && !s.vipsA.has(addr(backup.vips().getFirst())));

        // and without nopreempt it takes over once its Master_Down_Interval has passed
        s.a.kill9();
        assertTrue(s.a.awaitExit(5_000));
        Inst preempting = v2(MASTER_PRIO, false);
        s.a.start(Conf.render("node_a", preempting));
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(20)).until(() -> s.a.ready("VI_1"));
        // from its "Entering BACKUP STATE (init)" line: keepalived logs it before its sockets and timers are set
        // up, so a second of start-up is allowed on top of the interval
        await().atMost(Duration.ofMillis((long) preempting.masterDownMs() + 1_000 + SLACK_MS))
                .pollInterval(Duration.ofMillis(10))
                .until(() -> s.vipsA.has(addr(master.vips().getFirst())));
        await().atMost(Duration.ofMillis(SLACK_MS)).pollInterval(Duration.ofMillis(10))
                .until(() -> !s.vipsB.has(addr(master.vips().getFirst())));
    }

    /** SIGTERM of the MASTER: priority 0, the BACKUP takes over within Skew_Time + 0.3 s. */
    @ParameterizedTest
    @EnumSource(Direction.class)
    public void gracefulStopHandsOverWithinSkewTime(Direction d) throws Exception {
        s = Scenario.create("sigterm", d, 1, dir, launcher());
        Inst master = v2(MASTER_PRIO, true);
        Inst backup = v2(BACKUP_PRIO, false);
        elect(false, List.of(master), List.of(backup));
        String vip = addr(master.vips().getFirst());
        long t0 = System.nanoTime();
        s.a.term();
        assertTakeover(s.vipsB, master.vips(), t0, backup.skewMs() + SLACK_MS, "SIGTERM of " + s.a.label());
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> !s.vipsA.has(vip));
        assertTrue(s.a.awaitExit(5_000), s.a.label() + " exits after SIGTERM");
    }

    /** Different auth_pass: each side drops the other's adverts (counted), so both become MASTER. */
    @Test
    public void authPassMismatchMakesBothMasterAndIsCounted() throws Exception {
        s = Scenario.create("auth", Direction.K4J_MASTER, 1, dir, launcher());
        Inst ours = v2(MASTER_PRIO, true);
        Inst theirs = v2(BACKUP_PRIO, false).authPass("other");
        s.a.start(Conf.render("node_a", ours));
        s.b.start(Conf.render("node_b", theirs));
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(20)).until(() -> s.a.ready("VI_1"));
        String vip = addr(ours.vips().getFirst());
        await().atMost(Duration.ofMillis((long) theirs.masterDownMs() + 2_000)).pollInterval(Duration.ofMillis(20))
                .until(() -> s.vipsA.has(vip) && s.vipsB.has(vip));
        // keepalived 2.2.7 as MASTER re-arms its advert timer on every packet, even one it rejects, so with our
        // adverts arriving each second it sends few of its own: one counted drop is what we can wait for
        await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(50))
                .until(() -> s.k4j().stat("VI_1", "Authentication Errors", "Failure") >= 1);
        assertTrue(s.a.log().contains("(VI_1) received an invalid passwd!"), "we log the drop as keepalived");
        assertTrue(s.b.log().contains("(VI_1) received an invalid passwd!"), "keepalived drops ours too");
        assertTrue(s.a.logged("(VI_1) Entering MASTER STATE") && s.b.logged("(VI_1) Entering MASTER STATE"));
        await().during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> s.vipsA.has(vip) && s.vipsB.has(vip));
    }

    // ---- VRRPv3 ------------------------------------------------------------------------------------------------

    /** VRRPv3 over IPv4 at 0.1 s: election and crash failover within Master_Down_Interval + 0.3 s, GARPs. */
    @ParameterizedTest
    @EnumSource(Direction.class)
    public void v3Ipv4Failover(Direction d) throws Exception {
        s = Scenario.create("v3-ipv4", d, 1, dir, launcher());
        String vip = s.lab.ipv4(0, 100) + "/24";
        Inst master = Inst.v3("VI_1", 61, "0.1", vip).priority(MASTER_PRIO).master(true);
        Inst backup = Inst.v3("VI_1", 61, "0.1", vip).priority(BACKUP_PRIO);
        elect(false, List.of(master), List.of(backup));
        WireWatch wire = s.wire(s.lab.b, "veth0", "arp");
        crashA(List.of(backup), backup.masterDownMs() + SLACK_MS);
        await().atMost(Duration.ofMillis(SLACK_MS)).pollInterval(Duration.ofMillis(10))
                .until(() -> wire.count(garp(vip)) >= 1);
    }

    /** VRRPv3 over IPv6 at 0.1 s: election and crash failover, unsolicited neighbour advertisements seen. */
    @ParameterizedTest
    @EnumSource(Direction.class)
    public void v3Ipv6FailoverWithUnsolicitedNa(Direction d) throws Exception {
        s = Scenario.create("v3-ipv6", d, 1, dir, launcher());
        String vip = s.lab.ipv6(0, 0x100) + "/64";
        Inst master = Inst.v3("VI_6", 62, "0.1", vip).priority(MASTER_PRIO).master(true);
        Inst backup = Inst.v3("VI_6", 62, "0.1", vip).priority(BACKUP_PRIO);
        elect(false, List.of(master), List.of(backup));
        WireWatch wire = s.wire(s.lab.b, "veth0", "icmp6");
        crashA(List.of(backup), backup.masterDownMs() + SLACK_MS);
        await().atMost(Duration.ofMillis(SLACK_MS)).pollInterval(Duration.ofMillis(10))
                .until(() -> wire.count(unsolicitedNa(vip)) >= 1);
    }

    // ---- unicast -----------------------------------------------------------------------------------------------

    /** VRRPv2 unicast_peer / unicast_src_ip over IPv4: adverts travel as unicast; crash failover. */
    @ParameterizedTest
    @EnumSource(Direction.class)
    public void unicastV2Ipv4(Direction d) throws Exception {
        s = Scenario.create("unicast-v2", d, 1, dir, launcher());
        String ipA = s.lab.ipv4(0, 1);
        String ipB = s.lab.ipv4(0, 2);
        Inst master = v2(MASTER_PRIO, true).unicast(ipA, ipB);
        Inst backup = v2(BACKUP_PRIO, false).unicast(ipB, ipA);
        WireWatch adverts = s.wire(s.lab.b, "veth0", "ip proto 112");
        elect(false, List.of(master), List.of(backup));
        assertTrue(adverts.count(ipA + " > " + ipB + ": VRRPv2, Advertisement") >= 2, adverts.lines().toString());
        assertFalse(adverts.lines().stream().anyMatch(l -> l.contains("224.0.0.18")), "no multicast advert");
        WireWatch wire = s.wire(s.lab.b, "veth0", "arp");
        crashA(List.of(backup), backup.masterDownMs() + SLACK_MS);
        await().atMost(Duration.ofMillis(SLACK_MS)).pollInterval(Duration.ofMillis(10))
                .until(() -> wire.count(garp(master.vips().getFirst())) >= 1);
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(20))
                .until(() -> adverts.count(ipB + " > " + ipA + ": VRRPv2, Advertisement") >= 2);
    }

    /** VRRPv3 unicast over IPv6 at 0.1 s between global addresses; crash failover. */
    @ParameterizedTest
    @EnumSource(Direction.class)
    public void unicastV3Ipv6(Direction d) throws Exception {
        s = Scenario.create("unicast-v3-ipv6", d, 1, dir, launcher());
        String ipA = s.lab.ipv6(0, 1);
        String ipB = s.lab.ipv6(0, 2);
        String vip = s.lab.ipv6(0, 0x100) + "/64";
        Inst master = Inst.v3("VI_6", 63, "0.1", vip).priority(MASTER_PRIO).master(true).unicast(ipA, ipB);
        Inst backup = Inst.v3("VI_6", 63, "0.1", vip).priority(BACKUP_PRIO).unicast(ipB, ipA);
        WireWatch adverts = s.wire(s.lab.b, "veth0", "ip6 proto 112");
        elect(false, List.of(master), List.of(backup));
        assertTrue(adverts.count(ipA + " > " + ipB + ": VRRPv3, Advertisement") >= 5, adverts.lines().toString());
        assertFalse(adverts.lines().stream().anyMatch(l -> l.contains("ff02::12")), "no multicast advert");
        crashA(List.of(backup), backup.masterDownMs() + SLACK_MS);
    }

    // ---- sync group --------------------------------------------------------------------------------------------

    /** A vrrp_sync_group of two instances on two links: the BACKUP takes both VIPs over together. */
    @ParameterizedTest
    @EnumSource(Direction.class)
    public void syncGroupFailsOverTogether(Direction d) throws Exception {
        s = Scenario.create("sync-group", d, 2, dir, launcher());
        Inst one = Inst.v2("VI_1", 51, s.lab.ipv4(0, 100) + "/24");
        Inst two = Inst.v2("VI_2", 52, s.lab.ipv4(1, 100) + "/24").on("veth1");
        List<Inst> masters = List.of(one.priority(MASTER_PRIO).master(true), two.priority(MASTER_PRIO).master(true));
        List<Inst> backups = List.of(one.priority(BACKUP_PRIO), two.priority(BACKUP_PRIO));
        elect(true, masters, backups);
        crashA(backups, backups.getFirst().masterDownMs() + SLACK_MS);
    }

    // ---- trackers ----------------------------------------------------------------------------------------------

    /**
     * track_script with weight -150 on the MASTER: when the script starts failing, the MASTER advertises 50, the
     * BACKUP (100, preempting) ignores it and takes over after its Master_Down_Interval; the old MASTER yields.
     */
    @ParameterizedTest
    @EnumSource(Direction.class)
    public void failingTrackScriptWithNegativeWeightHandsOver(Direction d) throws Exception {
        s = Scenario.create("track-script", d, 1, dir, launcher());
        Path flag = dir.resolve("fail-now");
        Path script = dir.resolve("chk.sh");
        Files.writeString(script, "#!/bin/sh\ntest ! -e " + flag + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        String prelude = "vrrp_script chk {\n  script \"" + script + "\"\n  interval 1\n  weight -150\n"
                + "  fall 1\n  rise 1\n}\n";
        Inst master = v2(MASTER_PRIO, true).extra("track_script {", "  chk", "}");
        Inst backup = v2(BACKUP_PRIO, false);
        s.a.start(Conf.render("node_a", prelude, false, List.of(master)));
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(20)).until(() -> s.a.ready("VI_1"));
        String vip = addr(master.vips().getFirst());
        await().atMost(Duration.ofMillis((long) master.masterDownMs() + 2_000)).pollInterval(Duration.ofMillis(10))
                .until(() -> s.vipsA.has(vip));
        s.b.start(Conf.render("node_b", backup));
        await().atMost(STARTUP).pollInterval(Duration.ofMillis(20)).until(() -> s.b.ready("VI_1"));
        long stableMs = (long) backup.masterDownMs() + SLACK_MS;
        await().during(Duration.ofMillis(stableMs)).atMost(Duration.ofMillis(stableMs + 2_000))
                .pollInterval(Duration.ofMillis(20)).until(() -> s.vipsA.has(vip) && !s.vipsB.has(vip));

        long t0 = System.nanoTime();
        Files.writeString(flag, "");
        // one script interval to notice, then the BACKUP's Master_Down_Interval
        assertTakeover(s.vipsB, master.vips(), t0, 1_000 + backup.masterDownMs() + SLACK_MS,
                s.a.label() + "'s track_script failed");
        await().atMost(Duration.ofMillis(SLACK_MS + 1_000)).pollInterval(Duration.ofMillis(10))
                .until(() -> !s.vipsA.has(vip));
        assertTrue(s.a.logged("(VI_1) Entering BACKUP STATE"), "the old MASTER yields");
    }

    /**
     * track_interface on the MASTER: the tracked link going down puts the instance in FAULT (priority 0 advert),
     * and the BACKUP takes over within its Skew_Time + 0.3 s.
     */
    @ParameterizedTest
    @EnumSource(Direction.class)
    public void trackedInterfaceDownFaultsAndPeerTakesOver(Direction d) throws Exception {
        s = Scenario.create("track-interface", d, 2, dir, launcher());
        Inst master = v2(MASTER_PRIO, true).extra("track_interface {", "  veth1", "}");
        Inst backup = v2(BACKUP_PRIO, false);
        elect(false, List.of(master), List.of(backup));
        String vip = addr(master.vips().getFirst());
        long t0 = Lab.linkDown(s.lab.a, "veth1");
        assertTakeover(s.vipsB, master.vips(), t0, backup.skewMs() + SLACK_MS,
                s.a.label() + "'s tracked interface went down");
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> !s.vipsA.has(vip) && s.a.logged("(VI_1) Entering FAULT STATE"));
    }
}
