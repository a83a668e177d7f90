package org.keepalived4j.vrrp.track;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keepalived4j.netlink.msg.Rtnl;
import org.keepalived4j.netlink.rtnl.Link;
import org.keepalived4j.netlink.rtnl.RtnlEvent;
import org.keepalived4j.vrrp.bind.TrackEntry;

/** The tracker thread with real scripts (no shell), files and link events; totals land in the sink. */
class TrackerHubTest {
    @TempDir
    Path dir;
    final Map<String, TrackerHub.Total> sunk = new ConcurrentHashMap<>();
    final ScriptRunner runner = new ScriptRunner();
    TrackerHub hub;

    void start() {
        hub = new TrackerHub((i, f, d) -> sunk.put(i, new TrackerHub.Total(f, d)), runner,
                new TrackerHub.Settings(Duration.ofMillis(20), Duration.ofMillis(50), dir));
    }

    @AfterEach
    void close() {
        if (hub != null) {
            hub.close();
        }
        runner.close();
    }

    static TrackEntry.Script script(String name, List<String> argv, int weight, int rise, int fall,
                                    Duration timeout) {
        return new TrackEntry.Script(name, argv, Duration.ofMillis(50), timeout, rise, fall, false, weight, false);
    }

    @Test
    void failingScriptWithNegativeWeightLowersThePriority() {
        start();
        hub.configure(Map.of("VI_1", List.of(script("chk", List.of("false"), -20, 1, 1, Duration.ofSeconds(1)))));
        await().atMost(Duration.ofSeconds(3)).until(() -> new TrackerHub.Total(0, -20).equals(sunk.get("VI_1")));
        assertEquals(new TrackerHub.Total(0, -20), hub.current("VI_1"));
    }

    @Test
    void weightZeroScriptFaultsAndRecoversAfterRise() throws IOException {
        start();
        Path flag = dir.resolve("ok");
        hub.configure(Map.of("VI_1", List.of(script("chk", List.of("test", "-e", flag.toString()), 0, 2, 1,
                Duration.ofSeconds(1)))));
        await().atMost(Duration.ofSeconds(3)).until(() -> new TrackerHub.Total(1, 0).equals(sunk.get("VI_1")));
        Files.writeString(flag, "");
        await().atMost(Duration.ofSeconds(3)).until(() -> new TrackerHub.Total(0, 0).equals(sunk.get("VI_1")));
    }

    @Test
    void aScriptOutlivingItsTimeoutIsKilledAndFails() {
        start();
        long t0 = System.nanoTime();
        hub.configure(Map.of("VI_1", List.of(script("slow", List.of("sleep", "30"), 0, 1, 1,
                Duration.ofMillis(200)))));
        await().atMost(Duration.ofSeconds(3)).until(() -> new TrackerHub.Total(1, 0).equals(sunk.get("VI_1")));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(true, ms < 2_500, "failed after the timeout, not after 30 s: " + ms + " ms");
    }

    @Test
    void trackFileValueTimesWeightFollowsTheFile() throws IOException {
        start();
        Path f = dir.resolve("prio");
        Files.writeString(f, "2");
        hub.configure(Map.of("VI_1", List.of(new TrackEntry.File("tf", f.toString(), null, -10, false))));
        await().atMost(Duration.ofSeconds(2)).until(() -> new TrackerHub.Total(0, -20).equals(sunk.get("VI_1")));
        Files.writeString(f, "-300");
        await().atMost(Duration.ofSeconds(2)).until(() -> new TrackerHub.Total(0, 253).equals(sunk.get("VI_1")));
        Files.writeString(f, "26");
        await().atMost(Duration.ofSeconds(2)).until(() -> new TrackerHub.Total(1, 0).equals(sunk.get("VI_1")));
    }

    @Test
    void interfaceDownFaultsWeightZeroAndWeightedOnesAdjust() {
        start();
        hub.configure(Map.of("VI_1", List.of(new TrackEntry.Interface("eth0", 0, false),
                new TrackEntry.Interface("eth1", 15, false))));
        hub.setLinks(List.of(link(2, "eth0", true), link(3, "eth1", true)));
        await().atMost(Duration.ofSeconds(1)).until(() -> new TrackerHub.Total(0, 15).equals(sunk.get("VI_1")));
        hub.onLinkEvent(new RtnlEvent.LinkChanged(link(3, "eth1", false)));
        await().atMost(Duration.ofSeconds(1)).until(() -> new TrackerHub.Total(0, 0).equals(sunk.get("VI_1")));
        hub.onLinkEvent(new RtnlEvent.LinkRemoved(link(2, "eth0", false)));
        await().atMost(Duration.ofSeconds(1)).until(() -> new TrackerHub.Total(1, 0).equals(sunk.get("VI_1")));
    }

    @Test
    void processQuorumFromProc() throws IOException {
        start();
        Path p = Files.createDirectories(dir.resolve("100"));
        Files.writeString(p.resolve("comm"), "daemon\n");
        Files.writeString(p.resolve("cmdline"), "daemon\0");
        TrackEntry.ProcessSpec spec = new TrackEntry.ProcessSpec("proc", "daemon", List.of(),
                org.keepalived4j.config.model.vrrp.VrrpTrackProcess.ParamMatch.NONE, 1, 10, Duration.ZERO,
                Duration.ZERO, false);
        hub.configure(Map.of("VI_1", List.of(new TrackEntry.Process(spec, 0, false))));
        await().atMost(Duration.ofSeconds(1)).until(() -> new TrackerHub.Total(0, 0).equals(sunk.get("VI_1")));
        Files.delete(p.resolve("comm"));
        Files.delete(p.resolve("cmdline"));
        Files.delete(p);
        await().atMost(Duration.ofSeconds(2)).until(() -> new TrackerHub.Total(1, 0).equals(sunk.get("VI_1")));
    }

    static Link link(int index, String name, boolean up) {
        int flags = up ? Rtnl.IFF_UP | Rtnl.IFF_RUNNING : 0;
        return new Link(index, name, flags, null, null, 0, 0, 1500, null);
    }
}
