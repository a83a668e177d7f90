package org.keepalived4j.check;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.Future;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keepalived4j.check.checker.CheckOutcome;
import org.keepalived4j.check.checker.CheckWording;
import org.keepalived4j.check.checker.Checker;
import org.keepalived4j.check.ipvs.RecordingIpvsTable;
import org.keepalived4j.config.ConfigParser;

/** lvs_notify_fifo: keepalived's lines for virtual and real servers going up and down, read from a real FIFO. */
class NotifyFifoTest {

    @TempDir
    Path dir;

    private final ExecutorService scripts = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicBoolean up = new AtomicBoolean(true);
    private final List<String> read = Collections.synchronizedList(new ArrayList<>());
    private LvsRuntime runtime;

    @AfterEach
    void stop() {
        if (runtime != null) {
            runtime.close();
        }
        scripts.shutdownNow();
    }

    @Test
    void linesForVirtualAndRealServers() throws Exception {
        Path fifo = dir.resolve("lvs.fifo");
        String text = "global_defs {\n  lvs_notify_fifo " + fifo + "\n}\n"
                + "virtual_server 192.0.2.10 80 {\n  delay_loop 1\n  lb_algo rr\n  lb_kind NAT\n  protocol TCP\n"
                + "  real_server 10.0.0.2 80 {\n   TCP_CHECK {\n    connect_timeout 1\n   }\n  }\n}\n";
        runtime = LvsRuntime.builder(ConfigParser.parse(text).config()).ipvs(RecordingIpvsTable::new)
                .scripts(scripts).checkers(c -> new Checker() {
                    @Override
                    public Future<CheckOutcome> attempt(EventLoop loop) {
                        return loop.newSucceededFuture(up.get() ? CheckOutcome.success("success")
                                : CheckOutcome.failure("failed"));
                    }

                    @Override
                    public CheckWording wording() {
                        return CheckWording.TCP;
                    }
                }).build();
        runtime.start();
        assertTrue(Files.exists(fifo), "created at start");
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(new FileInputStream(fifo.toFile()),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    read.add(line);
                }
            } catch (IOException e) {
                read.add("error " + e);
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> read.contains("VS [192.0.2.10]:tcp:80 UP"));
        up.set(false);
        await().atMost(Duration.ofSeconds(8)).until(() -> read.containsAll(List.of(
                "RS [10.0.0.2]:tcp:80 [192.0.2.10]:tcp:80 DOWN", "VS [192.0.2.10]:tcp:80 DOWN")));
        up.set(true);
        await().atMost(Duration.ofSeconds(8)).until(() -> read.contains(
                "RS [10.0.0.2]:tcp:80 [192.0.2.10]:tcp:80 UP"));
        runtime.close();
        runtime = null;
        assertFalse(Files.exists(fifo), "a FIFO we created is removed at stop");
        reader.join(Duration.ofSeconds(5));
        assertFalse(reader.isAlive(), "the reader saw the end of the FIFO");
        assertTrue(read.stream().noneMatch(l -> l.startsWith("error")), read::toString);
    }
}
