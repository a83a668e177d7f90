package org.keepalived4j.config.tree;

/**
 * One word of a configuration line.
 *
 * @param text   the word, without surrounding double quotes
 * @param quoted true if it was written in double quotes (then it may hold spaces, {@code !} and {@code #})
 */
public record Word(String text, boolean quoted) {

    @Override
    public String toString() {
        return quoted ? '"' + text + '"' : text;
    }
}
