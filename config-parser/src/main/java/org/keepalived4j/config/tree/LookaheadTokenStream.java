package org.keepalived4j.config.tree;

import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The parser's token stream: a window of the next few tokens and the last one consumed, nothing else. The grammar is
 * LL(1), so the parser looks one token ahead (ANTLR's single-token recovery two); this does what ANTLR's
 * {@code UnbufferedTokenStream} does for such a parser with less bookkeeping per token, which counted on
 * configurations of a million lines.
 *
 * <p>Marks are accepted and ignored, and {@link #seek(int)} only to where the stream stands: the parser never
 * backtracks (no adaptive prediction is generated for the grammar). Text between two tokens is not kept.
 */
final class LookaheadTokenStream implements TokenStream {

    /** Tokens looked ahead at most. */
    private static final int WINDOW = 8;

    private final TokenSource source;
    private final Token[] ahead = new Token[WINDOW];
    /** Where LT(1) stands in {@link #ahead}. */
    private int head;
    /** Tokens in {@link #ahead}. */
    private int count;
    private Token last;
    /** Tokens consumed. */
    private int consumed;

    LookaheadTokenStream(TokenSource source) {
        this.source = source;
    }

    @Override
    public Token LT(int k) {
        if (k == -1) {
            return last;
        }
        if (k < 1 || k > WINDOW) {
            throw new IllegalArgumentException("look-ahead " + k + " is outside 1.." + WINDOW + " (or -1)");
        }
        while (count < k) {
            Token t = count > 0 && ahead[(head + count - 1) % WINDOW].getType() == Token.EOF
                    ? ahead[(head + count - 1) % WINDOW] : source.nextToken();
            if (t instanceof WritableToken w && t.getType() != Token.EOF) {
                w.setTokenIndex(consumed + count);
            }
            ahead[(head + count) % WINDOW] = t;
            count++;
        }
        return ahead[(head + k - 1) % WINDOW];
    }

    @Override
    public int LA(int i) {
        return LT(i).getType();
    }

    @Override
    public void consume() {
        Token t = LT(1);
        if (t.getType() == Token.EOF) {
            throw new IllegalStateException("cannot consume EOF");
        }
        last = t;
        ahead[head] = null;
        head = (head + 1) % WINDOW;
        count--;
        consumed++;
    }

    @Override
    public Token get(int index) {
        if (index == consumed - 1 && last != null) {
            return last;
        }
        if (index >= consumed && index < consumed + count) {
            return ahead[(head + index - consumed) % WINDOW];
        }
        throw new UnsupportedOperationException("token " + index + " is no longer (or not yet) at hand");
    }

    @Override
    public TokenSource getTokenSource() {
        return source;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // nothing is kept for marks
    }

    @Override
    public int index() {
        return consumed;
    }

    @Override
    public void seek(int index) {
        if (index != consumed) {
            throw new UnsupportedOperationException("cannot seek to token " + index + " from " + consumed);
        }
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("the stream's size is not known until its end");
    }

    @Override
    public String getSourceName() {
        return source.getSourceName();
    }

    @Override
    public String getText(Interval interval) {
        throw new UnsupportedOperationException("the text between tokens is not kept");
    }

    @Override
    public String getText() {
        throw new UnsupportedOperationException("the text between tokens is not kept");
    }

    @Override
    public String getText(RuleContext ctx) {
        throw new UnsupportedOperationException("the text between tokens is not kept");
    }

    @Override
    public String getText(Token start, Token stop) {
        throw new UnsupportedOperationException("the text between tokens is not kept");
    }
}
