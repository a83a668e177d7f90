package org.keepalived4j.config.preprocess;

import java.util.function.Function;

/**
 * One {@code $NAME} definition: a user's {@code $NAME=value} (possibly continued over several lines with a trailing
 * backslash), a {@code ~SEQ} / {@code ~LST} variable, or one of keepalived's standard definitions ({@code _PWD},
 * {@code _INSTANCE}, {@code _RANDOM}, {@code _HASH}, {@code _BANG}).
 *
 * <p>Mutable on purpose: keepalived redefines in place (a later {@code $NAME=} or a {@code ~SEQ} step replaces the
 * value), and its standard definitions compute their value at every use.
 */
final class Definition {

    final String name;
    /** The value; for a multi-line definition the lines are separated by {@code '\n'}. */
    String value;
    boolean multiline;
    /** Computes the value at each use (standard definitions), or null. */
    Function<Definition, String> fn;
    /** How many parameters {@code ${NAME p1 p2}} may carry (only {@code _RANDOM} takes any). */
    final int maxParams;
    /** The parameter text of the current use (digits and spaces), or null. */
    String params;

    Definition(String name, String value, Function<Definition, String> fn, int maxParams) {
        this.name = name;
        this.value = value == null ? "" : value;
        this.fn = fn;
        this.maxParams = maxParams;
    }

    @Override
    public String toString() {
        return "$" + name + "=" + value;
    }
}
