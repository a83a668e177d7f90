package org.keepalived4j.config.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.preprocess.Preprocessor;
import org.keepalived4j.config.preprocess.SourceLine;

class TreeReaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private List<ConfigNode> read(String text) {
        List<SourceLine> lines = new Preprocessor(ParseOptions.defaults(), diagnostics).read(text, "k.conf", Path.of("."));
        return TreeReader.read(lines, diagnostics);
    }

    private List<String> messages() {
        return diagnostics.all().stream().map(Diagnostic::format).toList();
    }

    private static SourcePosition at(int line) {
        return new SourcePosition("k.conf", line);
    }

    @Test
    void nestedBlocksWithPositions() {
        List<ConfigNode> n = read("""
                virtual_server 10.0.0.1 80 {
                    delay_loop 6
                    real_server 10.0.0.2 80 {
                        weight 1
                        TCP_CHECK { connect_timeout 3 }
                    }
                }
                """);
        assertEquals(1, n.size());
        ConfigNode vs = n.get(0);
        assertEquals(List.of("virtual_server", "10.0.0.1", "80"), vs.words());
        assertEquals(at(1), vs.position());
        assertEquals(at(1), vs.blockPosition());
        assertEquals(at(7), vs.closePosition());
        assertEquals("virtual_server 10.0.0.1 80", vs.line());
        ConfigNode rs = vs.block().get(1);
        assertEquals("real_server", rs.keyword());
        ConfigNode tcp = rs.block().get(1);
        assertEquals("TCP_CHECK", tcp.keyword());
        assertEquals(List.of("connect_timeout", "3"), tcp.block().get(0).words());
        assertEquals(at(5), tcp.block().get(0).position());
        assertFalse(vs.block().get(0).hasBlock());
        assertEquals(List.of(), messages());
    }

    @Test
    void braceOnTheNextLineOpensTheKeywordsBlock() {
        List<ConfigNode> n = read("vrrp_instance VI_1\n{\n  state MASTER\n}\n");
        assertEquals(1, n.size());
        assertEquals(at(1), n.get(0).position());
        assertEquals(at(2), n.get(0).blockPosition());
        assertEquals("state", n.get(0).block().get(0).keyword());
        assertEquals(List.of(), messages());
    }

    @Test
    void quotedWords() {
        ConfigNode n = read("notify_master \"/bin/x a b\" x\"y z\"w\n").get(0);
        assertEquals(List.of(new Word("/bin/x a b", true), new Word("x", false), new Word("y z", true), new Word("w", false)),
                n.args());
        assertEquals("notify_master \"/bin/x a b\" x\"y z\"w", n.line());
    }

    /** keepalived: "(Line 6) Extra '}' found" then "(Line 6) Unknown keyword '}'". */
    @Test
    void extraClosingBraceAtTopLevel() {
        List<ConfigNode> n = read("a {\n}\n}\nb\n");
        assertEquals(List.of("a", "}", "b"), n.stream().map(ConfigNode::keyword).toList());
        assertEquals(at(3), n.get(1).position());
        assertEquals(List.of("(k.conf: Line 3) Extra '}' found"), messages());
        assertEquals(ConfigErrorKind.UNEXPECTED_EOB, diagnostics.all().get(0).kind());
    }

    /** keepalived: "Unexpected '{' - ignoring", the lines inside read at the same level, "Unknown keyword '}'". */
    @Test
    void braceWithoutKeyword() {
        List<ConfigNode> n = read("a {\n}\n{\n  foo 1\n}\nb\n");
        assertEquals(List.of("a", "foo", "}", "b"), n.stream().map(ConfigNode::keyword).toList());
        assertEquals(at(5), n.get(2).position());
        assertEquals(List.of("(k.conf: Line 3) Unexpected '{' - ignoring"), messages());
        assertEquals(ConfigErrorKind.UNEXPECTED_BOB, diagnostics.all().get(0).kind());
    }

    @Test
    void braceWithoutKeywordInsideABlock() {
        List<ConfigNode> n = read("outer {\n  {\n    inner 1\n  }\n  after\n}\n");
        assertEquals(1, n.size());
        assertEquals(List.of("inner", "after"), n.get(0).block().stream().map(ConfigNode::keyword).toList());
        assertEquals(List.of("(k.conf: Line 2) Unexpected '{' - ignoring"), messages());
    }

    /**
     * keepalived: "There are 1 missing '}'s or extra '{'s", without a position; keepalived4j adds a notice at the block
     * still open.
     */
    @Test
    void missingClosingBraceAtTheEnd() {
        List<ConfigNode> n = read("a {\n b {\n c\n }\n");
        assertEquals(1, n.size());
        assertEquals(SourcePosition.NONE, n.get(0).closePosition());
        assertEquals("c", n.get(0).block().get(0).block().get(0).keyword());
        assertEquals(List.of("There are 1 missing '}'s or extra '{'s",
                "(k.conf: Line 1) keepalived4j: the block opened here is not closed"), messages());
        assertEquals(ConfigErrorKind.MISSING_EOB, diagnostics.all().get(0).kind());
    }

    /** keepalived: "Unterminated quote" (decomment) then "Unmatched quote: '...'" (alloc_strvec); the words before stay. */
    @Test
    void unmatchedQuote() {
        List<ConfigNode> n = read("foo \"unterminated\nbar \"x\" \"y\n\"alone\nz\n");
        assertEquals(List.of(List.of("foo"), List.of("bar", "x"), List.of("z")), n.stream().map(ConfigNode::words).toList());
        assertEquals(List.of(
                "(k.conf: Line 1) Unterminated quote 'foo \"unterminated'",
                "(k.conf: Line 2) Unterminated quote 'bar \"x\" \"y'",
                "(k.conf: Line 3) Unterminated quote '\"alone'",
                "(k.conf: Line 1) Unmatched quote: 'foo \"unterminated'",
                "(k.conf: Line 2) Unmatched quote: 'bar \"x\" \"y'",
                "(k.conf: Line 3) Unmatched quote: '\"alone'"), messages());
    }

    /** An escaped quote does not end a quoted word (keepalived: "Unmatched quote: 'x "a\"b" c'"). */
    @Test
    void escapedQuoteEndsTheWordAnyway() {
        List<ConfigNode> n = read("x \"a\\\"b\" c\n");
        assertEquals(List.of("x", "a\\", "b"), n.get(0).words());
        assertEquals(List.of("(k.conf: Line 1) Unmatched quote: 'x \"a\\\"b\" c'"), messages());
    }

    @Test
    void backslashLinesAreStatements() {
        List<ConfigNode> n = read("# a comment \\\nk v \\\n");
        assertEquals(List.of(List.of("\\"), List.of("k", "v\\")), n.stream().map(ConfigNode::words).toList());
    }

    @Test
    void deepNestingIsFlattenedNotOverflowed() {
        int depth = 10_000;
        String text = "k {\n".repeat(depth) + "leaf\n" + "}\n".repeat(depth);
        List<ConfigNode> n = read(text);
        int levels = 0;
        ConfigNode cur = n.get(0);
        while (cur.hasBlock() && !cur.block().isEmpty() && cur.block().get(0).hasBlock()) {
            cur = cur.block().get(0);
            levels++;
        }
        assertTrue(levels < TreeReader.MAX_DEPTH, "levels " + levels);
        assertEquals(1, diagnostics.size(), messages().toString());
        assertTrue(messages().get(0).contains("nested more than"));
    }

    @Test
    void emptyInput() {
        assertEquals(List.of(), read(""));
        assertEquals(List.of(), read("\n\n# nothing\n"));
        assertEquals(0, diagnostics.size());
    }

    @Test
    void emptyBlock() {
        ConfigNode n = read("virtual_ipaddress {\n}\n").get(0);
        assertTrue(n.hasBlock());
        assertEquals(List.of(), n.block());
        assertNull(read("x\n").get(0).block());
    }
}
