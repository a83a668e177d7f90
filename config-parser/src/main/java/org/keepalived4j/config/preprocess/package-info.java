/**
 * keepalived.conf preprocessing, as keepalived's {@code read_line} does it: comments, {@code include} with globs,
 * {@code @id} / {@code @^id} lines, {@code $VAR} definitions and {@code ~SEQ}; every line keeps its file:line.
 */
package org.keepalived4j.config.preprocess;
