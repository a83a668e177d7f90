// $antlr-format alignTrailingComments true, columnLimit 150, maxEmptyLinesToKeep 1, reflowComments false, useTab false
// $antlr-format allowShortRulesOnASingleLine true, allowShortBlocksOnASingleLine true, minEmptyLines 0, alignSemicolons ownLine
// $antlr-format alignColons trailing, singleLineOverrulesHangingColon true, alignLexerCommands true, alignLabels true, alignTrailers true

/*
 * The generic block structure of keepalived.conf: a statement is a keyword with the words of its line and an optional
 * block; a block is '{' statements '}'. Keywords are data (the model builder's keyword tables), not grammar.
 *
 * Every token sequence the token source (tree/LineTokenSource) hands over is accepted, so that brace mistakes are
 * reported in keepalived's words rather than as ANTLR syntax errors:
 *   - a '}' outside every block (keepalived: "Extra '}' found") is a strayClose,
 *   - a '{' that follows no keyword: at the start of a block or file, or after a block (keepalived: "Unexpected '{' -
 *     ignoring"); such bare blocks hang off the statement before them so that the grammar stays LL(1),
 *   - a block still open at the end of the input (keepalived: "There are N missing '}'s or extra '{'s"): the token
 *     source reports it and closes it with a '}' of no position.
 * A '{' after a statement without a block opens that statement's block, on the same line or the next (keepalived
 * accepts both). Unterminated quotes are reported and dropped before parsing, as keepalived drops them.
 *
 * Every line ends with NL (the token source adds it; the preprocessor has put every brace on a line of its own), so
 * a statement's words end with NL+, and every block ends with '}'. The grammar is therefore LL(1): ANTLR generates
 * plain switches on the next token, no adaptive prediction, which matters on configurations of a million lines.
 */
parser grammar KeepalivedParser;

options {
    tokenVocab = KeepalivedLexer;
}

// The package (org.keepalived4j.config.internal.grammar) comes from this file's directory: the antlr4 Maven plugin
// adds it, so no @header is needed.

config_: NL* bareBlock* topItem* EOF;

topItem: statement | strayClose;

statement: (WORD | QUOTED)+ NL+ (block bareBlock*)?;

block: LBRACE NL* bareBlock* statement* RBRACE NL*;

bareBlock: block;

strayClose: RBRACE NL* bareBlock*;
