package org.keepalived4j.config.tree;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.internal.grammar.KeepalivedParser;
import org.keepalived4j.config.preprocess.SourceLine;

/**
 * Turns the parse tree into {@link ConfigNode}s. Bare blocks (a '{' after no keyword) are reported and their
 * statements join the enclosing level, as keepalived reads on at the same level; at the top level their closing '}'
 * stays as a statement {@code }}, which keepalived reports as an unknown keyword. Recursion is bounded by
 * {@link TreeReader#MAX_DEPTH}.
 */
final class TreeBuilder {

    private final List<SourceLine> lines;
    private final Diagnostics diagnostics;

    TreeBuilder(List<SourceLine> lines, Diagnostics diagnostics) {
        this.lines = lines;
        this.diagnostics = diagnostics;
    }

    List<ConfigNode> build(KeepalivedParser.Config_Context ctx) {
        List<ConfigNode> top = new ArrayList<>();
        for (KeepalivedParser.BareBlockContext bb : ctx.bareBlock()) {
            bare(bb, top, true);
        }
        for (KeepalivedParser.TopItemContext item : ctx.topItem()) {
            if (item.statement() != null) {
                statement(item.statement(), top, true);
            } else if (item.strayClose() != null) {
                Token close = item.strayClose().RBRACE().getSymbol();
                top.add(brace(close));
                for (KeepalivedParser.BareBlockContext bb : item.strayClose().bareBlock()) {
                    bare(bb, top, true);
                }
            }
        }
        return top;
    }

    private void statement(KeepalivedParser.StatementContext st, List<ConfigNode> level, boolean topLevel) {
        List<KeepalivedParser.WordContext> ws = st.word();
        List<Word> args = new ArrayList<>(Math.max(0, ws.size() - 1));
        for (int i = 1; i < ws.size(); i++) {
            args.add(word(ws.get(i)));
        }
        Token first = ws.get(0).getStart();
        SourceLine line = TreeReader.line(lines, first);
        KeepalivedParser.BlockContext b = st.block();
        List<ConfigNode> block = null;
        SourcePosition blockPos = SourcePosition.NONE;
        SourcePosition closePos = SourcePosition.NONE;
        if (b != null) {
            block = new ArrayList<>();
            contents(b, block, false);
            blockPos = position(b.LBRACE().getSymbol());
            closePos = b.RBRACE() == null ? SourcePosition.NONE : position(b.RBRACE().getSymbol());
        }
        level.add(new ConfigNode(word(ws.get(0)).text(), args, block, line.position(), blockPos, line.text(), closePos));
        for (KeepalivedParser.BareBlockContext bb : st.bareBlock()) {
            bare(bb, level, topLevel);
        }
    }

    private void contents(KeepalivedParser.BlockContext b, List<ConfigNode> into, boolean topLevel) {
        for (KeepalivedParser.BareBlockContext bb : b.bareBlock()) {
            bare(bb, into, topLevel);
        }
        for (KeepalivedParser.StatementContext st : b.statement()) {
            statement(st, into, topLevel);
        }
    }

    private void bare(KeepalivedParser.BareBlockContext bb, List<ConfigNode> level, boolean topLevel) {
        KeepalivedParser.BlockContext b = bb.block();
        diagnostics.report(ConfigErrorKind.UNEXPECTED_BOB, position(b.LBRACE().getSymbol()), "Unexpected '{' - ignoring");
        contents(b, level, topLevel);
        TerminalNode close = b.RBRACE();
        if (topLevel && close != null) {
            level.add(brace(close.getSymbol()));
        }
    }

    /** A '}' standing where keepalived expects a keyword: a statement whose keyword is "}". */
    private ConfigNode brace(Token t) {
        SourceLine line = TreeReader.line(lines, t);
        return new ConfigNode("}", List.of(), null, line.position(), SourcePosition.NONE, line.text(), SourcePosition.NONE);
    }

    private SourcePosition position(Token t) {
        return TreeReader.line(lines, t).position();
    }

    private static Word word(KeepalivedParser.WordContext w) {
        if (w.QUOTED() != null) {
            String s = w.QUOTED().getText();
            return new Word(s.substring(1, s.length() - 1), true);
        }
        return new Word(w.getText(), false);
    }
}
