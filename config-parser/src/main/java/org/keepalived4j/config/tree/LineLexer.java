package org.keepalived4j.config.tree;

import org.antlr.v4.runtime.Token;
import org.keepalived4j.config.internal.grammar.KeepalivedLexer;

/**
 * Splits one preprocessed line into the tokens of {@code KeepalivedLexer.g4}, by hand: the lexer grammar stays the
 * specification (and a test runs both over the sample corpus and mutated lines, asserting identical tokens), this is
 * what runs, because the generated lexer's simulator cost more than the parser itself on large configurations.
 *
 * <p>The rules, as in the grammar ({@code KeepalivedLexer.g4}): {@code LBRACE} '{', {@code RBRACE} '}', {@code WS}
 * a run of blanks ({@code [ \t\r\f\u000B]+}), {@code QUOTED} a double quote up to the next one, {@code UNTERMINATED} a
 * double quote without a partner up to the end of the line (the longest match decides between the two), {@code WORD}
 * a run of anything else. A line end inside a line (from a multi-line definition) reads as a space, as the generated
 * lexer's {@link LineCharStream} has it; the {@code NL} that ends every line is the token source's.
 */
final class LineLexer {

    private String text = "";
    private int p;
    private int start;
    private int stop;

    /** Starts over on another line. */
    void reset(String line) {
        this.text = line.indexOf('\n') < 0 ? line : line.replace('\n', ' ');
        this.p = 0;
    }

    /** The line being split (line ends read as spaces). */
    String text() {
        return text;
    }

    /**
     * Reads the next token.
     *
     * @return its type ({@link KeepalivedLexer} vocabulary), or {@link Token#EOF} at the end of the line
     */
    int next() {
        int n = text.length();
        start = p;
        if (p >= n) {
            stop = p - 1;
            return Token.EOF;
        }
        int type;
        char c = text.charAt(p);
        switch (c) {
            case '{' -> {
                p++;
                type = KeepalivedLexer.LBRACE;
            }
            case '}' -> {
                p++;
                type = KeepalivedLexer.RBRACE;
            }
            case '"' -> {
                int q = text.indexOf('"', p + 1);
                if (q < 0) {
                    p = n;
                    type = KeepalivedLexer.UNTERMINATED;
                } else {
                    p = q + 1;
                    type = KeepalivedLexer.QUOTED;
                }
            }
            case ' ', '\t', '\r', '\f', '\u000B' -> {
                p++;
                while (p < n && blank(text.charAt(p))) {
                    p++;
                }
                type = KeepalivedLexer.WS;
            }
            default -> {
                p++;
                while (p < n && wordChar(text.charAt(p))) {
                    p++;
                }
                type = KeepalivedLexer.WORD;
            }
        }
        stop = p - 1;
        return type;
    }

    /** Index of the last token's first character. */
    int start() {
        return start;
    }

    /** Index of the last token's last character. */
    int stop() {
        return stop;
    }

    /** The last token's text. */
    String tokenText() {
        return text.substring(start, stop + 1);
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private static boolean wordChar(char c) {
        return c > '}' || !(blank(c) || c == '"' || c == '{' || c == '}' || c == '\n');
    }
}
