package org.keepalived4j.config.tree;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.internal.grammar.KeepalivedLexer;
import org.keepalived4j.config.preprocess.LineSource;
import org.keepalived4j.config.preprocess.SourceLine;

/**
 * The parser's tokens: each preprocessed line is split on its own by a {@link LineLexer} (the hand-written twin of the
 * lexer grammar {@code KeepalivedLexer.g4}) and ends with an {@code NL} token; lines are pulled from the preprocessor only as the parser needs them, so neither the
 * text nor the tokens of the whole configuration are ever held at once.
 *
 * <p>On the way it drops what the parser should not see: hidden white space, unterminated quotes (reported as
 * keepalived's {@code alloc_strvec} does, with the whole line) and braces beyond {@link TreeReader#MAX_DEPTH}. It
 * counts braces as keepalived's {@code read_line} does ({@code block_depth}): a '}' with nothing open is an extra one,
 * and blocks still open at the end are reported there and closed with braces of no line ({@link LineToken#sourceLine()}
 * is {@code null}), so that the grammar can require every block's '}'.
 */
final class LineTokenSource extends KeepalivedTokenSource {

    private final LineSource lines;
    private final Diagnostics diagnostics;
    private final LineLexer lexer = new LineLexer();
    /** What the tokens name as their source (ANTLR's error recovery asks it for its factory). */
    private final Pair<TokenSource, CharStream> owner;
    private SourceLine current;
    private Token eof;
    /** Blocks open; at the end, the number of closing braces still to hand out. */
    private int depth;
    /** Where each open block's '{' stands (up to {@link TreeReader#MAX_DEPTH}). */
    private final java.util.ArrayDeque<SourcePosition> open = new java.util.ArrayDeque<>();
    private boolean ended;
    private boolean warnedDepth;

    LineTokenSource(LineSource lines, Diagnostics diagnostics) {
        this.lines = lines;
        this.diagnostics = diagnostics;
        this.owner = new Pair<>(this, null);
    }

    @Override
    public Token nextToken() {
        while (!ended) {
            if (current == null) {
                current = lines.next();
                if (current == null) {
                    endOfInput();
                    break;
                }
                lexer.reset(current.text());
                continue;
            }
            int type = lexer.next();
            if (type == Token.EOF) {
                Token nl = new LineToken(owner, KeepalivedLexer.NL, "\n", -1, -1, current);
                current = null;
                return nl;
            }
            if (type != KeepalivedLexer.WS && keep(type)) {
                return new LineToken(owner, type, lexer.tokenText(), lexer.start(), lexer.stop(), current);
            }
        }
        if (depth > 0) {
            depth--;
            return new LineToken(owner, KeepalivedLexer.RBRACE, "}", -1, -1, null);
        }
        return eof;
    }

    /**
     * Reports the blocks still open (keepalived's message) and prepares the closing braces that end them for the
     * parser: they stand on no line, so nothing takes them for a '}' of the file.
     */
    private void endOfInput() {
        ended = true;
        if (depth > 0) {
            diagnostics.report(ConfigErrorKind.MISSING_EOB, SourcePosition.NONE,
                    "There are " + depth + " missing '}'s or extra '{'s");
            // keepalived names no line; say which blocks are still open, innermost last
            int shown = 0;
            for (java.util.Iterator<SourcePosition> it = open.descendingIterator(); it.hasNext() && shown < 5; shown++) {
                diagnostics.report(ConfigErrorKind.NOTICE, it.next(), "the block opened here is not closed");
            }
        }
        depth = Math.min(depth, TreeReader.MAX_DEPTH);
        eof = new LineToken(owner, Token.EOF, "<EOF>", -1, -1, null);
    }

    private boolean keep(int type) {
        switch (type) {
            case KeepalivedLexer.UNTERMINATED -> {
                diagnostics.report(ConfigErrorKind.UNMATCHED_QUOTE, current.position(),
                        "Unmatched quote: '" + current.text() + "'");
                return false;
            }
            case KeepalivedLexer.LBRACE -> {
                depth++;
                if (depth <= TreeReader.MAX_DEPTH) {
                    open.push(current.position());
                }
                if (depth > TreeReader.MAX_DEPTH) {
                    if (!warnedDepth) {
                        warnedDepth = true;
                        diagnostics.report(ConfigErrorKind.GENERAL_ERROR, current.position(), "Blocks nested more than "
                                + TreeReader.MAX_DEPTH + " deep - the deeper '{' and '}' are ignored");
                    }
                    return false;
                }
                return true;
            }
            case KeepalivedLexer.RBRACE -> {
                if (depth > 0) {
                    if (depth <= TreeReader.MAX_DEPTH) {
                        open.pop();
                    }
                    depth--;
                } else {
                    diagnostics.report(ConfigErrorKind.UNEXPECTED_EOB, current.position(), "Extra '}' found");
                }
                return depth < TreeReader.MAX_DEPTH;
            }
            default -> {
                return true;
            }
        }
    }

    @Override
    public int getLine() {
        return current == null ? 0 : current.position().line();
    }

    @Override
    public int getCharPositionInLine() {
        return current == null ? 0 : lexer.start();
    }
}
