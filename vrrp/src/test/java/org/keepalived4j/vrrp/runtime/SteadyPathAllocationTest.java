package org.keepalived4j.vrrp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.vrrp.codec.AddressList;
import org.keepalived4j.vrrp.codec.AdvertSpec;
import org.keepalived4j.vrrp.codec.AuthType;
import org.keepalived4j.vrrp.codec.VrrpAdvertEncoder;
import org.keepalived4j.vrrp.codec.VrrpVersion;
import org.keepalived4j.vrrp.state.InstanceParams;
import org.keepalived4j.vrrp.state.VrrpState;

/**
 * The agent's steady path (MASTER sending, BACKUP receiving and checking adverts) allocates nothing per advert:
 * measured with {@code ThreadMXBean.getThreadAllocatedBytes} over 200 000 adverts after a warm-up (a constant few
 * hundred bytes of measurement noise are tolerated, far below one byte per advert).
 */
class SteadyPathAllocationTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** A PacketIo that never allocates: counts what is sent, replays one frame when told to. */
    static final class QuietIo implements PacketIo {
        final byte[] frame = new byte[128];
        int frameLength;
        boolean pending;
        long sent;

        @Override
        public String interfaceName() {
            return "eth0";
        }

        @Override
        public byte[] macAddress() {
            return new byte[] {2, 0, 0, 0, 0, 1};
        }

        @Override
        public byte[] primaryAddress(boolean ipv6) {
            return new byte[] {10, 0, 0, 2};
        }

        @Override
        public int receive(byte[] buffer) {
            if (!pending) {
                return 0;
            }
            pending = false;
            System.arraycopy(frame, 0, buffer, 0, frameLength);
            return frameLength;
        }

        @Override
        public boolean send(byte[] f, int length) {
            sent++;
            return true;
        }

        @Override
        public void openUnicast(boolean ipv6) {
        }

        @Override
        public boolean sendUnicast(byte[] packet, int offset, int length, byte[] destination) {
            sent++;
            return true;
        }

        @Override
        public int pollFd() {
            return -1;
        }

        @Override
        public void close() {
        }
    }

    private static long allocated() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().threadId());
    }

    private static InstanceParams params(int priority) throws Exception {
        return InstanceParams.builder("VI_1", 51, "eth0").version(VrrpVersion.V3).advertIntCs(10).priority(priority)
                .vipAddresses(List.of(InetAddress.getByName("10.0.0.100"))).build();
    }

    @Test
    void masterSendingAllocatesNothing() throws Exception {
        QuietIo io = new QuietIo();
        long[] now = {1_000_000_000L};
        VrrpAgent agent = new VrrpAgent(() -> now[0], new InMemoryVipManager(), new NotifyRunner(), false, false);
        agent.addInstance(params(200), io);
        agent.start(now[0]);
        for (int i = 0; i < 20_000; i++) {
            now[0] += 100_000;
            agent.doWork(now[0]);
        }
        assertEquals(VrrpState.MASTER, agent.state("VI_1"));
        long sentBefore = io.sent;
        long before = allocated();
        for (int i = 0; i < 200_000; i++) {
            now[0] += 100_000;
            agent.doWork(now[0]);
        }
        long bytes = allocated() - before;
        assertTrue(io.sent - sentBefore >= 199_000, "adverts sent: " + (io.sent - sentBefore));
        System.out.println("MASTER steady path: " + bytes + " bytes allocated for " + (io.sent - sentBefore)
                + " adverts");
        // a few KB of one-off noise (JIT, the MXBean call) are tolerated: under 0.1 byte per advert
        assertTrue(bytes < 16_384, "bytes allocated on the MASTER path: " + bytes);
    }

    private static InstanceParams unicastParams(int priority) throws Exception {
        return InstanceParams.builder("VI_1", 51, "eth0").version(VrrpVersion.V3).advertIntCs(10).priority(priority)
                .vipAddresses(List.of(InetAddress.getByName("10.0.0.100")))
                .unicastPeers(List.of(InetAddress.getByName("10.0.0.9"), InetAddress.getByName("10.0.0.10")))
                .checkUnicastSource(true).build();
    }

    @Test
    void unicastMasterSendingAllocatesNothing() throws Exception {
        QuietIo io = new QuietIo();
        long[] now = {1_000_000_000L};
        VrrpAgent agent = new VrrpAgent(() -> now[0], new InMemoryVipManager(), new NotifyRunner(), false, false);
        agent.addInstance(unicastParams(200), io);
        agent.start(now[0]);
        for (int i = 0; i < 20_000; i++) {
            now[0] += 100_000;
            agent.doWork(now[0]);
        }
        assertEquals(VrrpState.MASTER, agent.state("VI_1"));
        long sentBefore = io.sent;
        long before = allocated();
        for (int i = 0; i < 100_000; i++) {
            now[0] += 100_000;
            agent.doWork(now[0]);
        }
        long bytes = allocated() - before;
        assertTrue(io.sent - sentBefore >= 199_000, "unicast adverts sent (2 peers): " + (io.sent - sentBefore));
        System.out.println("unicast MASTER steady path: " + bytes + " bytes allocated for " + (io.sent - sentBefore)
                + " adverts");
        assertTrue(bytes < 16_384, "bytes allocated on the unicast MASTER path: " + bytes);
    }

    @Test
    void unicastBackupReceivingAllocatesNothing() throws Exception {
        AdvertSpec peer = new AdvertSpec(VrrpVersion.V3, 51, 10, AuthType.NONE, null,
                AddressList.of(List.of(InetAddress.getByName("10.0.0.100"))), new byte[] {2, 0, 0, 0, 0, 9},
                new byte[] {2, 0, 0, 0, 0, 1}, new byte[] {10, 0, 0, 9}, new byte[] {10, 0, 0, 2}, null, 255);
        assertBackupPathAllocatesNothing(peer, unicastParams(100));
    }

    @Test
    void backupReceivingAllocatesNothing() throws Exception {
        AdvertSpec peer = new AdvertSpec(VrrpVersion.V3, 51, 10, AuthType.NONE, null,
                AddressList.of(List.of(InetAddress.getByName("10.0.0.100"))), new byte[] {2, 0, 0, 0, 0, 9},
                AdvertSpec.IPV4_GROUP_MAC, new byte[] {10, 0, 0, 9}, AdvertSpec.IPV4_GROUP, null, 255);
        assertBackupPathAllocatesNothing(peer, params(100));
    }

    private void assertBackupPathAllocatesNothing(AdvertSpec peer, InstanceParams ours) {
        QuietIo io = new QuietIo();
        io.frameLength = new VrrpAdvertEncoder().encode(peer, 250, 1, io.frame, 0);
        long[] now = {1_000_000_000L};
        VrrpAgent agent = new VrrpAgent(() -> now[0], new InMemoryVipManager(), new NotifyRunner(), false, false);
        agent.addInstance(ours, io);
        agent.start(now[0]);
        for (int i = 0; i < 20_000; i++) {
            now[0] += 10_000;
            io.pending = true;
            agent.doWork(now[0]);
        }
        long rcvdBefore = agent.instance("VI_1").stats().advertRcvd();
        long before = allocated();
        for (int i = 0; i < 200_000; i++) {
            now[0] += 10_000;
            io.pending = true;
            agent.doWork(now[0]);
        }
        long bytes = allocated() - before;
        long rcvd = agent.instance("VI_1").stats().advertRcvd() - rcvdBefore;
        assertEquals(VrrpState.BACKUP, agent.state("VI_1"));
        assertEquals(200_000, rcvd);
        System.out.println("BACKUP steady path: " + bytes + " bytes allocated for " + rcvd + " adverts");
        assertTrue(bytes < 16_384, "bytes allocated on the BACKUP path: " + bytes);
    }
}
