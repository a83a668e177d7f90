package org.keepalived4j.config.tree;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.keepalived4j.config.internal.grammar.KeepalivedParser;

/**
 * The generated parser, telling a {@link NodeAssembler} of every rule it enters and leaves and every token it
 * matches. This does what a parse listener does, without the terminal nodes and child lists ANTLR makes for a
 * listener on every token (a million-line configuration has millions of them); no parse tree is built.
 */
final class AssemblingParser extends KeepalivedParser {

    private final NodeAssembler assembler;

    AssemblingParser(TokenStream input, NodeAssembler assembler) {
        super(input);
        this.assembler = assembler;
        setBuildParseTree(false);
    }

    @Override
    public void enterRule(ParserRuleContext localctx, int state, int ruleIndex) {
        super.enterRule(localctx, state, ruleIndex);
        assembler.enter(localctx);
    }

    @Override
    public void exitRule() {
        assembler.exit(getContext());
        super.exitRule();
    }

    @Override
    public Token consume() {
        Token t = super.consume();
        if (!getErrorHandler().inErrorRecoveryMode(this)) {
            assembler.token(t, getContext());
        }
        return t;
    }
}
