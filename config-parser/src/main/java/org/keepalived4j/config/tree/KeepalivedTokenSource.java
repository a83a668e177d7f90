package org.keepalived4j.config.tree;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

/**
 * What the parser's token sources ({@link LineTokenSource}, {@link ReadAheadTokenSource}) have in common: no
 * character stream (the tokens come from lines, not from one text), the source name {@code keepalived.conf}, and a
 * fixed {@link LineToken.Factory}.
 */
abstract class KeepalivedTokenSource implements TokenSource {

    private final LineToken.Factory factory = new LineToken.Factory();

    @Override
    public final CharStream getInputStream() {
        return null;
    }

    @Override
    public final String getSourceName() {
        return "keepalived.conf";
    }

    @Override
    public final void setTokenFactory(TokenFactory<?> tokenFactory) {
        throw new UnsupportedOperationException("the token factory is fixed");
    }

    @Override
    public final TokenFactory<?> getTokenFactory() {
        return factory;
    }
}
