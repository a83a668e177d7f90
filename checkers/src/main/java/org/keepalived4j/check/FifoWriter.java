package org.keepalived4j.check;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.keepalived4j.check.checker.ScriptUser;
import org.keepalived4j.config.model.NotifyFifo;

/**
 * One notify FIFO the checkers write to ({@code notify_fifo}, {@code lvs_notify_fifo}; keepalived's
 * {@code fifo_open}, {@code notify_fifo_vs}, {@code notify_fifo_rs}): created with mode 0644 if missing (and removed
 * at close only then), its {@code *_notify_fifo_script} started with the FIFO's path as last argument, then opened
 * read-write so that opening never waits for a reader. Lines ({@code VS [10.0.0.1]:tcp:80 UP},
 * {@code RS [10.0.0.2]:tcp:80 [10.0.0.1]:tcp:80 DOWN}) are written by a thread of its own ({@code checker-fifo}), so
 * a full pipe with no reader never stalls the checkers: past {@value #MAX_QUEUED} waiting lines new ones are dropped
 * (logged once).
 */
final class FifoWriter implements AutoCloseable {

    /** Lines that may wait for a slow reader. */
    static final int MAX_QUEUED = 10_000;

    private final Path path;
    private final boolean created;
    private final FileChannel channel;
    private final Process script;
    private final ThreadPoolExecutor writer;
    private final Consumer<String> log;
    private final AtomicBoolean dropLogged = new AtomicBoolean();

    private FifoWriter(Path path, boolean created, FileChannel channel, Process script, Consumer<String> log) {
        this.path = path;
        this.created = created;
        this.channel = channel;
        this.script = script;
        this.log = log;
        this.writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(MAX_QUEUED),
                Thread.ofPlatform().name("checker-fifo").daemon(true).factory(), (r, ex) -> {
                    if (dropLogged.compareAndSet(false, true)) {
                        log.accept("notify fifo " + path + " is full; dropping lines");
                    }
                });
    }

    /**
     * Creates (if needed), starts the script, opens (blocking I/O: call it off the event loop).
     *
     * @param fifo the FIFO's settings
     * @param type {@code ""} or {@code "lvs_"}, for keepalived's messages
     * @param user whom the script runs as
     * @param log  keepalived's lines about the FIFO
     * @return the writer, or null when the FIFO cannot be used (logged)
     */
    static FifoWriter open(NotifyFifo fifo, String type, ScriptUser user, Consumer<String> log) {
        Path path = Path.of(fifo.path());
        boolean created = false;
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            if (!run(List.of("mkfifo", "-m", "644", path.toString()))) {
                log.accept("Unable to create " + type + "notify fifo " + path);
                return null;
            }
            created = true;
            if (fifo.user() != null && !run(List.of("chown",
                    fifo.user() + (fifo.group() != null ? ":" + fifo.group() : ""), path.toString()))) {
                log.accept("Failed to set uid:gid for fifo " + path);
            }
        }
        Process script = null;
        if (fifo.script() != null) {
            List<String> args = new ArrayList<>(fifo.script().args());
            args.add(path.toString());
            try {
                script = new ProcessBuilder(user.command(new org.keepalived4j.config.model.ScriptCommand(args,
                        fifo.script().user(), fifo.script().group(), fifo.script().position())))
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException | IllegalStateException e) {
                log.accept("Cannot run " + type + "notify fifo script " + fifo.script().program() + ": "
                        + e.getMessage());
            }
        }
        try {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            return new FifoWriter(path, created, ch, script, log);
        } catch (IOException e) {
            log.accept("Unable to open " + type + "notify fifo " + path + " - " + e.getMessage());
            if (created) {
                deleteQuietly(path, log);
            }
            if (script != null) {
                script.destroy();
            }
            return null;
        }
    }

    /** Queues one line (the newline is added). Never blocks. */
    void write(String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        writer.execute(() -> {
            try {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) {
                    channel.write(b);
                }
            } catch (IOException e) {
                log.accept("Write to notify fifo " + path + " failed: " + e.getMessage());
            }
        });
    }

    /** Lets queued lines go (briefly), removes a FIFO we created, closes it, stops its script. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writer.shutdownNow();
        if (created) {
            deleteQuietly(path, log); // first, so a script that reopens it in a loop cannot (as keepalived)
        }
        try {
            channel.close();
        } catch (IOException e) {
            log.accept("Closing notify fifo " + path + ": " + e.getMessage());
        }
        if (script != null) {
            script.destroy();
        }
    }

    private static void deleteQuietly(Path path, Consumer<String> log) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.accept("Cannot remove notify fifo " + path + ": " + e.getMessage());
        }
    }

    private static boolean run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
