package org.keepalived4j.config.tree;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.internal.grammar.KeepalivedLexer;
import org.keepalived4j.config.internal.grammar.KeepalivedParser;
import org.keepalived4j.config.preprocess.SourceLine;

/**
 * Reads the statement tree from preprocessed lines with the generic block grammar ({@code KeepalivedLexer} /
 * {@code KeepalivedParser}): statement = keyword words [block], block = '{' statements '}'.
 *
 * <p>Reports what keepalived's reader reports about structure, in its words:
 * <table>
 *   <caption>Structure messages</caption>
 *   <tr><th>input</th><th>message</th><th>tree</th></tr>
 *   <tr><td>a {@code }} outside every block</td><td>{@code Extra '}' found}</td>
 *       <td>a statement {@code }} (keepalived then says {@code Unknown keyword '}'})</td></tr>
 *   <tr><td>a {@code {} after no keyword</td><td>{@code Unexpected '{' - ignoring}</td>
 *       <td>its statements join the enclosing level; at the top level its {@code }} becomes a statement {@code }}</td></tr>
 *   <tr><td>blocks open at the end</td><td>{@code There are N missing '}'s or extra '{'s}</td><td>blocks end there</td></tr>
 *   <tr><td>a {@code "} without its partner</td><td>{@code Unmatched quote: 'line'}</td>
 *       <td>the words before it are kept</td></tr>
 * </table>
 *
 * Blocks nested deeper than {@value #MAX_DEPTH} are flattened into the block at that depth (with one message), so
 * that no input can exhaust the stack.
 */
public final class TreeReader {

    /** Deepest block nesting kept; keepalived's own keywords nest five deep at most. */
    public static final int MAX_DEPTH = 100;

    private TreeReader() {
    }

    /** Reads statements; brace and quote problems are reported, never thrown. */
    public static List<ConfigNode> read(List<SourceLine> lines, Diagnostics diagnostics) {
        StringBuilder text = new StringBuilder();
        for (SourceLine l : lines) {
            text.append(l.text().replace('\n', ' ')).append('\n');
        }
        KeepalivedLexer lexer = new KeepalivedLexer(CharStreams.fromString(text.toString()));
        lexer.removeErrorListeners();
        SyntaxErrors errors = new SyntaxErrors(lines, diagnostics);
        lexer.addErrorListener(errors);
        int[] openAtEnd = new int[1];
        List<Token> tokens = filter(lexer.getAllTokens(), lines, diagnostics, openAtEnd);
        tokens.add(lexer.getTokenFactory().create(Token.EOF, "<EOF>"));

        KeepalivedParser parser = new KeepalivedParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        KeepalivedParser.Config_Context tree = parser.config_();
        List<ConfigNode> nodes = new TreeBuilder(lines, diagnostics).build(tree);
        if (openAtEnd[0] > 0) {
            diagnostics.report(ConfigErrorKind.MISSING_EOB, SourcePosition.NONE,
                    "There are " + openAtEnd[0] + " missing '}'s or extra '{'s");
        }
        return nodes;
    }

    /**
     * Drops what the parser should not see: hidden white space, unterminated quotes (reported as keepalived's
     * {@code alloc_strvec} does, with the whole line) and braces beyond {@link #MAX_DEPTH}. Counts braces as
     * keepalived's {@code read_line} does ({@code block_depth}): a '}' with nothing open is an extra one.
     *
     * @param openAtEnd receives the number of blocks still open at the end
     */
    private static List<Token> filter(List<? extends Token> all, List<SourceLine> lines, Diagnostics diagnostics,
                                      int[] openAtEnd) {
        List<Token> out = new ArrayList<>(all.size() + 1);
        int depth = 0;
        boolean warned = false;
        for (Token t : all) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) {
                continue;
            }
            switch (t.getType()) {
                case KeepalivedLexer.UNTERMINATED -> {
                    SourceLine l = line(lines, t);
                    diagnostics.report(ConfigErrorKind.UNMATCHED_QUOTE, l.position(), "Unmatched quote: '" + l.text() + "'");
                    continue;
                }
                case KeepalivedLexer.LBRACE -> {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        if (!warned) {
                            warned = true;
                            diagnostics.report(ConfigErrorKind.GENERAL_ERROR, line(lines, t).position(),
                                    "Blocks nested more than " + MAX_DEPTH + " deep - the deeper '{' and '}' are ignored");
                        }
                        continue;
                    }
                }
                case KeepalivedLexer.RBRACE -> {
                    if (depth > 0) {
                        depth--;
                    } else {
                        diagnostics.report(ConfigErrorKind.UNEXPECTED_EOB, line(lines, t).position(), "Extra '}' found");
                    }
                    if (depth >= MAX_DEPTH) {
                        continue;
                    }
                }
                default -> {
                }
            }
            out.add(t);
        }
        openAtEnd[0] = depth;
        return out;
    }

    static SourceLine line(List<SourceLine> lines, Token t) {
        int i = t.getLine() - 1;
        if (lines.isEmpty()) {
            return new SourceLine("", SourcePosition.NONE);
        }
        return lines.get(Math.max(0, Math.min(i, lines.size() - 1)));
    }

    /** Turns any syntax error (the grammar accepts every token sequence, so none is expected) into a diagnostic. */
    private static final class SyntaxErrors extends BaseErrorListener {
        private final List<SourceLine> lines;
        private final Diagnostics diagnostics;

        SyntaxErrors(List<SourceLine> lines, Diagnostics diagnostics) {
            this.lines = lines;
            this.diagnostics = diagnostics;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                                String msg, RecognitionException e) {
            SourcePosition pos = lines.isEmpty() ? SourcePosition.NONE
                    : lines.get(Math.max(0, Math.min(line - 1, lines.size() - 1))).position();
            diagnostics.report(ConfigErrorKind.GENERAL_ERROR, pos, "Syntax error: " + msg);
        }
    }
}
