package org.keepalived4j.vrrp.runtime;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.vrrp.codec.AddressList;
import org.keepalived4j.vrrp.codec.AdvertSpec;
import org.keepalived4j.vrrp.codec.AuthType;
import org.keepalived4j.vrrp.codec.VrrpAdvertEncoder;
import org.keepalived4j.vrrp.codec.VrrpVersion;

/**
 * {@link PcapPacketIo} on a veth pair (root): adverts pass the filter, our own frames are not captured back, the
 * selectable fd polls, and what libpcap through pcap4j allocates per frame is measured and printed.
 */
class PcapAllocationTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final String ifA = "k4jpa" + ProcessHandle.current().pid() % 10000;
    private final String ifB = "k4jpb" + ProcessHandle.current().pid() % 10000;

    @AfterEach
    void removeVeth() {
        try {
            Netns.sh("ip", "link", "del", ifA);
        } catch (Exception e) {
            // not created
        }
    }

    private static long allocated() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().threadId());
    }

    @Test
    void framesCrossAVethPairAndReceiveAllocationIsMeasured() throws Exception {
        Netns.requireRootAndTools("ip");
        Netns.sh("ip", "link", "add", ifA, "type", "veth", "peer", "name", ifB);
        Netns.sh("ip", "link", "set", ifA, "up");
        Netns.sh("ip", "link", "set", ifB, "up");
        // The JDK only lists an interface once it has an address (IPv4, or IPv6 link-local after DAD): give each
        // end a host-only IPv4 address and wait until both are visible.
        Netns.sh("ip", "addr", "add", "169.254.250.1/32", "dev", ifA);
        Netns.sh("ip", "addr", "add", "169.254.250.2/32", "dev", ifB);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() ->
                java.net.NetworkInterface.getByName(ifA) != null && java.net.NetworkInterface.getByName(ifB) != null);
        int frames = 2_000;
        try (PcapPacketIo a = PcapPacketIo.open(ifA); PcapPacketIo b = PcapPacketIo.open(ifB);
             Poller poller = new Poller(new int[] {b.pollFd()})) {
            AdvertSpec spec = new AdvertSpec(VrrpVersion.V2, 51, 100, AuthType.NONE, null,
                    AddressList.of(List.of(InetAddress.getByName("10.0.0.100"))), a.macAddress(),
                    AdvertSpec.IPV4_GROUP_MAC, new byte[] {10, 0, 0, 1}, AdvertSpec.IPV4_GROUP, null, 255);
            byte[] tx = new byte[128];
            byte[] rx = new byte[2048];
            VrrpAdvertEncoder encoder = new VrrpAdvertEncoder();
            // warm up both paths
            for (int i = 0; i < 200; i++) {
                a.send(tx, encoder.encode(spec, 100, i, tx, 0));
            }
            int[] warm = {0};
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(5))
                    .until(() -> (warm[0] += drain(b, rx)) >= 200);
            // batches of 100: a veth's backlog (netdev_max_backlog, 1000) drops bursts larger than that
            long sendBytes = 0;
            long rxBytes = 0;
            int received = 0;
            for (int batch = 0; batch < frames / 100; batch++) {
                long t = allocated();
                for (int i = 0; i < 100; i++) {
                    assertTrue(a.send(tx, encoder.encode(spec, 100, i, tx, 0)));
                }
                sendBytes += allocated() - t;
                int want = received + 100;
                long deadline = System.nanoTime() + 2_000_000_000L;
                while (received < want && System.nanoTime() < deadline) {
                    t = allocated();
                    int n = b.receive(rx);
                    rxBytes += allocated() - t;
                    if (n == 0) {
                        poller.await(10_000);
                        continue;
                    }
                    assertEquals(spec.frameLength(), n);
                    received++;
                }
            }
            assertEquals(frames, received, "every advert passed the BPF filter");
            assertEquals(0, a.receive(rx), "direction IN: our own frames are not captured");
            System.out.printf("pcap4j: send %.1f bytes/frame, receive %.1f bytes/frame (%d frames)%n",
                    (double) sendBytes / frames, (double) rxBytes / frames, frames);
        }
    }

    private static int drain(PcapPacketIo io, byte[] rx) {
        int n = 0;
        while (io.receive(rx) > 0) {
            n++;
        }
        return n;
    }
}
