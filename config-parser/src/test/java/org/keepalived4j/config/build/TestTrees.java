package org.keepalived4j.config.build;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.tree.ConfigNode;
import org.keepalived4j.config.tree.Word;

/**
 * A minimal statement-tree reader for tests, standing in for the grammar: one statement per line, double-quoted
 * words, '!' and '#' comments, and a block opened by a trailing '{' and closed by a line '}'.
 */
final class TestTrees {

    static final String FILE = "keepalived.conf";

    private TestTrees() {
    }

    static List<ConfigNode> parse(String text) {
        String[] lines = text.split("\n", -1);
        int[] index = {0};
        return block(lines, index);
    }

    private static List<ConfigNode> block(String[] lines, int[] index) {
        List<ConfigNode> out = new ArrayList<>();
        while (index[0] < lines.length) {
            int lineNo = index[0] + 1;
            String line = stripComment(lines[index[0]++]).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals("}")) {
                return out;
            }
            List<Word> words = words(line);
            boolean opens = !words.isEmpty() && words.getLast().text().equals("{") && !words.getLast().quoted();
            if (opens) {
                words = words.subList(0, words.size() - 1);
            }
            SourcePosition pos = new SourcePosition(FILE, lineNo);
            List<ConfigNode> inner = opens ? block(lines, index) : null;
            String raw = opens ? line.substring(0, line.lastIndexOf('{')).strip() : line;
            out.add(new ConfigNode(words.getFirst().text(), words.subList(1, words.size()), inner, pos,
                    opens ? pos : SourcePosition.NONE, raw));
        }
        return out;
    }

    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '!' || c == '#')) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static List<Word> words(String line) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            if (i >= line.length()) {
                break;
            }
            if (line.charAt(i) == '"') {
                int end = line.indexOf('"', i + 1);
                out.add(new Word(line.substring(i + 1, end), true));
                i = end + 1;
            } else {
                int start = i;
                while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                    i++;
                }
                out.add(new Word(line.substring(start, i), false));
            }
        }
        return out;
    }

    /** A build context over fresh diagnostics. */
    static BuildContext context(HostView host) {
        return new BuildContext(new ParseOptions(null, host, true), new Diagnostics());
    }

    /** The messages as keepalived prints them with one config file: "(Line N) text". */
    static List<String> messages(BuildContext ctx) {
        return ctx.diagnostics().all().stream().filter(d -> d.kind().counts()).map(TestTrees::lineForm).toList();
    }

    /** The NOTICE messages. */
    static List<String> notices(BuildContext ctx) {
        return ctx.diagnostics().all().stream().filter(d -> !d.kind().counts()).map(TestTrees::lineForm).toList();
    }

    private static String lineForm(Diagnostic d) {
        return d.position().isNone() ? d.message() : "(Line " + d.position().line() + ") " + d.message();
    }

    /** A host named "testhost" where everything exists (HostView's defaults: no file checks). */
    static HostView host() {
        return new HostView() {
            @Override
            public boolean interfaceExists(String name) {
                return true;
            }

            @Override
            public String hostName() {
                return "testhost";
            }
        };
    }
}
