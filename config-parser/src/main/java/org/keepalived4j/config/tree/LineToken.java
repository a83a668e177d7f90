package org.keepalived4j.config.tree;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;
import org.keepalived4j.config.preprocess.SourceLine;

/**
 * A token that knows the preprocessed line it stands on (and through it the original file and line), so that a
 * statement can be placed without keeping the lines around. The text of a token the parser sees is copied out of
 * the line; white space, which it never sees, is one shared token.
 */
final class LineToken extends CommonToken {

    private final transient SourceLine sourceLine;

    LineToken(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop, SourceLine line) {
        super(source, type, channel, start, stop);
        this.sourceLine = line;
    }

    /** The line the token stands on. */
    SourceLine sourceLine() {
        return sourceLine;
    }

    /** Makes tokens for the line being lexed ({@link #line(SourceLine)}), copying their text. */
    static final class Factory implements TokenFactory<LineToken> {
        /** Stands for every token off the default channel (white space): the token source drops them unread. */
        private final LineToken hidden = new LineToken(CommonToken.EMPTY_SOURCE, 0, Token.HIDDEN_CHANNEL, -1, -1, null);
        private SourceLine line;

        /** The line the next tokens stand on. */
        void line(SourceLine current) {
            this.line = current;
        }

        @Override
        public LineToken create(Pair<TokenSource, CharStream> source, int type, String text, int channel, int start,
                                int stop, int tokenLine, int charPositionInLine) {
            if (channel != DEFAULT_CHANNEL) {
                return hidden;
            }
            LineToken t = new LineToken(source, type, channel, start, stop, line);
            t.setLine(tokenLine);
            t.setCharPositionInLine(charPositionInLine);
            if (text != null) {
                t.setText(text);
            } else if (source.b != null) {
                t.setText(source.b.getText(org.antlr.v4.runtime.misc.Interval.of(start, stop)));
            }
            return t;
        }

        @Override
        public LineToken create(int type, String text) {
            LineToken t = new LineToken(CommonToken.EMPTY_SOURCE, type, DEFAULT_CHANNEL, -1, -1, line);
            t.setText(text);
            return t;
        }
    }
}
