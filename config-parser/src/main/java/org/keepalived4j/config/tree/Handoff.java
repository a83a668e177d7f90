package org.keepalived4j.config.tree;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;

/**
 * One stage of {@link TreeReader#readAhead}'s pipeline: a reading thread hands its items (tokens, statements) to the
 * taking thread through a bounded queue of batches, the messages it reported travelling with them.
 *
 * <p>The reading thread reports into a {@link Diagnostics} of its own that nothing else touches; each message goes into
 * the batches just before the first item handed on after it was reported, and into the taker's {@link Diagnostics}
 * when the taker gets there. A read on one thread reports in just that order, so the messages come out as they would
 * without the thread.
 *
 * <p>The reading thread is a daemon; {@link #close()} stops it if the taker ends early, and an exception on the
 * reading thread is thrown again on the taker's, after the messages reported before it.
 */
final class Handoff implements AutoCloseable {

    /** Follows the last item of a reading that ended normally. */
    static final Object END = new Object();

    /** Items and the messages reported before each; at the end {@link #END} or the reader's failure. */
    private record Batch(Object[] items, int size) {
    }

    private final BlockingQueue<Batch> queue;
    private final int batchSize;
    private final Thread reader;
    private Batch batch = new Batch(new Object[0], 0);
    private int next;

    /**
     * Starts reading.
     *
     * @param threadName      the reading thread's name
     * @param batchSize       items per batch: large enough that handing over costs little, small enough to start the
     *                        taker early
     * @param batches         batches waiting at most: bounds how far the reader may run ahead
     * @param lineDiagnostics where {@code reading} reports: the reading thread's from now on
     * @param reading         the reading, run on the reading thread, handing each item on as soon as it is complete
     */
    Handoff(String threadName, int batchSize, int batches, Diagnostics lineDiagnostics,
            Consumer<Consumer<Object>> reading) {
        this.queue = new ArrayBlockingQueue<>(batches);
        this.batchSize = batchSize;
        this.reader = Thread.ofPlatform().daemon().name(threadName).unstarted(() -> read(reading, lineDiagnostics));
        reader.start();
    }

    private void read(Consumer<Consumer<Object>> reading, Diagnostics lineDiagnostics) {
        Writer out = new Writer(lineDiagnostics);
        try {
            try {
                reading.accept(out::add);
                out.add(END);
            } catch (Stopped e) {
                throw e;
            } catch (RuntimeException | Error e) {
                out.add(e);
            }
            out.flush();
        } catch (Stopped e) {
            // the taker ended early (close()): nobody takes anything any more
        }
    }

    /**
     * On the taker's thread: the next item ({@link #END} after the last), the messages before it moved into
     * {@code diagnostics}; the reader's failure is thrown here.
     */
    Object next(Diagnostics diagnostics) {
        while (true) {
            if (next == batch.size()) {
                batch = take();
                next = 0;
            }
            switch (batch.items()[next++]) {
                case Diagnostic d -> diagnostics.add(d);
                case RuntimeException e -> throw e;
                case Error e -> throw e;
                case Object item -> {
                    return item;
                }
            }
        }
    }

    private Batch take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the configuration", e);
        }
    }

    /** Stops the reading thread if it is still running (the taker ended before the input). */
    @Override
    public void close() {
        reader.interrupt();
    }

    /** The taker is gone. */
    private static final class Stopped extends RuntimeException {
        Stopped(InterruptedException cause) {
            super("the config reader was stopped", cause, false, false);
        }
    }

    /** Fills batches on the reading thread. */
    private final class Writer {
        private final Diagnostics lineDiagnostics;
        private int reported;
        private Object[] items = new Object[batchSize];
        private int size;
        private Stopped stopped;

        Writer(Diagnostics lineDiagnostics) {
            this.lineDiagnostics = lineDiagnostics;
        }

        /** An item, after the messages reported so far. */
        void add(Object item) {
            for (int now = lineDiagnostics.size(); reported < now; reported++) {
                put(lineDiagnostics.all().get(reported));
            }
            put(item);
        }

        private void put(Object item) {
            if (stopped != null) {
                throw stopped;
            }
            items[size++] = item;
            if (size == batchSize) {
                flush();
            }
        }

        void flush() {
            if (stopped != null) {
                throw stopped; // once more, should anything on the way up have caught it
            }
            if (size == 0) {
                return;
            }
            try {
                queue.put(new Batch(items, size));
            } catch (InterruptedException e) {
                stopped = new Stopped(e);
                throw stopped;
            }
            items = new Object[batchSize];
            size = 0;
        }
    }
}
