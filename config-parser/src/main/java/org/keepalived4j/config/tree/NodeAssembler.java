package org.keepalived4j.config.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.internal.grammar.KeepalivedParser;
import org.keepalived4j.config.preprocess.SourceLine;

/**
 * Builds {@link ConfigNode}s while the parser runs ({@link AssemblingParser} tells it of every rule entered and left
 * and every token matched; no parse tree is kept), and hands each top-level statement on as soon as it is complete,
 * so that memory holds one top-level block at a time.
 *
 * <p>Bare blocks (a '{' after no keyword) are reported and their statements join the enclosing level, as keepalived
 * reads on at the same level; at the top level their closing '}' becomes a statement {@code }}, which keepalived
 * reports as an unknown keyword, and so does a '}' outside every block.
 */
final class NodeAssembler {

    /** Where statements go: a block's list, or (top level) the consumer. */
    private record Level(List<ConfigNode> nodes, boolean top) {
    }

    /** A statement being read. */
    private static final class Statement {
        final Level level;
        final List<Word> words = new ArrayList<>(4);
        SourceLine line;
        List<ConfigNode> block;
        SourcePosition blockPosition = SourcePosition.NONE;
        SourcePosition closePosition = SourcePosition.NONE;
        boolean done;

        Statement(Level level) {
            this.level = level;
        }
    }

    private final Diagnostics diagnostics;
    private final Consumer<ConfigNode> topLevel;
    private final ArrayDeque<Level> levels = new ArrayDeque<>();
    private final ArrayDeque<Statement> statements = new ArrayDeque<>();
    /** For each open block: the statement it belongs to, or {@link #BARE} for a bare block. */
    private final ArrayDeque<Object> blocks = new ArrayDeque<>();
    private static final Object BARE = new Object();

    NodeAssembler(Diagnostics diagnostics, Consumer<ConfigNode> topLevel) {
        this.diagnostics = diagnostics;
        this.topLevel = topLevel;
        levels.push(new Level(null, true));
    }

    /** A rule was entered ({@code ctx.getStart()} is its first token). */
    void enter(ParserRuleContext ctx) {
        switch (ctx.getRuleIndex()) {
            case KeepalivedParser.RULE_statement -> statements.push(new Statement(levels.peek()));
            case KeepalivedParser.RULE_block -> {
                if (ctx.getParent() instanceof KeepalivedParser.StatementContext) {
                    Statement st = statements.peek();
                    st.block = new ArrayList<>();
                    st.blockPosition = position(ctx.getStart());
                    levels.push(new Level(st.block, false));
                    blocks.push(st);
                } else {
                    diagnostics.report(ConfigErrorKind.UNEXPECTED_BOB, position(ctx.getStart()), "Unexpected '{' - ignoring");
                    levels.push(levels.peek());
                    blocks.push(BARE);
                }
            }
            default -> {
            }
        }
    }

    /** A rule is being left. */
    void exit(ParserRuleContext ctx) {
        switch (ctx.getRuleIndex()) {
            case KeepalivedParser.RULE_block -> {
                levels.pop();
                if (blocks.pop() instanceof Statement st) {
                    finish(st);
                }
            }
            case KeepalivedParser.RULE_statement -> finish(statements.pop());
            default -> {
            }
        }
    }

    /** A token was matched in the rule {@code ctx}. */
    void token(Token t, ParserRuleContext ctx) {
        switch (t.getType()) {
            case KeepalivedParser.WORD -> word(t, new Word(t.getText(), false));
            case KeepalivedParser.QUOTED -> {
                String s = t.getText();
                word(t, new Word(s.substring(1, s.length() - 1), true));
            }
            case KeepalivedParser.RBRACE -> {
                if (ctx instanceof KeepalivedParser.StrayCloseContext) {
                    add(levels.peek(), brace(t));
                } else if (blocks.peek() instanceof Statement st) {
                    st.closePosition = position(t);
                } else if (levels.peek().top() && !closedAtEnd(t)) {
                    add(levels.peek(), brace(t));
                }
            }
            default -> {
            }
        }
    }

    private void word(Token t, Word w) {
        Statement st = statements.peek();
        if (st.line == null) {
            st.line = line(t);
        }
        st.words.add(w);
    }

    /** Adds a statement to its level once its block (if any) is read; the bare blocks after it follow it. */
    private void finish(Statement st) {
        if (st.done || st.words.isEmpty()) {
            return;
        }
        st.done = true;
        List<Word> args = st.words.subList(1, st.words.size());
        add(st.level, new ConfigNode(st.words.get(0).text(), args, st.block, st.line.position(), st.blockPosition,
                st.line.text(), st.closePosition));
    }

    private void add(Level level, ConfigNode node) {
        if (level.top()) {
            topLevel.accept(node);
        } else {
            level.nodes().add(node);
        }
    }

    /** A '}' standing where keepalived expects a keyword: a statement whose keyword is "}". */
    private static ConfigNode brace(Token t) {
        SourceLine line = line(t);
        return new ConfigNode("}", List.of(), null, line.position(), SourcePosition.NONE, line.text(), SourcePosition.NONE);
    }

    private static SourcePosition position(Token t) {
        return line(t).position();
    }

    /** A '}' the token source added to close a block left open at the end of the input. */
    private static boolean closedAtEnd(Token t) {
        return t instanceof LineToken lt && lt.sourceLine() == null;
    }

    static SourceLine line(Token t) {
        return t instanceof LineToken lt && lt.sourceLine() != null ? lt.sourceLine()
                : new SourceLine("", SourcePosition.NONE);
    }
}
