// $antlr-format alignTrailingComments true, columnLimit 150, maxEmptyLinesToKeep 1, reflowComments false, useTab false
// $antlr-format allowShortRulesOnASingleLine true, allowShortBlocksOnASingleLine true, minEmptyLines 0, alignSemicolons ownLine
// $antlr-format alignColons trailing, singleLineOverrulesHangingColon true, alignLexerCommands true, alignLabels true, alignTrailers true

/*
 * Tokens of keepalived.conf after preprocessing (keepalived's read_line: comments, includes and definitions are gone,
 * every unquoted '{' and '}' already stands on a line of its own). Words are split as keepalived's alloc_strvec_r
 * splits them: white space separates, a double quote starts a quoted word that may hold anything but a double quote,
 * and a quote without its partner runs to the end of the line. '!' and '#' are ordinary characters here: the
 * preprocessor removed comments, and what is left of them was escaped on purpose.
 *
 * This grammar is the specification of the hand-written lexer that runs (tree/LineLexer, faster than the generated
 * one on million-line configurations); LineLexerTest holds the two to identical tokens. Change both together.
 */
lexer grammar KeepalivedLexer;

channels {
    WHITESPACE
}

// The package (org.keepalived4j.config.internal.grammar) comes from this file's directory: the antlr4 Maven plugin
// adds it, so no @header is needed.

LBRACE: '{';

RBRACE: '}';

NL: '\n';

WS: [ \t\r\f\u000B]+ -> channel(WHITESPACE);

QUOTED: '"' ~["\n]* '"';

// A double quote without its partner: keepalived drops it and the rest of the line ("Unmatched quote").
UNTERMINATED: '"' ~["\n]*;

WORD: ~[ \t\r\f\u000B\n"{}]+;
