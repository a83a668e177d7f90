package org.keepalived4j.config.tree;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The characters of one preprocessed line for the lexer, reset for each line so that no copy of the configuration
 * is ever made. No token spans two lines (the preprocessor split every brace onto a line of its own), so the lexer
 * never needs more than the current line. A line end inside a line (from a multi-line definition) reads as a space.
 */
final class LineCharStream implements CharStream {

    private String text = "";
    private int p;

    /** Starts over on another line. */
    void reset(String line) {
        this.text = line.indexOf('\n') < 0 ? line : line.replace('\n', ' ');
        this.p = 0;
    }

    @Override
    public void consume() {
        if (p >= text.length()) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public int LA(int i) {
        int at;
        if (i > 0) {
            at = p + i - 1;
        } else if (i < 0) {
            at = p + i;
        } else {
            return 0;
        }
        return at < 0 || at >= text.length() ? IntStream.EOF : text.charAt(at);
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // everything stays available until the next line
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.max(0, Math.min(index, text.length()));
    }

    @Override
    public int size() {
        return text.length();
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(interval.b, text.length() - 1);
        return start > stop ? "" : text.substring(start, stop + 1);
    }
}
