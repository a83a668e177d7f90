/**
 * Generated ANTLR lexer and parser for keepalived.conf's generic block structure (from
 * {@code src/main/antlr4/.../KeepalivedLexer.g4} and {@code KeepalivedParser.g4}). Internal: only
 * {@link org.keepalived4j.config.tree.TreeReader} uses it, and no parse-tree type leaves this module.
 */
package org.keepalived4j.config.internal.grammar;
