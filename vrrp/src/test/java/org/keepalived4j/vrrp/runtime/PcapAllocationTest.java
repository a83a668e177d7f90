package org.keepalived4j.vrrp.runtime;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.vrrp.codec.AddressList;
import org.keepalived4j.vrrp.codec.AdvertSpec;
import org.keepalived4j.vrrp.codec.AuthType;
import org.keepalived4j.vrrp.codec.VrrpAdvertEncoder;
import org.keepalived4j.vrrp.codec.VrrpVersion;
import org.keepalived4j.vrrp.interop.Lab;

/**
 * {@link PcapPacketIo} on a veth pair (root): adverts pass the filter, our own frames are not captured back, the
 * selectable fd polls, and sending and receiving allocate nothing per frame once warmed up (measured with
 * {@code ThreadMXBean.getThreadAllocatedBytes} around the calls only, a constant slack for JIT noise allowed).
 */
class PcapAllocationTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int FRAMES = 2_000;
    private static final int WARM_UP_FRAMES = 20_000;
    private static final int BATCH = 100;
    /** A constant allowance for JIT and measurement noise: under 32 bytes a frame over {@link #FRAMES}. */
    private static final long SLACK_BYTES = 64 * 1024;
    private final String ifA = "k4jpa" + ProcessHandle.current().pid() % 10000;
    private final String ifB = "k4jpb" + ProcessHandle.current().pid() % 10000;

    @AfterEach
    void removeVeth() {
        try {
            Lab.sh("ip", "link", "del", ifA);
        } catch (Exception e) {
            // not created
        }
    }

    private static long allocated() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().threadId());
    }

    @Test
    void framesCrossAVethPairAndAllocateNothingPerFrame() throws Exception {
        Lab.requireRootAndTools("ip");
        Lab.sh("ip", "link", "add", ifA, "type", "veth", "peer", "name", ifB);
        Lab.sh("ip", "link", "set", ifA, "up");
        Lab.sh("ip", "link", "set", ifB, "up");
        // The JDK only lists an interface once it has an address (IPv4, or IPv6 link-local after DAD): give each
        // end a host-only IPv4 address and wait until both are visible.
        Lab.sh("ip", "addr", "add", "169.254.250.1/32", "dev", ifA);
        Lab.sh("ip", "addr", "add", "169.254.250.2/32", "dev", ifB);
        await().atMost(Duration.ofSeconds(5)).until(() ->
                NetworkInterface.getByName(ifA) != null && NetworkInterface.getByName(ifB) != null);
        try (PcapPacketIo a = PcapPacketIo.open(ifA); PcapPacketIo b = PcapPacketIo.open(ifB);
             Poller poller = new Poller(new int[] {b.pollFd()})) {
            AdvertSpec spec = new AdvertSpec(VrrpVersion.V2, 51, 100, AuthType.NONE, null,
                    AddressList.of(List.of(InetAddress.getByName("10.0.0.100"))), a.macAddress(),
                    AdvertSpec.IPV4_GROUP_MAC, new byte[] {10, 0, 0, 1}, AdvertSpec.IPV4_GROUP, null, 255);
            byte[] tx = new byte[128];
            int length = new VrrpAdvertEncoder().encode(spec, 100, 1, tx, 0);
            byte[] rx = new byte[2048];
            // warm up both paths until the JIT has compiled them (the interpreter and C1 allocate in downcalls)
            exchange(a, b, poller, tx, length, rx, WARM_UP_FRAMES);
            Measured m = exchange(a, b, poller, tx, length, rx, FRAMES);
            assertEquals(0, a.receive(rx), "direction IN: our own frames are not captured");
            System.out.printf("libpcap over FFM: send %d bytes, receive %d bytes allocated for %d frames%n",
                    m.sendBytes, m.receiveBytes, FRAMES);
            assertTrue(m.sendBytes < SLACK_BYTES, "bytes allocated sending " + FRAMES + " frames: " + m.sendBytes);
            assertTrue(m.receiveBytes < SLACK_BYTES,
                    "bytes allocated receiving " + FRAMES + " frames: " + m.receiveBytes);
            assertEquals(0, a.sendErrors());
            assertEquals(0, b.receiveErrors());
        }
    }

    private record Measured(long sendBytes, long receiveBytes) {
    }

    /**
     * Sends {@code frames} copies of {@code tx} from {@code a} and receives them on {@code b}, measuring what the
     * calling thread allocates inside {@link PcapPacketIo#send} and {@link PcapPacketIo#receive} only.
     */
    private static Measured exchange(PcapPacketIo a, PcapPacketIo b, Poller poller, byte[] tx, int length,
                                     byte[] rx, int frames) {
        long sendBytes = 0;
        long rxBytes = 0;
        int received = 0;
        // batches of 100: a veth's backlog (netdev_max_backlog, 1000) drops bursts larger than that
        for (int batch = 0; batch < frames / BATCH; batch++) {
            long t = allocated();
            for (int i = 0; i < BATCH; i++) {
                if (!a.send(tx, length)) {
                    throw new AssertionError("send failed");
                }
            }
            sendBytes += allocated() - t;
            int want = received + BATCH;
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (received < want && System.nanoTime() < deadline) {
                t = allocated();
                int n = b.receive(rx);
                rxBytes += allocated() - t;
                if (n == 0) {
                    poller.await(10_000);
                    continue;
                }
                assertEquals(length, n);
                received++;
            }
        }
        assertEquals(frames, received, "every advert passed the BPF filter");
        return new Measured(sendBytes, rxBytes);
    }

}
