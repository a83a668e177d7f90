package org.keepalived4j.check.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.util.concurrent.Future;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.keepalived4j.check.Fixtures;
import org.keepalived4j.check.testnet.BlackholeNet;
import org.keepalived4j.config.model.lvs.PingCheck;

/**
 * PING_CHECK against this host (127.0.0.1, ::1) and a private namespace (an address that answers, one that nobody
 * owns); both socket kinds. Nothing leaves the machine.
 */
class PingCheckerTest extends CheckerTestBase {

    private static BlackholeNet net;
    private IcmpPinger pinger;

    @BeforeAll
    static void network() {
        net = BlackholeNet.create();
    }

    @AfterAll
    static void removeNetwork() {
        if (net != null) {
            net.close();
        }
    }

    @AfterEach
    void stopPinger() {
        if (pinger != null) {
            pinger.close();
        }
    }

    private PingChecker checker(IcmpPinger.Mode mode, InetAddress dst, Duration timeout) {
        if (pinger == null) {
            pinger = IcmpPinger.start(mode);
        }
        IcmpPinger p = pinger;
        return new PingChecker(new PingCheck(Fixtures.settings(1, false),
                Fixtures.conn(new InetSocketAddress(dst, 80), timeout), Fixtures.POS), () -> p);
    }

    @ParameterizedTest
    @EnumSource(value = IcmpPinger.Mode.class, names = {"DATAGRAM", "RAW"})
    void loopbackAnswers(IcmpPinger.Mode mode) throws Exception {
        for (String a : List.of("127.0.0.1", "::1")) {
            CheckOutcome o = run(checker(mode, InetAddress.getByName(a), Duration.ofSeconds(2)),
                    Duration.ofSeconds(5));
            assertTrue(o.success(), a + " " + mode + ": " + o);
        }
        assertEquals(mode == IcmpPinger.Mode.RAW, pinger.raw(false));
        assertEquals(mode == IcmpPinger.Mode.RAW, pinger.raw(true));
    }

    @ParameterizedTest
    @EnumSource(value = IcmpPinger.Mode.class, names = {"DATAGRAM", "RAW"})
    void peerInNamespaceAnswers(IcmpPinger.Mode mode) throws Exception {
        for (InetAddress a : List.of(net.peerV4(), net.peerV6())) {
            CheckOutcome o = run(checker(mode, a, Duration.ofSeconds(2)), Duration.ofSeconds(5));
            assertTrue(o.success(), a + " " + mode + ": " + o);
        }
    }

    @ParameterizedTest
    @EnumSource(value = IcmpPinger.Mode.class, names = {"DATAGRAM", "RAW"})
    void silentAddressTimesOut(IcmpPinger.Mode mode) throws Exception {
        for (InetAddress a : List.of(net.silentV4(), net.silentV6())) {
            long t0 = System.nanoTime();
            CheckOutcome o = run(checker(mode, a, Duration.ofMillis(400)), Duration.ofSeconds(5));
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertFalse(o.success(), a + " " + mode);
            assertFalse(o.skipped());
            assertEquals("timeout", o.detail());
            assertTrue(ms >= 350 && ms < 3000, "took " + ms + " ms");
        }
    }

    @Test
    void manyPingsInFlightEachGetTheirReply() throws Exception {
        List<Future<CheckOutcome>> fs = new ArrayList<>();
        PingChecker v4 = checker(IcmpPinger.Mode.AUTO, InetAddress.getByName("127.0.0.1"), Duration.ofSeconds(3));
        PingChecker v6 = checker(IcmpPinger.Mode.AUTO, InetAddress.getByName("::1"), Duration.ofSeconds(3));
        PingChecker silent = checker(IcmpPinger.Mode.AUTO, net.silentV4(), Duration.ofMillis(500));
        loop.submit(() -> {
            for (int i = 0; i < 300; i++) {
                fs.add((i % 3 == 0 ? v4 : i % 3 == 1 ? v6 : silent).attempt(loop));
            }
        }).get(5, TimeUnit.SECONDS);
        int ok = 0;
        int failed = 0;
        for (Future<CheckOutcome> f : fs) {
            assertTrue(f.await(5, TimeUnit.SECONDS));
            if (f.getNow().success()) {
                ok++;
            } else {
                failed++;
            }
        }
        assertEquals(200, ok);
        assertEquals(100, failed);
    }

    @Test
    void closedPingerGivesNoVerdict() throws Exception {
        PingChecker c = checker(IcmpPinger.Mode.AUTO, InetAddress.getByName("127.0.0.1"), Duration.ofSeconds(1));
        pinger.close();
        CheckOutcome o = run(c, Duration.ofSeconds(3));
        assertTrue(o.skipped(), o.toString());
    }
}
