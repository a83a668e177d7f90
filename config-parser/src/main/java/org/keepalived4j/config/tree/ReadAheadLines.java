package org.keepalived4j.config.tree;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.preprocess.LineSource;
import org.keepalived4j.config.preprocess.SourceLine;

/**
 * Preprocessed lines read on a thread of their own, ahead of the thread that takes them ({@link ReadAhead}'s reader,
 * which lexes and parses them): the first stage of the pipeline that lets a large configuration use more than one
 * core.
 *
 * <p>The preprocessor's messages (into a {@link Diagnostics} of its own that nothing else touches) travel with the
 * lines, each before the line whose reading reported it, and go into the taker's {@link Diagnostics} when it takes
 * that line (or the end): the same order as when the taker reads the preprocessor itself. An exception of the
 * preprocessor is thrown again on the taker's thread; {@link #close()} stops the reading thread when the taker gives up.
 */
final class ReadAheadLines implements LineSource, AutoCloseable {

    /** Lines per batch. */
    private static final int BATCH = 256;
    /** Batches waiting at most: bounds how far the preprocessor may run ahead. */
    private static final int QUEUE = 4;
    /** Ends the lines. */
    private static final Object END = new Object();

    private record Batch(Object[] items, int size) {
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Diagnostics diagnostics;
    private final Thread reader;
    private Batch batch = new Batch(new Object[0], 0);
    private int next;
    private boolean ended;

    /**
     * Starts reading.
     *
     * @param lines           the preprocessor's lines; read on the reading thread only
     * @param lineDiagnostics where {@code lines} reports: the reading thread's from now on
     * @param diagnostics     the taker's messages, where the preprocessor's join them (the taker's thread only)
     */
    ReadAheadLines(LineSource lines, Diagnostics lineDiagnostics, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.reader = Thread.ofPlatform().daemon().name("keepalived4j-config-preprocessor")
                .unstarted(() -> read(lines, lineDiagnostics));
        reader.start();
    }

    private void read(LineSource lines, Diagnostics lineDiagnostics) {
        Object[] items = new Object[BATCH];
        int size = 0;
        int reported = 0;
        try {
            while (true) {
                Object item;
                try {
                    SourceLine line = lines.next();
                    item = line == null ? END : line;
                } catch (RuntimeException | Error e) {
                    item = e;
                }
                int now = lineDiagnostics.size();
                // room for the messages reported while reading this line, which come before it, and for the line
                if (size + (now - reported) + 1 > items.length) {
                    if (size > 0) {
                        queue.put(new Batch(items, size));
                    }
                    items = new Object[Math.max(BATCH, now - reported + 1)];
                    size = 0;
                }
                for (; reported < now; reported++) {
                    items[size++] = lineDiagnostics.all().get(reported);
                }
                items[size++] = item;
                if (item instanceof SourceLine) {
                    continue;
                }
                queue.put(new Batch(items, size));
                return;
            }
        } catch (InterruptedException e) {
            // the taker gave up (close()): nobody takes lines any more
        }
    }

    @Override
    public SourceLine next() {
        while (!ended) {
            if (next == batch.size()) {
                batch = take();
                next = 0;
            }
            Object item = batch.items()[next++];
            switch (item) {
                case SourceLine line -> {
                    return line;
                }
                case Diagnostic d -> diagnostics.add(d);
                case RuntimeException e -> throw e;
                case Error e -> throw e;
                case Object o when o == END -> ended = true;
                case Object o -> throw new IllegalStateException("unexpected item from the preprocessor: " + o);
            }
        }
        return null;
    }

    private Batch take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the configuration", e);
        }
    }

    /** Stops the reading thread if it is still running. */
    @Override
    public void close() {
        reader.interrupt();
    }
}
