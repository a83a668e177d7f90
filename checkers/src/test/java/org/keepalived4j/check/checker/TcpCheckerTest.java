package org.keepalived4j.check.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.keepalived4j.check.Fixtures;
import org.keepalived4j.check.testnet.BlackholeNet;

class TcpCheckerTest extends CheckerTestBase {

    @Test
    void connectsToAListener() throws Exception {
        InetSocketAddress a = servers.start(s -> s.getInputStream().read());
        CheckOutcome o = run(new TcpChecker(Fixtures.conn(a, Duration.ofSeconds(2))), Duration.ofSeconds(5));
        assertTrue(o.success());
    }

    @Test
    void refusedConnectionFails() throws Exception {
        CheckOutcome o = run(new TcpChecker(Fixtures.conn(LocalServers.refused(), Duration.ofSeconds(2))),
                Duration.ofSeconds(5));
        assertFalse(o.success());
        assertEquals("failed", o.detail());
    }

    @Test
    void unreachableAddressTimesOut() throws Exception {
        // An address on a private veth link that nobody owns: the SYN never leaves this host.
        try (BlackholeNet net = BlackholeNet.create()) {
            InetSocketAddress blackhole = new InetSocketAddress(net.silentV4(), 80);
            CheckOutcome o = run(new TcpChecker(Fixtures.conn(blackhole, Duration.ofMillis(300))),
                    Duration.ofSeconds(5));
            assertFalse(o.success());
            assertEquals("timeout", o.detail());
        }
    }
}
