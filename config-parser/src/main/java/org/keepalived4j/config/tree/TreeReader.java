package org.keepalived4j.config.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.internal.grammar.KeepalivedParser;
import org.keepalived4j.config.preprocess.LineSource;
import org.keepalived4j.config.preprocess.SourceLine;

/**
 * Reads the statement tree from preprocessed lines with the generic block grammar ({@code KeepalivedLexer} /
 * {@code KeepalivedParser}): statement = keyword words [block], block = '{' statements '}'.
 *
 * <p>It streams: lines are lexed one at a time as the parser asks for tokens ({@link LineTokenSource}), the parser
 * keeps no parse tree ({@link AssemblingParser} has a {@link NodeAssembler} build the statements as rules complete), and each
 * top-level statement is handed on as soon as it is complete. Memory therefore grows with the largest top-level
 * block, not with the file.
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
        List<ConfigNode> top = new ArrayList<>();
        read(LineSource.of(lines), diagnostics, top::add);
        return top;
    }

    /**
     * Reads statements as the lines come, handing each top-level statement to {@code topLevel} as soon as it is
     * complete (with its whole block). Brace and quote problems are reported, never thrown.
     */
    public static void read(LineSource lines, Diagnostics diagnostics, Consumer<ConfigNode> topLevel) {
        SyntaxErrors errors = new SyntaxErrors(diagnostics);
        KeepalivedParser parser = new AssemblingParser(
                new UnbufferedTokenStream<>(new LineTokenSource(lines, diagnostics, errors)),
                new NodeAssembler(diagnostics, topLevel));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        parser.setErrorHandler(new StreamingErrorStrategy());
        // The grammar is LL(1) (no adaptive prediction is generated); should that change, SLL is all it needs.
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.config_();
    }

    /**
     * The default recovery, without the look-ahead check before every loop ({@code sync}: the grammar accepts every
     * token sequence, so it never finds anything, and it ran once per token) and without the one message that quotes
     * the input between two tokens (a streaming token stream no longer has it).
     */
    private static final class StreamingErrorStrategy extends DefaultErrorStrategy {
        @Override
        public void sync(Parser recognizer) {
            // errors are still caught where a token does not match
        }

        @Override
        protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
            recognizer.notifyErrorListeners(e.getOffendingToken(),
                    "no viable alternative at input " + getTokenErrorDisplay(e.getOffendingToken()), e);
        }
    }

    /** Turns any syntax error (the grammar accepts every token sequence, so none is expected) into a diagnostic. */
    private static final class SyntaxErrors extends BaseErrorListener {
        private final Diagnostics diagnostics;

        SyntaxErrors(Diagnostics diagnostics) {
            this.diagnostics = diagnostics;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                                String msg, RecognitionException e) {
            SourcePosition pos = offendingSymbol instanceof LineToken t && t.sourceLine() != null
                    ? t.sourceLine().position() : SourcePosition.NONE;
            diagnostics.report(ConfigErrorKind.GENERAL_ERROR, pos, "Syntax error: " + msg);
        }
    }
}
