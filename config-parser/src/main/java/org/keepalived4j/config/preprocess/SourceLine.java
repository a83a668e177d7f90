package org.keepalived4j.config.preprocess;

import org.keepalived4j.config.SourcePosition;

/**
 * One logical line after preprocessing: comments removed, definitions expanded, conditionals applied, includes
 * inlined; it still knows the file and line it came from.
 *
 * @param text     the line's text (may be empty)
 * @param position the original file and line
 */
public record SourceLine(String text, SourcePosition position) {
}
