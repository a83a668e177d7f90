package org.keepalived4j.config.tree;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;

/**
 * The parser run on a thread of its own, ahead of whoever takes the statements: it fills a bounded queue with top-level
 * statements while the caller's thread builds the model from them (the second stage of {@link TreeReader#readAhead}'s
 * pipeline).
 *
 * <p>The messages of the reading thread (the parser's and those it took over from the first stage, into a
 * {@link Diagnostics} of their own that
 * nothing else touches) travel in the queue, each before the first statement handed on after it was reported, and go
 * into the caller's {@link Diagnostics} when the caller's thread gets there. A read on one thread reports in just that
 * order, so the messages come out as they did without the second thread.
 *
 * <p>The reading thread is a daemon; it stops if the caller's side ends early (an exception in the model builder:
 * {@link #close()}), and an exception on the reading thread is thrown again on the caller's.
 */
final class ReadAhead implements AutoCloseable {

    /** Items per batch: statements (a large configuration has many small ones) and the messages between them. */
    private static final int BATCH = 16;
    /** Batches waiting at most: bounds how far the reader may run ahead. */
    private static final int QUEUE = 4;
    /** Ends the items. */
    private static final Object END = new Object();

    /** Statements, messages, and at the end {@link #END} or the reader's failure. */
    private record Batch(Object[] items, int size) {
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Thread reader;

    /** What the reading thread does: read, handing each top-level statement on as soon as it is complete. */
    @FunctionalInterface
    interface Reading {
        void read(Consumer<ConfigNode> topLevel);
    }

    /**
     * Starts reading.
     *
     * @param reading         the reading, run on the reading thread
     * @param lineDiagnostics where {@code reading} reports: the reading thread's from now on; its messages are handed
     *                        on in order
     */
    ReadAhead(Reading reading, Diagnostics lineDiagnostics) {
        this.reader = Thread.ofPlatform().daemon().name("keepalived4j-config-parser")
                .unstarted(() -> read(reading, lineDiagnostics));
        reader.start();
    }

    private void read(Reading reading, Diagnostics lineDiagnostics) {
        Writer out = new Writer(lineDiagnostics);
        try {
            try {
                reading.read(out::statement);
                out.add(END);
            } catch (Stopped e) {
                throw e;
            } catch (RuntimeException | Error e) {
                out.add(e);
            }
            out.flush();
        } catch (Stopped e) {
            // the caller's side ended early (close()): nobody takes anything any more
        }
    }

    /**
     * Hands the statements and messages to {@code topLevel} and {@code diagnostics} on the caller's thread, in the
     * order they were read, until the reader is done.
     */
    void drain(Consumer<ConfigNode> topLevel, Diagnostics diagnostics) {
        while (true) {
            Batch batch = take();
            for (int i = 0; i < batch.size(); i++) {
                switch (batch.items()[i]) {
                    case ConfigNode node -> topLevel.accept(node);
                    case Diagnostic d -> diagnostics.add(d);
                    case RuntimeException e -> throw e;
                    case Error e -> throw e;
                    case Object o when o == END -> {
                        return;
                    }
                    case Object o -> throw new IllegalStateException("unexpected item from the config reader: " + o);
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

    /** Stops the reading thread if it is still running (the caller's side ended before the input). */
    @Override
    public void close() {
        reader.interrupt();
    }

    /** The caller's side is gone. */
    private static final class Stopped extends RuntimeException {
        Stopped(InterruptedException cause) {
            super("the config reader was stopped", cause, false, false);
        }
    }

    /** Fills batches on the reading thread. */
    private final class Writer {
        private final Diagnostics lineDiagnostics;
        private int reported;
        private Object[] items = new Object[BATCH];
        private int size;
        private Stopped stopped;

        Writer(Diagnostics lineDiagnostics) {
            this.lineDiagnostics = lineDiagnostics;
        }

        /** A top-level statement, after the messages reported so far. */
        void statement(ConfigNode node) {
            add(node);
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
            if (size == BATCH) {
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
            items = new Object[BATCH];
            size = 0;
        }
    }
}
