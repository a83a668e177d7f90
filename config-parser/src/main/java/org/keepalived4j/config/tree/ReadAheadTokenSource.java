package org.keepalived4j.config.tree;

import org.antlr.v4.runtime.Token;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.preprocess.LineSource;

/**
 * A {@link LineTokenSource} run on a thread of its own, ahead of the parser: the preprocessor and the lexer fill a
 * bounded queue of token batches while the parser takes them (the first stage of {@link TreeReader#readAhead}'s
 * pipeline, a {@link Handoff}).
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

    private final Diagnostics diagnostics;
    private final Handoff handoff;
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
        this.handoff = new Handoff("keepalived4j-config-lexer", BATCH, QUEUE, lineDiagnostics, out -> {
            Token t;
            do {
                t = tokens.nextToken();
                out.accept(t); // after the messages reported while reading it
            } while (t.getType() != Token.EOF);
        });
    }

    @Override
    public Token nextToken() {
        if (eof != null) {
            return eof;
        }
        Object item = handoff.next(diagnostics);
        if (!(item instanceof Token t)) {
            throw new IllegalStateException("unexpected item from the config reader: " + item);
        }
        if (t.getType() == Token.EOF) {
            eof = t;
        }
        return t;
    }

    /** Stops the reading thread if it is still running (the parse ended before the input). */
    @Override
    public void close() {
        handoff.close();
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
