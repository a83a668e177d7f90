/**
 * keepalived.conf preprocessing, as keepalived 2.2.7's {@code read_line} (lib/parser.c) does it: comments,
 * {@code include} with glob patterns and brace sets, {@code @id} / {@code @^id} lines, {@code $VAR} definitions
 * (single and multi-line, and keepalived's standard ones), {@code ~SEQ} / {@code ~LST} loops, and the splitting of
 * every unquoted {@code {} and {@code }} onto a line of its own; every line keeps its file:line.
 *
 * <p>{@link org.keepalived4j.config.preprocess.Preprocessor} is the entry point;
 * {@link org.keepalived4j.config.preprocess.SourceLine} its output. The rest is package-private, one class per part of
 * keepalived's reader: {@code LineReader} (the read_line loop), {@code Decomment}, {@code Definitions},
 * {@code Sequence}, {@code IncludeStack} / {@code IncludeFrame}, {@code Glob} / {@code FnMatch}.
 */
package org.keepalived4j.config.preprocess;
