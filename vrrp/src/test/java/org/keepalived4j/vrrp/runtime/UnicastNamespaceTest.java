package org.keepalived4j.vrrp.runtime;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.netlink.netns.NetnsExecutor;
import org.keepalived4j.vrrp.codec.AddressList;
import org.keepalived4j.vrrp.codec.AdvertSpec;
import org.keepalived4j.vrrp.codec.AuthType;
import org.keepalived4j.vrrp.codec.VrrpAdvertEncoder;
import org.keepalived4j.vrrp.codec.VrrpVersion;
import org.keepalived4j.vrrp.interop.Lab;

/**
 * {@link PcapPacketIo#sendUnicast} over {@link RawIpSocket} between two network namespaces (root): the kernel
 * frames the packet to the peer's MAC (ARP / ND resolved by it), our header goes out unchanged (TTL, TOS,
 * source), the peer's capture receives it, and the peer's own raw socket keeps the kernel from answering with
 * ICMP "protocol unreachable" / "parameter problem", as keepalived's socket does.
 */
class UnicastNamespaceTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private Netns ns;
    private NetnsExecutor inA;
    private NetnsExecutor inB;
    private PcapPacketIo ioA;
    private PcapPacketIo ioB;

    @BeforeEach
    void setUp() throws Exception {
        Lab.requireRootAndTools("ip");
        ns = Netns.create("k4juni" + ProcessHandle.current().pid() % 10000, "10.79.0");
        Lab.sh("ip", "-n", ns.a, "addr", "add", "fd00:79::1/64", "dev", "veth0", "nodad");
        Lab.sh("ip", "-n", ns.b, "addr", "add", "fd00:79::2/64", "dev", "veth0", "nodad");
        inA = NetnsExecutor.start(ns.a);
        inB = NetnsExecutor.start(ns.b);
        ioA = inA.call(() -> PcapPacketIo.open("veth0"));
        ioB = inB.call(() -> PcapPacketIo.open("veth0"));
    }

    @AfterEach
    void tearDown() {
        for (AutoCloseable c : new AutoCloseable[] {ioA, ioB, inA, inB, ns}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                System.out.println("cleanup: " + e);
            }
        }
    }

    private static long snmp(String ns, String file, String key) throws Exception {
        String text = Lab.sh("ip", "netns", "exec", ns, "cat", file);
        if (file.endsWith("snmp6")) {
            for (String line : text.split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f[0].equals(key)) {
                    return Long.parseLong(f[1]);
                }
            }
            throw new AssertionError(key + " not in " + file);
        }
        // /proc/net/snmp: a header line of names, then a line of values, per protocol
        String[] lines = text.split("\n");
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i].startsWith("Icmp: ")) {
                List<String> names = Arrays.asList(lines[i].split("\\s+"));
                return Long.parseLong(lines[i + 1].split("\\s+")[names.indexOf(key)]);
            }
        }
        throw new AssertionError(key + " not in " + file);
    }

    private int encode(boolean ipv6, int ttl, byte[] tx) throws Exception {
        byte[] src = InetAddress.getByName(ipv6 ? "fd00:79::1" : "10.79.0.1").getAddress();
        byte[] dst = InetAddress.getByName(ipv6 ? "fd00:79::2" : "10.79.0.2").getAddress();
        AdvertSpec spec = new AdvertSpec(VrrpVersion.V3, 57, 100, AuthType.NONE, null,
                AddressList.of(List.of(InetAddress.getByName(ipv6 ? "fd00:79::100" : "10.79.0.100"))),
                ioA.macAddress(), new byte[6], src, dst, null, ttl);
        return new VrrpAdvertEncoder().encode(spec, 120, 7, tx, 0);
    }

    private byte[] receiveOne() {
        byte[] rx = new byte[2048];
        int[] n = {0};
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(5))
                .until(() -> (n[0] = ioB.receive(rx)) > 0);
        return Arrays.copyOf(rx, n[0]);
    }

    private void roundTrip(boolean ipv6) throws Exception {
        byte[] tx = new byte[256];
        int n = encode(ipv6, 77, tx);
        byte[] dst = Arrays.copyOfRange(tx, ipv6 ? 14 + 24 : 14 + 16, ipv6 ? 14 + 40 : 14 + 20);
        inA.call(() -> {
            ioA.openUnicast(ipv6);
            return null;
        });
        assertTrue(ioA.sendUnicast(tx, 14, n - 14, dst));
        byte[] frame = receiveOne();
        assertArrayEquals(new byte[] {2, 0, 0, 0, 0, 0x0b}, Arrays.copyOf(frame, 6), "framed to B's MAC");
        assertArrayEquals(ioA.macAddress(), Arrays.copyOfRange(frame, 6, 12));
        if (ipv6) {
            assertArrayEquals(Arrays.copyOfRange(tx, 14, n), Arrays.copyOfRange(frame, 14, n), "header as written");
        } else {
            // the kernel leaves a HDRINCL header as written (it only fills in a zero id / length / checksum)
            assertArrayEquals(Arrays.copyOfRange(tx, 14, n), Arrays.copyOfRange(frame, 14, n));
            assertEquals(77, frame[14 + 8] & 0xff);
        }
    }

    @Test
    void ipv4UnicastReachesThePeerWithoutIcmpUnreachable() throws Exception {
        inB.call(() -> {
            ioB.openUnicast(false);
            return null;
        });
        long before = snmp(ns.b, "/proc/net/snmp", "OutDestUnreachs");
        roundTrip(false);
        // a second packet after the neighbour is known; ICMP would have been sent by now for the first one
        byte[] tx = new byte[256];
        int n = encode(false, 255, tx);
        assertTrue(ioA.sendUnicast(tx, 14, n - 14, new byte[] {10, 79, 0, 2}));
        receiveOne();
        assertEquals(before, snmp(ns.b, "/proc/net/snmp", "OutDestUnreachs"),
                "B's raw VRRP socket makes the kernel take protocol 112 quietly");
    }

    @Test
    void withoutAReceivingSocketTheKernelWouldAnswerProtocolUnreachable() throws Exception {
        long before = snmp(ns.b, "/proc/net/snmp", "OutDestUnreachs");
        roundTrip(false);
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10))
                .until(() -> snmp(ns.b, "/proc/net/snmp", "OutDestUnreachs") > before);
    }

    @Test
    void ipv6UnicastReachesThePeerWithoutParameterProblem() throws Exception {
        inB.call(() -> {
            ioB.openUnicast(true);
            return null;
        });
        long before = snmp(ns.b, "/proc/net/snmp6", "Icmp6OutParmProblems");
        roundTrip(true);
        assertEquals(before, snmp(ns.b, "/proc/net/snmp6", "Icmp6OutParmProblems"));
    }

    @Test
    void unicastSendAllocatesNothing() throws Exception {
        inA.call(() -> {
            ioA.openUnicast(false);
            return null;
        });
        byte[] tx = new byte[256];
        int n = encode(false, 255, tx);
        byte[] dst = {10, 79, 0, 2};
        // warm up until the JIT has compiled the path (the interpreter allocates for the downcall)
        for (int i = 0; i < 60_000; i++) {
            ioA.sendUnicast(tx, 14, n - 14, dst);
        }
        long t = THREADS.getThreadAllocatedBytes(Thread.currentThread().threadId());
        int ok = 0;
        for (int i = 0; i < 20_000; i++) {
            ok += ioA.sendUnicast(tx, 14, n - 14, dst) ? 1 : 0;
        }
        long bytes = THREADS.getThreadAllocatedBytes(Thread.currentThread().threadId()) - t;
        System.out.println("RawIpSocket: " + bytes + " bytes allocated for 20000 unicast sends");
        assertEquals(20_000, ok);
        assertTrue(bytes < 4_096, "allocated " + bytes);
    }
}
