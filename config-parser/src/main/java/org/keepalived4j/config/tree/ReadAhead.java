package org.keepalived4j.config.tree;

import java.util.function.Consumer;
import org.keepalived4j.config.Diagnostics;

/**
 * The parser run on a thread of its own, ahead of whoever takes the statements: it fills a bounded queue with top-level
 * statements while the caller's thread builds the model from them (the second stage of {@link TreeReader#readAhead}'s
 * pipeline, a {@link Handoff}).
 *
 * <p>The messages of the reading thread (the parser's and those it took over from the first stage, into a
 * {@link Diagnostics} of their own that nothing else touches) travel in the queue, each before the first statement
 * handed on after it was reported, and go into the caller's {@link Diagnostics} when the caller's thread gets there. A
 * read on one thread reports in just that order, so the messages come out as they did without the second thread.
 *
 * <p>The reading thread is a daemon; it stops if the caller's side ends early (an exception in the model builder:
 * {@link #close()}), and an exception on the reading thread is thrown again on the caller's.
 */
final class ReadAhead implements AutoCloseable {

    /** Items per batch: statements (a large configuration has many small ones) and the messages between them. */
    private static final int BATCH = 16;
    /** Batches waiting at most: bounds how far the reader may run ahead. */
    private static final int QUEUE = 4;

    private final Handoff handoff;

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
        this.handoff = new Handoff("keepalived4j-config-parser", BATCH, QUEUE, lineDiagnostics,
                out -> reading.read(out::accept));
    }

    /**
     * Hands the statements and messages to {@code topLevel} and {@code diagnostics} on the caller's thread, in the
     * order they were read, until the reader is done.
     */
    void drain(Consumer<ConfigNode> topLevel, Diagnostics diagnostics) {
        while (true) {
            switch (handoff.next(diagnostics)) {
                case ConfigNode node -> topLevel.accept(node);
                case Object o when o == Handoff.END -> {
                    return;
                }
                case Object o -> throw new IllegalStateException("unexpected item from the config reader: " + o);
            }
        }
    }

    /** Stops the reading thread if it is still running (the caller's side ended before the input). */
    @Override
    public void close() {
        handoff.close();
    }
}
