package org.keepalived4j.check.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keepalived4j.check.Fixtures.addr;
import static org.keepalived4j.check.Fixtures.rs;
import static org.keepalived4j.check.Fixtures.vs;

import io.netty.channel.EventLoop;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.MockTicker;
import io.netty.util.concurrent.Ticker;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.check.Fixtures;
import org.keepalived4j.check.Fixtures.Recorder;
import org.keepalived4j.check.checker.CheckOutcome;
import org.keepalived4j.check.checker.CheckWording;
import org.keepalived4j.check.checker.Checker;
import org.keepalived4j.check.ipvs.DesiredIpvsTable;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.lvs.TcpCheck;
import org.keepalived4j.config.model.lvs.VirtualServer;

/** The engine on an embedded loop with fake time: scheduling, retries, sharing, fan-out, table publication. */
class CheckEngineTest {

    private final MockTicker ticker = Ticker.newMockTicker();
    private final EmbeddedChannel channel = EmbeddedChannel.builder().ticker(ticker).build();
    private final EventLoop loop = channel.eventLoop();
    private final Recorder rec = new Recorder();
    private final List<DesiredIpvsTable> tables = new ArrayList<>();
    private final Deque<Boolean> script = new ArrayDeque<>();
    private int created;

    /** A checker that answers from {@link #script} at once. */
    private final class Scripted implements Checker {
        @Override
        public Future<CheckOutcome> attempt(EventLoop l) {
            boolean ok = script.isEmpty() || script.pop();
            return l.newSucceededFuture(ok ? CheckOutcome.success("success") : CheckOutcome.failure("failed"));
        }

        @Override
        public CheckWording wording() {
            return CheckWording.TCP;
        }
    }

    @AfterEach
    void close() {
        channel.finishAndReleaseAll();
    }

    private void advance(Duration d) {
        ticker.advance(d.toNanos(), TimeUnit.NANOSECONDS);
        channel.runPendingTasks();
    }

    private CheckEngine engine(List<VirtualServer> config) {
        return new CheckEngine(config, loop, check -> {
            created++;
            return new Scripted();
        }, rec, tables::add, RandomGenerator.of("L64X128MixRandom"));
    }

    /** The same real server and TCP_CHECK, written in two virtual servers (different config lines). */
    private static List<VirtualServer> twoVirtualServersSharingARealServer() {
        TcpCheck a = Fixtures.tcp(addr("10.0.0.2", 80), 1, false);
        TcpCheck b = new TcpCheck(a.settings(), a.connection(), new SourcePosition("test.conf", 42));
        return List.of(
                vs("10.0.0.100", 80, 1, 0, null, List.of(rs("10.0.0.2", 80, 1, false, List.of(a)))),
                vs("10.0.0.101", 80, 1, 0, null, List.of(rs("10.0.0.2", 80, 1, false, List.of(b)))));
    }

    @Test
    void aSharedRealServerIsProbedOnceAndBothVirtualServersFollow() {
        CheckEngine engine = engine(twoVirtualServersSharingARealServer());
        assertEquals(1, engine.probeCount());
        assertEquals(1, created);
        engine.start();
        channel.runPendingTasks();
        assertEquals(1, tables.size(), "initial table published at start");
        assertEquals(2, tables.getLast().services().size());
        assertEquals(0, engine.attempts());

        advance(CheckEngine.BOOTSTRAP_DELAY);
        assertEquals(1, engine.attempts());
        assertEquals(List.of("TCP connection to [10.0.0.2]:tcp:80 success.",
                "TCP connection to [10.0.0.2]:tcp:80 success."), successLines());

        advance(Duration.ofSeconds(6)); // delay_loop
        assertEquals(2, engine.attempts());

        rec.clear();
        script.add(false);
        script.add(false);
        advance(Duration.ofSeconds(6));
        assertEquals(3, engine.attempts());
        assertTrue(rec.lines.isEmpty(), "first failure of an up server is retried quietly: " + rec.lines);
        advance(Duration.ofSeconds(2)); // delay_before_retry
        assertEquals(4, engine.attempts());
        assertEquals(List.of(
                "TCP_CHECK on service [10.0.0.2]:tcp:80 failed after 1 retries.",
                "Removing service [10.0.0.2]:tcp:80 from VS [10.0.0.100]:tcp:80",
                "Lost quorum 1-0=1 > 0 for VS [10.0.0.100]:tcp:80",
                "TCP_CHECK on service [10.0.0.2]:tcp:80 failed after 1 retries.",
                "Removing service [10.0.0.2]:tcp:80 from VS [10.0.0.101]:tcp:80",
                "Lost quorum 1-0=1 > 0 for VS [10.0.0.101]:tcp:80"), rec.lines);
        DesiredIpvsTable t = tables.getLast();
        t.services().values().forEach(s -> assertTrue(s.destinations().isEmpty(), t.dump()));

        rec.clear();
        advance(Duration.ofSeconds(6)); // down server: back to delay_loop, then passes
        assertEquals(5, engine.attempts());
        assertTrue(rec.lines.contains("Adding service [10.0.0.2]:tcp:80 to VS [10.0.0.101]:tcp:80"), rec.lines.toString());
        tables.getLast().services().values().forEach(s -> assertEquals(1, s.destinations().size()));
        engine.close();
        channel.runPendingTasks();
        advance(Duration.ofSeconds(60));
        assertEquals(5, engine.attempts(), "no attempts after close");
    }

    @Test
    void attemptsRunOnTheirDelaysGridNeverEarly() {
        long gridNs = Duration.ofMillis(100).toNanos(); // delay_loop 6 s; delay_before_retry 2 s: 50 ms
        ticker.advance(gridNs - ticker.nanoTime() % gridNs + Duration.ofMillis(30).toNanos(), TimeUnit.NANOSECONDS);
        CheckEngine engine = engine(twoVirtualServersSharingARealServer());
        engine.start();
        channel.runPendingTasks();

        advance(CheckEngine.BOOTSTRAP_DELAY);
        assertEquals(0, engine.attempts(), "due 30 ms past a grid point: waits for the next");
        advance(Duration.ofMillis(69));
        assertEquals(0, engine.attempts());
        advance(Duration.ofMillis(1));
        assertEquals(1, engine.attempts(), "at the grid point");

        script.add(false);
        advance(Duration.ofSeconds(6)); // on the grid already: exactly delay_loop
        assertEquals(2, engine.attempts());
        advance(Duration.ofSeconds(2)); // delay_before_retry, on its 50 ms grid too
        assertEquals(3, engine.attempts());
        engine.close();
    }

    @Test
    void differentChecksAreNotShared() {
        TcpCheck a = Fixtures.tcp(addr("10.0.0.2", 80), 1, false);
        TcpCheck other = Fixtures.tcp(addr("10.0.0.2", 81), 1, false);
        engine(List.of(
                vs("10.0.0.100", 80, 1, 0, null, List.of(rs("10.0.0.2", 80, 1, false, List.of(a)))),
                vs("10.0.0.101", 80, 1, 0, null, List.of(rs("10.0.0.2", 80, 1, false, List.of(other))))));
        assertEquals(2, created);
    }

    private List<String> successLines() {
        return rec.lines.stream().filter(l -> l.startsWith("TCP connection")).toList();
    }
}
