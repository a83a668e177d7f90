package org.keepalived4j.config;

import java.util.Objects;

/**
 * One message about a configuration: its kind, where it points and the text.
 *
 * @param kind     severity and category, as keepalived classifies it
 * @param position where it points, or {@link SourcePosition#NONE} for messages about the config as a whole
 * @param message  the text, worded as keepalived words it where keepalived has the same check
 */
public record Diagnostic(ConfigErrorKind kind, SourcePosition position, String message) {

    public Diagnostic {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
    }

    /**
     * keepalived's form: {@code (FILE: Line N) message}, or the bare message when it has no position. A
     * {@link ConfigErrorKind#NOTICE}, which keepalived would not print, is marked {@code keepalived4j: } after the
     * position so that it can never be mistaken for (or grepped as) one of keepalived's messages.
     */
    public String format() {
        String text = kind == ConfigErrorKind.NOTICE ? NOTICE_PREFIX + message : message;
        return position.isNone() ? text : "(" + position.file() + ": Line " + position.line() + ") " + text;
    }

    /** What starts the text of every {@link ConfigErrorKind#NOTICE} in {@link #format()}. */
    public static final String NOTICE_PREFIX = "keepalived4j: ";

    @Override
    public String toString() {
        return format();
    }
}
