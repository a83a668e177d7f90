package org.keepalived4j.config;

import java.util.Objects;

/**
 * Where a piece of configuration came from: the original file (after includes were resolved) and its 1-based line.
 *
 * <p>Every model element and every {@link Diagnostic} carries one, so that a message can always name
 * {@code file:line} even through {@code include}, {@code $VAR} and {@code ~SEQ} expansions.
 *
 * @param file the file name as the operator wrote it or as the include resolved it
 * @param line 1-based line number in that file
 */
public record SourcePosition(String file, int line) {

    /** A position for things that do not come from a file (defaults, the command line). */
    public static final SourcePosition NONE = new SourcePosition("", 0);

    public SourcePosition {
        Objects.requireNonNull(file, "file");
    }

    /** True for {@link #NONE}. */
    public boolean isNone() {
        return line == 0 && file.isEmpty();
    }

    /** {@code file:line}. */
    @Override
    public String toString() {
        return isNone() ? "-" : file + ":" + line;
    }
}
