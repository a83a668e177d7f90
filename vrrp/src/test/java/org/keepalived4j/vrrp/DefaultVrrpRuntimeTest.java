package org.keepalived4j.vrrp;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.netlink.rtnl.IfAddress;
import org.keepalived4j.netlink.rtnl.LinkMonitor;
import org.keepalived4j.netlink.rtnl.RtnlEvent;
import org.keepalived4j.netlink.rtnl.fake.FakeRtnetlink;
import org.keepalived4j.vrrp.runtime.MonotonicClock;
import org.keepalived4j.vrrp.runtime.NotifyRunner;
import org.keepalived4j.vrrp.track.TrackerHub;

/**
 * The whole runtime on fakes (in-memory kernel, recording interfaces, real threads and clock): start, VIPs and
 * routes on MASTER, a reload that leaves an unchanged instance alone, changes one in place, removes and adds
 * others, the dumps, and the goodbye on stop.
 */
class DefaultVrrpRuntimeTest {
    final FakeRtnetlink kernel = new FakeRtnetlink();
    final Map<String, RecordingPort> ports = new ConcurrentHashMap<>();
    final int eth0 = kernel.addLink("eth0", true).index();
    DefaultVrrpRuntime runtime;

    RuntimeEnvironment env() {
        return new RuntimeEnvironment(MonotonicClock.SYSTEM,
                name -> ports.computeIfAbsent(name, n -> new RecordingPort(n, 1 + ports.size())),
                () -> kernel, kernel::openMonitor, TrackerHub.Settings.DEFAULTS, c -> true, null,
                NotifyRunner.DEFAULT_TIMEOUT);
    }

    static KeepalivedConfig config(String instances) {
        return ConfigParser.parse(instances).config();
    }

    static String instance(String name, int vrid, int priority, String vips, String extra) {
        return "vrrp_instance " + name + " {\n interface eth0\n virtual_router_id " + vrid + "\n priority " + priority
                + "\n version 3\n advert_int 0.1\n garp_master_delay 0\n" + extra + " virtual_ipaddress {\n" + vips
                + " }\n}\n";
    }

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    String state(String name) {
        return runtime.status().stream().filter(s -> s.name().equals(name)).findFirst()
                .map(VrrpRuntime.InstanceStatus::state).orElse("absent");
    }

    boolean hasAddress(String ip) throws IOException {
        InetAddress a = InetAddress.getByName(ip);
        return kernel.addresses().list().stream().anyMatch(x -> x.address().equals(a) && x.ifIndex() == eth0);
    }

    @Test
    void startsReloadsAndStopsAsKeepalived() throws Exception {
        String vi1 = instance("VI_1", 51, 200, "  10.0.0.100/24\n", " virtual_routes {\n  10.8.0.0/16 via 10.0.0.254\n }\n");
        String vi2 = instance("VI_2", 52, 150, "  10.0.0.200/24\n", "");
        runtime = DefaultVrrpRuntime.create(config(vi1 + vi2), VrrpRuntime.Options.defaults(), env());
        List<String> transitions = new ArrayList<>();
        runtime.addStateListener((i, s, p) -> {
            synchronized (transitions) {
                transitions.add(i + " " + s + " " + p);
            }
        });
        runtime.start();
        await().atMost(Duration.ofSeconds(3)).until(() -> state("VI_1").equals("MASTER")
                && state("VI_2").equals("MASTER"));
        assertTrue(hasAddress("10.0.0.100"));
        assertTrue(hasAddress("10.0.0.200"));
        assertEquals(1, kernel.routes().list(org.keepalived4j.netlink.rtnl.IpFamily.INET, 254).stream()
                .filter(r -> r.destination() != null && r.destination().getHostAddress().equals("10.8.0.0")).count());
        synchronized (transitions) {
            assertTrue(transitions.contains("VI_1 MASTER 200"), transitions.toString());
        }

        LinkMonitor events = kernel.openMonitor();
        RecordingPort eth = ports.get("eth0");
        long garpsVi1 = eth.garps(new byte[] {10, 0, 0, 100});
        long zeroVi1 = eth.adverts(51, 0);
        String vi2b = instance("VI_2", 52, 120, "  10.0.0.200/24\n  10.0.0.201/24\n", "");
        String vi3 = instance("VI_3", 53, 100, "  10.0.0.250/24\n", "");
        runtime.reload(config(vi1 + vi2b + vi3));
        await().atMost(Duration.ofSeconds(3)).until(() -> state("VI_3").equals("MASTER"));
        assertEquals("MASTER", state("VI_1"));
        assertEquals("MASTER", state("VI_2"), "a changed instance continues in its state");
        assertTrue(hasAddress("10.0.0.201"), "the new VIP of the changed instance is set");
        assertTrue(hasAddress("10.0.0.200"));
        assertTrue(hasAddress("10.0.0.250"));
        assertEquals(120, runtime.status().stream().filter(s -> s.name().equals("VI_2")).findFirst().orElseThrow()
                .effectivePriority());
        List<RtnlEvent> seen = new ArrayList<>();
        events.poll(0, seen::add);
        assertFalse(seen.stream().anyMatch(e -> e instanceof RtnlEvent.AddressRemoved), "nothing removed: " + seen);
        assertEquals(garpsVi1, eth.garps(new byte[] {10, 0, 0, 100}), "no GARP burst for the unchanged VI_1");
        assertEquals(zeroVi1, eth.adverts(51, 0), "no priority 0 from the unchanged VI_1");
        assertTrue(eth.garps(new byte[] {10, 0, 0, (byte) 201}) > 0, "the new address is announced");

        runtime.reload(config(vi1 + vi3));
        await().atMost(Duration.ofSeconds(2)).until(() -> !hasAddress("10.0.0.200") && !hasAddress("10.0.0.201"));
        assertTrue(eth.adverts(52, 0) >= 1, "the removed MASTER said goodbye");
        assertEquals("absent", state("VI_2"));

        StringBuilder stats = new StringBuilder();
        runtime.dumpStats(stats);
        assertTrue(stats.toString().startsWith("VRRP Instance: VI_1\n  Advertisements:\n    Received: 0\n"),
                stats.toString());
        StringBuilder data = new StringBuilder();
        runtime.dumpData(data);
        String d = data.toString();
        assertTrue(d.startsWith("------< VRRP Topology >------\n VRRP Instance = VI_1\n   VRRP Version = 3\n"), d);
        assertTrue(d.contains("\n   State = MASTER\n"), d);
        assertTrue(d.contains("\n   Virtual IP (1):\n     10.0.0.100/24 dev eth0 scope global\n"), d);
        assertTrue(d.contains("\n   Advert interval = 100 milli-sec\n"), d);

        runtime.close();
        assertFalse(hasAddress("10.0.0.100"), "VIPs removed on stop");
        assertFalse(hasAddress("10.0.0.250"));
        assertTrue(eth.adverts(51, 0) >= 1, "priority 0 on stop");
        assertTrue(eth.closed);
    }

    @Test
    void failingTrackScriptLowersThePriorityAndNotifyGetsKeepalivedsArguments(@TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("notify.out");
        Path notify = dir.resolve("notify.sh");
        Files.writeString(notify, "#!/bin/sh\necho \"$@\" >> " + out + "\n");
        Files.setPosixFilePermissions(notify, PosixFilePermissions.fromString("rwxr-xr-x"));
        String text = "vrrp_script chk {\n script \"/bin/false\"\n interval 1\n weight -50\n}\n"
                + instance("VI_1", 51, 200, "  10.0.0.100/24\n", " track_script {\n  chk\n }\n notify " + notify
                + "\n");
        runtime = DefaultVrrpRuntime.create(config(text), VrrpRuntime.Options.defaults(), env());
        runtime.start();
        await().atMost(Duration.ofSeconds(3)).until(() -> state("VI_1").equals("MASTER"));
        assertEquals(150, runtime.status().getFirst().effectivePriority(), "200 - 50 for the failed script");
        await().atMost(Duration.ofSeconds(3)).until(() -> Files.exists(out)
                && Files.readString(out).contains("INSTANCE VI_1 MASTER 150\n"));
        assertTrue(Files.readString(out).startsWith("INSTANCE VI_1 BACKUP 150\n"), Files.readString(out));
    }

    @Test
    void dontReleaseKeepsTheVipsOnStop() throws Exception {
        runtime = DefaultVrrpRuntime.create(config(instance("VI_1", 51, 200, "  10.0.0.100/24\n", "")),
                new VrrpRuntime.Options(false, false, false), env());
        runtime.start();
        await().atMost(Duration.ofSeconds(3)).until(() -> state("VI_1").equals("MASTER"));
        runtime.close();
        assertTrue(hasAddress("10.0.0.100"), "-V leaves the VIPs");
        assertEquals(0, ports.get("eth0").adverts(51, 0));
    }

    @Test
    void aTrackedInterfaceDownPutsTheInstanceInFaultAndBack() throws Exception {
        kernel.addLink("eth1", true);
        runtime = DefaultVrrpRuntime.create(config(instance("VI_1", 51, 200, "  10.0.0.100/24\n",
                " track_interface {\n  eth1\n }\n")), VrrpRuntime.Options.defaults(), env());
        runtime.start();
        await().atMost(Duration.ofSeconds(3)).until(() -> state("VI_1").equals("MASTER"));
        kernel.setCarrier("eth1", false);
        await().atMost(Duration.ofSeconds(2)).until(() -> state("VI_1").equals("FAULT"));
        assertFalse(hasAddress("10.0.0.100"));
        kernel.setCarrier("eth1", true);
        await().atMost(Duration.ofSeconds(3)).until(() -> state("VI_1").equals("MASTER"));
        assertTrue(hasAddress("10.0.0.100"));
    }
}
