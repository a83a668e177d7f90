package org.keepalived4j.vrrp.notify;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.keepalived4j.vrrp.runtime.NotifyRunner;
import org.keepalived4j.vrrp.state.VrrpState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * keepalived's {@code notify_fifo} / {@code vrrp_notify_fifo}: one line per transition,
 * {@code INSTANCE "VI_1" MASTER 100} or {@code GROUP "G1" BACKUP 0}, written to every configured FIFO.
 *
 * <p>The VRRP thread only offers the line to a bounded queue ({@link #stateChanged}); a thread of its own
 * ("vrrp-fifo") writes it, so a FIFO nobody reads fills up and blocks that thread, never the VRRP thread (lines
 * beyond the queue are dropped and counted). A missing FIFO is created ({@code mkfifo}); FIFOs are opened
 * read-write, as keepalived does, so opening never waits for a reader.
 */
public final class NotifyFifoWriter implements NotifyRunner.StateObserver, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NotifyFifoWriter.class);
    private static final int QUEUE = 1024;

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(QUEUE);
    private final List<RandomAccessFile> fifos;
    private final AtomicLong dropped = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private NotifyFifoWriter(List<RandomAccessFile> fifos) {
        this.fifos = fifos;
        this.thread = Thread.ofPlatform().name("vrrp-fifo").daemon(true).unstarted(this::loop);
    }

    /**
     * Opens (creating if needed) every FIFO and starts the writer.
     *
     * @param paths the FIFOs ({@code notify_fifo} and {@code vrrp_notify_fifo})
     * @throws IOException when a FIFO cannot be created or opened
     */
    public static NotifyFifoWriter open(List<Path> paths) throws IOException {
        List<RandomAccessFile> files = new ArrayList<>();
        try {
            for (Path p : paths) {
                if (!Files.exists(p)) {
                    mkfifo(p);
                }
                files.add(new RandomAccessFile(p.toFile(), "rw"));
            }
        } catch (IOException e) {
            for (RandomAccessFile f : files) {
                f.close();
            }
            throw e;
        }
        NotifyFifoWriter w = new NotifyFifoWriter(List.copyOf(files));
        w.thread.start();
        return w;
    }

    private static void mkfifo(Path p) throws IOException {
        try {
            Process proc = new ProcessBuilder("mkfifo", "-m", "0600", p.toString()).redirectErrorStream(true).start();
            String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!proc.waitFor(5, TimeUnit.SECONDS) || proc.exitValue() != 0) {
                throw new IOException("cannot create notify FIFO " + p + ": " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted creating " + p, e);
        }
    }

    /** keepalived's line for a transition. */
    public static String line(boolean group, String name, VrrpState state, int priority) {
        return (group ? "GROUP" : "INSTANCE") + " \"" + name + "\" " + state.word() + " " + priority + "\n";
    }

    @Override
    public void stateChanged(boolean group, String name, VrrpState state, int priority) {
        if (!lines.offer(line(group, name, state, priority))) {
            if (dropped.getAndIncrement() == 0) {
                LOG.warn("notify FIFO is not read; dropping lines");
            }
        }
    }

    /** Lines dropped because the queue was full. */
    public long dropped() {
        return dropped.get();
    }

    private void loop() {
        while (running || !lines.isEmpty()) {
            String line;
            try {
                line = lines.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (line == null) {
                continue;
            }
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            for (RandomAccessFile f : fifos) {
                try {
                    f.write(b);
                } catch (IOException e) {
                    LOG.warn("writing to the notify FIFO failed: {}", e.getMessage());
                }
            }
        }
    }

    /** Writes what is queued, then closes the FIFOs. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
        for (RandomAccessFile f : fifos) {
            try {
                f.close();
            } catch (IOException e) {
                LOG.warn("closing the notify FIFO failed: {}", e.getMessage());
            }
        }
    }
}
