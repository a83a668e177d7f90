package org.keepalived4j.config.tree;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.antlr.v4.runtime.Token;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.preprocess.LineSource;

/**
 * A {@link LineTokenSource} run on a thread of its own, ahead of the parser: the preprocessor and the lexer fill a
 * bounded queue of token batches while the parser takes them (the first stage of {@link TreeReader#readAhead}'s
 * pipeline).
 *
 * <p>The messages reported while reading lines and tokens (by the preprocessor and the token source, into a
 * {@link Diagnostics} of their own that nothing else touches) travel in the batches, each just before the token whose
 * reading reported it, and go into the parse's {@link Diagnostics} when the parser takes that token: the parse's
 * messages come out in exactly the order of a read on one thread.
 *
 * <p>The reading thread is a daemon; {@link #close()} stops it if the parse ends early (an exception in the model
 * builder), and an exception on the reading thread is thrown again on the parser's.
 *
 * <p>The tokens name the {@link LineTokenSource} as their source, whose {@code getInputStream()} (all that ANTLR's error
 * recovery asks of a token's source) is constantly {@code null}; the parser's token factory is this one's.
 */
final class ReadAheadTokenSource extends KeepalivedTokenSource implements AutoCloseable {

    /** Tokens per batch: large enough that handing over costs nothing, small enough to start the parser early. */
    private static final int BATCH = 1024;
    /** Batches waiting at most: bounds the memory the reader may run ahead by. */
    private static final int QUEUE = 4;

    /** Tokens and the messages reported before each, and the reader's failure if it failed. */
    private record Batch(Object[] items, int size) {
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Diagnostics diagnostics;
    private final Thread reader;
    private Batch batch = new Batch(new Object[0], 0);
    private int next;
    private Token eof;

    /**
     * Starts reading.
     *
     * @param lines           the preprocessed lines; read on the reading thread only
     * @param lineDiagnostics where {@code lines} reports (and the token source will); touched by the reading thread
     *                        only from now on, its messages are moved into {@code diagnostics} in order
     * @param diagnostics     the parse's messages, for the parser's thread only
     */
    ReadAheadTokenSource(LineSource lines, Diagnostics lineDiagnostics, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        LineTokenSource tokens = new LineTokenSource(lines, lineDiagnostics);
        this.reader = Thread.ofPlatform().daemon().name("keepalived4j-config-lexer")
                .unstarted(() -> read(tokens, lineDiagnostics));
        reader.start();
    }

    private void read(LineTokenSource tokens, Diagnostics lineDiagnostics) {
        Writer out = new Writer();
        int reported = 0;
        try {
            Token t;
            do {
                t = tokens.nextToken();
                // messages reported while reading this token come before it
                for (int now = lineDiagnostics.size(); reported < now; reported++) {
                    out.add(lineDiagnostics.all().get(reported));
                }
                out.add(t);
            } while (t.getType() != Token.EOF);
            out.flush();
        } catch (InterruptedException e) {
            // the parse ended early (close()): nobody reads any more
        } catch (RuntimeException | Error e) {
            try {
                // what was reported before the failure comes before it, as on one thread
                for (int now = lineDiagnostics.size(); reported < now; reported++) {
                    out.add(lineDiagnostics.all().get(reported));
                }
                out.add(e);
                out.flush();
            } catch (InterruptedException stopped) {
                // the parse ended early: nobody waits for the failure
                e.addSuppressed(stopped);
            }
        }
    }

    /** Fills batches on the reading thread. */
    private final class Writer {
        private Object[] items = new Object[BATCH];
        private int size;

        void add(Object item) throws InterruptedException {
            items[size++] = item;
            if (size == BATCH) {
                flush();
            }
        }

        void flush() throws InterruptedException {
            queue.put(new Batch(items, size));
            items = new Object[BATCH];
            size = 0;
        }
    }

    @Override
    public Token nextToken() {
        if (eof != null) {
            return eof;
        }
        while (true) {
            if (next == batch.size()) {
                batch = take();
                next = 0;
            }
            Object item = batch.items()[next++];
            switch (item) {
                case Token t -> {
                    if (t.getType() == Token.EOF) {
                        eof = t;
                    }
                    return t;
                }
                case Diagnostic d -> diagnostics.add(d);
                case RuntimeException e -> throw e;
                case Error e -> throw e;
                default -> throw new IllegalStateException("unexpected item from the config reader: " + item);
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

    /** Stops the reading thread if it is still running (the parse ended before the input). */
    @Override
    public void close() {
        reader.interrupt();
    }

    @Override
    public int getLine() {
        return 0;
    }

    @Override
    public int getCharPositionInLine() {
        return 0;
    }
}
