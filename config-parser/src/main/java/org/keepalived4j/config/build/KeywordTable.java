package org.keepalived4j.config.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * The keywords of one configuration block and what each does, as keepalived's {@code install_keyword} tables.
 *
 * <p>A table is built once (typically a {@code static final} field) and applied to any number of blocks, each with
 * its own target builder. Applying reports what keepalived reports for structure: an unknown keyword
 * ({@code Unknown keyword 'x'}), a block keyword without its block ({@code Missing '{' at beginning of configuration
 * block}), and a stray block after a keyword that takes none ({@code Unexpected '{' - ignoring}).
 *
 * <p>As keepalived does, the lines inside the block of an unknown keyword are read as if they stood in the enclosing
 * block, so their own problems are reported too.
 *
 * @param <T> the builder the handlers fill in
 */
public final class KeywordTable<T> {

    /** What a keyword does to its block's builder. */
    @FunctionalInterface
    public interface Handler<T> {
        /**
         * Handles one statement.
         *
         * @param target the builder of the enclosing block
         * @param node   the statement, keyword first
         * @param ctx    options and diagnostics
         */
        void handle(T target, ConfigNode node, BuildContext ctx);
    }

    private record Entry<T>(Handler<T> handler, boolean takesBlock) {
    }

    /** The name of the top-level table. */
    public static final String ROOT = "root";

    private final String blockName;
    private final Map<String, Entry<T>> entries = new HashMap<>();

    /**
     * A table for one block.
     *
     * @param blockName the block's keyword, for messages and dumps ({@code vrrp_instance}, {@code root}...)
     */
    public KeywordTable(String blockName) {
        this.blockName = blockName;
    }

    /** The block's keyword. */
    public String blockName() {
        return blockName;
    }

    /** Adds a keyword whose statement is a single line (no block). */
    public KeywordTable<T> add(String keyword, Handler<T> handler) {
        return put(keyword, new Entry<>(handler, false));
    }

    /** Adds a keyword that opens a {@code { ... }} block; the handler reads {@link ConfigNode#block()}. */
    public KeywordTable<T> addBlock(String keyword, Handler<T> handler) {
        return put(keyword, new Entry<>(handler, true));
    }

    /**
     * Adds a keyword that keepalived4j recognises but does not act on yet: a {@link ConfigErrorKind#NOTICE} says so,
     * and the statement (and its block) is otherwise ignored.
     *
     * @param what what is not supported, for the message ("SNMP", "BFD"...)
     */
    public KeywordTable<T> supportedLater(String keyword, String what) {
        Handler<T> h = (t, node, ctx) -> ctx.report(ConfigErrorKind.NOTICE, node,
                "'" + node.keyword() + "' (" + what + ") is recognised but not supported yet by keepalived4j - ignored");
        return put(keyword, new Entry<>(h, false)).markAnyBlock(keyword);
    }

    /** Adds a keyword accepted and ignored, as keepalived ignores it too (no message). */
    public KeywordTable<T> ignore(String keyword) {
        put(keyword, new Entry<>((t, node, ctx) -> { }, false));
        return markAnyBlock(keyword);
    }

    private final Map<String, Boolean> anyBlock = new HashMap<>();

    private KeywordTable<T> markAnyBlock(String keyword) {
        anyBlock.put(keyword, Boolean.TRUE);
        return this;
    }

    private KeywordTable<T> put(String keyword, Entry<T> e) {
        if (entries.putIfAbsent(keyword, e) != null) {
            throw new IllegalStateException("keyword '" + keyword + "' twice in table " + blockName);
        }
        return this;
    }

    /** True if this table knows the keyword. */
    public boolean contains(String keyword) {
        return entries.containsKey(keyword);
    }

    /**
     * Applies the table to every statement of a block.
     *
     * @param target the block's builder
     * @param nodes  the block's statements
     * @param ctx    options and diagnostics
     */
    public void apply(T target, List<ConfigNode> nodes, BuildContext ctx) {
        for (ConfigNode node : nodes) {
            apply(target, node, ctx);
        }
    }

    /** Applies the table to one statement. */
    public void apply(T target, ConfigNode node, BuildContext ctx) {
        Entry<T> e = entries.get(node.keyword());
        if (e == null) {
            ctx.report(ConfigErrorKind.UNKNOWN_KEYWORD, node, "Unknown keyword '" + node.keyword() + "'");
            if (node.hasBlock()) {
                // keepalived reads on at the same level: its reader puts every brace on a line of its own, so the
                // '{' is unexpected and the inner lines are read as ours. At the top level the closing '}' is then
                // an unknown keyword too; deeper down keepalived would let it close the enclosing block early,
                // which keepalived4j does not imitate (docs/compatibility.md).
                ctx.report(ConfigErrorKind.UNEXPECTED_BOB, node.blockPosition(), "Unexpected '{' - ignoring");
                apply(target, node.block(), ctx);
                if (ROOT.equals(blockName) && !node.closePosition().isNone()) {
                    ctx.report(ConfigErrorKind.UNKNOWN_KEYWORD, node.closePosition(), "Unknown keyword '}'");
                }
            }
            return;
        }
        if (e.takesBlock() && !node.hasBlock()) {
            ctx.report(ConfigErrorKind.MISSING_BOB, node, "Missing '{' at beginning of configuration block");
            return;
        }
        if (!e.takesBlock() && node.hasBlock() && !anyBlock.containsKey(node.keyword())) {
            e.handler().handle(target, node, ctx);
            ctx.report(ConfigErrorKind.UNEXPECTED_BOB, node.blockPosition(), "Unexpected '{' - ignoring");
            apply(target, node.block(), ctx);
            return;
        }
        e.handler().handle(target, node, ctx);
    }
}
