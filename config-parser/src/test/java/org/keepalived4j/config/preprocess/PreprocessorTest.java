package org.keepalived4j.config.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.SourcePosition;

/**
 * Preprocessing of text, checked against what keepalived 2.2.7 ({@code keepalived -t -i myid}) made of the same
 * input.
 */
class PreprocessorTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private List<SourceLine> read(String text) {
        ParseOptions o = new ParseOptions("myid", HostView.lenient(), false);
        return new Preprocessor(o, diagnostics, new SplittableRandom(7)).read(text, "k.conf", Path.of("/tmp"));
    }

    private List<String> texts(String text) {
        return read(text).stream().map(SourceLine::text).toList();
    }

    private List<String> messages() {
        return diagnostics.all().stream().map(Diagnostic::format).toList();
    }

    private static SourcePosition at(int line) {
        return new SourcePosition("k.conf", line);
    }

    @Test
    void emptyAndCommentLinesVanishAndLineNumbersStay() {
        List<SourceLine> l = read("\n! c\n# c\n   \nglobal_defs\n\r\n  router_id x  # c\r\n");
        assertEquals(List.of(new SourceLine("global_defs", at(5)), new SourceLine("router_id x", at(7))), l);
    }

    @Test
    void bracesAreSplitOffWhereverTheyStand() {
        assertEquals(List.of("vrrp_instance VI_1", "{", "state MASTER", "}"), texts("vrrp_instance VI_1 { state MASTER }"));
        assertEquals(List.of("a", "{", "b", "}", "}", "c"), texts("a{b}}c"));
        assertEquals(List.of("k \"{ not a brace }\"", "{", "}"), texts("k \"{ not a brace }\" { }"));
        assertTrue(read("x { y }\n").stream().allMatch(s -> s.position().equals(at(1))));
    }

    @Test
    void braceSearchStopsAtAnUnterminatedQuote() {
        assertEquals(List.of("k \"a { b"), texts("k \"a { b\n"));
        assertEquals(List.of("(k.conf: Line 1) Unterminated quote 'k \"a { b'"), messages());
    }

    /** keepalived has no line continuation: the backslash stays on the last word, a comment's backslash alone. */
    @Test
    void trailingBackslashIsNotAContinuation() {
        assertEquals(List.of("router_id foo\\", "next"), texts("router_id foo \\\nnext"));
        assertEquals(List.of("\\", "\\"), texts("# comment \\\n  ! other \\"));
    }

    @Test
    void conditionalLines() {
        String in = "@myid a\n@other b\n@^other c\n@^myid d\n@myid\n@myid\te\n";
        assertEquals(List.of("a", "c", "e"), texts(in));
    }

    @Test
    void definitionsAreReplaced() {
        String in = "$A=alpha\n$B=beta gamma\nk $A ${A}x $Ax ${B} $UNDEF $A,$A)\n";
        assertEquals(List.of("k alpha alphax $Ax beta gamma $UNDEF alpha,alpha)"), texts(in));
    }

    @Test
    void blanksBeforeTheEqualsSignMakeNoDefinition() {
        assertEquals(List.of("$B = beta"), texts("$B = beta"));
    }

    @Test
    void definitionsMayUseDefinitionsAndMayBeRedefined() {
        assertEquals(List.of("x 1 2", "x 3-2"), texts("$A=1\n$B=2\n$C=$A $B\nx $C\n$C=3-$B\nx $C"));
        // "$A-" is no use of $A (keepalived: Unknown keyword '$A-2')
        assertEquals(List.of("$A-2"), texts("$A=1\n$B=2\n$C=$A-$B\n$C"));
    }

    @Test
    void standardDefinitions() {
        assertEquals(List.of("h \"#\"", "b \"!\"", "i myid", "p /tmp"),
                texts("h \"${_HASH}\"\nb \"${_BANG}\"\ni ${_INSTANCE}\np $_PWD"));
        // "$_HASH" directly before a quote is no use of _HASH
        assertEquals(List.of("q \"$_HASH\""), texts("q \"$_HASH\""));
    }

    @Test
    void hashFromADefinitionStartsAComment() {
        assertEquals(List.of("a"), texts("a $_HASH b"));
    }

    @Test
    void randomWithParameters() {
        List<String> t = texts("${_RANDOM 5 5}\nr ${_RANDOM 3 9}");
        assertEquals("5", t.get(0));
        int v = Integer.parseInt(t.get(1).substring(2));
        assertTrue(v >= 3 && v <= 9, t.get(1));
    }

    /** keepalived 2.2.7 moves only part of the text after ${_RANDOM a b} (its "Extra '}' found" on such lines). */
    @Test
    void randomWithParametersFollowedByTextKeepsKeepalivedsLeftover() {
        assertEquals(List.of("k 1 _RANDOM 1 1", "}", "xyz"), texts("k ${_RANDOM 1 1} xyz"));
        List<String> t = texts("${_RANDOM }");
        assertEquals(2, t.size());
        assertTrue(t.get(0).matches("[0-9]{1,5}"), t.get(0));
        assertEquals("}", t.get(1));
    }

    @Test
    void multilineDefinitionReplaysItsLinesWhereItEndsALine() {
        String in = "$ML=line1 \\\n   line2 \\\n   line3\n$ML\nk2 $ML\nk3 $ML x\n";
        List<SourceLine> l = read(in);
        assertEquals(List.of("line1", "line2", "line3", "k2 line1", "line2", "line3", "k3 $ML x"),
                l.stream().map(SourceLine::text).toList());
        assertEquals(List.of(at(4), at(4), at(4), at(5), at(5), at(5), at(6)), l.stream().map(SourceLine::position).toList());
    }

    @Test
    void emptyLineEndsAMultilineDefinition() {
        assertEquals(List.of("a b", "after"), texts("$X=a b \\\n\n$X\nafter"));
    }

    @Test
    void commentLinesDoNotEndAMultilineDefinition() {
        assertEquals(List.of("a", "b"), texts("$X=a \\\n# comment\nb\n$X"));
    }

    @Test
    void sequences() {
        List<SourceLine> l = read("x\n~SEQ(i, 1, 3) seq_$i ${i}\n~SEQx(j, 9, 2, 13) hex_$j\n~SEQ(k, 3) $k\n~SEQ(m, 2, -1, 1) $m");
        assertEquals(List.of("x", "seq_1 1", "seq_2 2", "seq_3 3", "hex_9", "hex_b", "hex_d", "1", "2", "3", "2", "1"),
                l.stream().map(SourceLine::text).toList());
        assertEquals(at(2), l.get(3).position());
        assertEquals(List.of(), messages());
    }

    @Test
    void sequenceParametersMayBeDefinitions() {
        assertEquals(List.of("v4", "v5"), texts("$S=4\n$E=5\n~SEQ(i, $S, $E) v$i"));
    }

    @Test
    void nestedSequences() {
        assertEquals(List.of("1a", "1b", "2a", "2b"), texts("~SEQ(i, 1, 2) ~LST(c, a, b) ${i}$c"));
        // "$i" followed by "$" is no use of $i (keepalived: Unknown keyword '$ia')
        assertEquals(List.of("$ia", "$ib", "$ia", "$ib"), texts("~SEQ(i, 1, 2) ~LST(c, a, b) $i$c"));
    }

    @Test
    void lists() {
        assertEquals(List.of("lst_a", "lst_b", "lst_c", "lst2_$p_2 1_2", "lst2_$p_4 3_4", "3 -"),
                texts("~LST(n, a, b, c) lst_$n\n~LST({p,q}, {1,2}, {3,4}) lst2_$p_$q ${p}_${q}\n~LST({x,y}, {3}) $x -$y"));
    }

    @Test
    void invalidSequencesAreReportedAsKeepalivedDoes() {
        assertEquals(List.of("~other thing"), texts("~SEQ(bad\n~SEQ(i, 1, -1, 5) x\n~SEQx(i, -3, 1) y\n~LST(a) z\n~other thing"));
        assertEquals(List.of(
                "(k.conf: Line 1) Invalid ~SEQ definition '~SEQ(bad'",
                "(k.conf: Line 1) Invalid ~SEQ specification '~SEQ(bad'",
                "(k.conf: Line 2) Invalid ~SEQ values '~SEQ(i, 1, -1, 5) x'",
                "(k.conf: Line 2) Invalid ~SEQ specification '~SEQ(i, 1, -1, 5) x'",
                "(k.conf: Line 3) ~SEQx is only valid for positive numbers '~SEQx(i, -3, 1) y'",
                "(k.conf: Line 3) Invalid ~SEQ specification '~SEQx(i, -3, 1) y'",
                "(k.conf: Line 4) Invalid ~LST specification '~LST(a) z'"), messages());
        assertTrue(diagnostics.all().stream().allMatch(d -> d.kind() == ConfigErrorKind.GENERAL_ERROR));
    }

    @Test
    void hugeSequenceIsCutShort() {
        List<SourceLine> l = read("~SEQ(i, 1, 1000000000) x$i");
        assertEquals(LineReader.MAX_EXPANDED_LINES, l.size());
        assertEquals(1, diagnostics.size());
    }

    @Test
    void selfReferencingDefinitionsEnd() {
        List<String> t = texts("$A=$A\nk $A\n$B=$B$B\nm $B\n$M=a \\\n$M\n$M");
        assertEquals("k $A", t.get(0));
        assertTrue(t.get(1).length() < LineReader.MAXBUF, "line stays below MAXBUF");
        assertTrue(diagnostics.all().stream().anyMatch(d -> d.message().startsWith("Definition expansion does not end")));
        assertTrue(diagnostics.all().stream().anyMatch(d -> d.message().contains("stopping the expansion")));
    }

    @Test
    void definitionInsideAConditionalAndConditionalFromADefinition() {
        assertEquals(List.of("v 1", "w"), texts("@myid $V=1\n@other $V=2\nv $V\n$C=@myid\n$C w"));
    }

    /** fgets with keepalived's 1024 byte buffer: a longer line arrives in pieces; only the last counts as a line. */
    @Test
    void longLinesArriveInPiecesAsWithFgets() {
        String longWord = "a".repeat(1500);
        List<SourceLine> l = read("first\n" + longWord + "\nlast");
        assertEquals(List.of("first", "a".repeat(1023), "a".repeat(477), "last"), l.stream().map(SourceLine::text).toList());
        // the last line has no newline: keepalived does not count it (it reports it as line 2)
        assertEquals(List.of(at(1), at(1), at(2), at(2)), l.stream().map(SourceLine::position).toList());
    }

    @Test
    void nulByteEndsTheLineAndHidesItsNewline() {
        List<SourceLine> l = read("a\u0000b\nc\n");
        assertEquals(List.of(new SourceLine("a", at(0)), new SourceLine("c", at(1))), l);
    }

    @Test
    void includeCheckKeywordAffectsLaterIncludes() {
        read("include /nonexistent/x.conf\ninclude_check\ninclude /nonexistent/y.conf\n");
        assertEquals(List.of(ConfigErrorKind.INFO, ConfigErrorKind.FILE_NOT_FOUND),
                diagnostics.all().stream().map(Diagnostic::kind).toList());
    }

    @Test
    void includeWordAloneIsAStatement() {
        assertEquals(List.of("include", "includex y"), texts("include\nincludex y"));
    }
}
