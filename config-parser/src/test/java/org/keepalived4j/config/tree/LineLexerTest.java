package org.keepalived4j.config.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.internal.grammar.KeepalivedLexer;
import org.keepalived4j.config.preprocess.Preprocessor;
import org.keepalived4j.config.preprocess.SourceLine;

/**
 * The hand-written {@link LineLexer} against its specification, the lexer grammar {@code KeepalivedLexer.g4} (run
 * through the generated {@link KeepalivedLexer}): identical tokens (type, text, start, stop) for every line of every
 * sample of the keepalived corpus, raw and preprocessed, and for seeded random mutations of those lines.
 */
class LineLexerTest {

    private static Path corpus() {
        String root = System.getProperty("k4j.repoRoot");
        if (root != null) {
            Path p = Path.of(root, "..", "shared", "conformance", "keepalived-samples").normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Path.of("/work/shared/conformance/keepalived-samples");
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> s = Files.walk(corpus())) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** What the generated lexer makes of one line: "type start stop text" per token, white space included. */
    private static List<String> generated(String line) {
        LineCharStream chars = new LineCharStream();
        chars.reset(line);
        KeepalivedLexer lexer = new KeepalivedLexer(chars);
        List<String> errors = new ArrayList<>();
        lexer.removeErrorListeners();
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> r, Object o, int l, int c, String msg, RecognitionException e) {
                errors.add(msg);
            }
        });
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            out.add(t.getType() + " " + t.getStartIndex() + " " + t.getStopIndex() + " " + t.getText());
        }
        out.addAll(errors);
        return out;
    }

    private static List<String> handWritten(String line) {
        LineLexer lexer = new LineLexer();
        lexer.reset(line);
        List<String> out = new ArrayList<>();
        for (int type = lexer.next(); type != Token.EOF; type = lexer.next()) {
            out.add(type + " " + lexer.start() + " " + lexer.stop() + " " + lexer.tokenText());
        }
        return out;
    }

    private static int check(String line) {
        List<String> expected = generated(line);
        assertEquals(expected, handWritten(line), () -> "line: " + line);
        return expected.size();
    }

    @Test
    void everyRuleOfTheGrammar() {
        assertEquals(List.of(KeepalivedLexer.LBRACE + " 0 0 {", KeepalivedLexer.RBRACE + " 1 1 }"), handWritten("{}"));
        assertEquals(List.of(KeepalivedLexer.WS + " 0 1  \t", KeepalivedLexer.WORD + " 2 4 a=b",
                        KeepalivedLexer.WS + " 5 5  ", KeepalivedLexer.QUOTED + " 6 10 \"x #\"",
                        KeepalivedLexer.WS + " 11 11  ", KeepalivedLexer.UNTERMINATED + " 12 14 \"yz"),
                handWritten(" \ta=b \"x #\" \"yz"));
        for (String line : List.of("", "{", "}", "a{b}c", "\"\"", "\"", "\"a\"b\"", "x\ny", "\r\f\u000B!#",
                "virtual_server 10.0.0.1 80 {", "  real_server \"a b\" 80", "notify \"/bin/x \\\"y\\\"\"", "\u00e9\u00ff")) {
            check(line);
        }
    }

    @Test
    void samplesRawAndPreprocessedGiveIdenticalTokens() throws IOException {
        List<Path> files = samples();
        assertFalse(files.isEmpty(), "no samples in " + corpus());
        long tokens = 0;
        for (Path f : files) {
            for (String line : Files.readString(f, StandardCharsets.ISO_8859_1).split("\n", -1)) {
                tokens += check(line);
            }
            Diagnostics d = new Diagnostics();
            for (SourceLine line : new Preprocessor(new ParseOptions(null, HostView.lenient(), true), d).read(f)) {
                tokens += check(line.text());
            }
        }
        assertTrue(tokens > 10_000, "too few tokens compared: " + tokens);
    }

    /** Lines of the samples with characters replaced, inserted and deleted, weighted towards the special ones. */
    @Test
    void mutatedLinesGiveIdenticalTokens() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path f : samples()) {
            lines.addAll(List.of(Files.readString(f, StandardCharsets.ISO_8859_1).split("\n")));
        }
        String special = "{}\" \t\r\f\u000B\n!#\\a\u00e9\ud83d\ude00";
        SplittableRandom random = new SplittableRandom(20261121L);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder(lines.get(random.nextInt(lines.size())));
            for (int m = random.nextInt(1, 5); m > 0; m--) {
                int at = random.nextInt(b.length() + 1);
                char c = special.charAt(random.nextInt(special.length()));
                switch (random.nextInt(3)) {
                    case 0 -> b.insert(at, c);
                    case 1 -> {
                        if (at < b.length()) {
                            b.setCharAt(at, c);
                        }
                    }
                    default -> {
                        if (at < b.length()) {
                            b.deleteCharAt(at);
                        }
                    }
                }
            }
            check(b.toString());
        }
    }
}
