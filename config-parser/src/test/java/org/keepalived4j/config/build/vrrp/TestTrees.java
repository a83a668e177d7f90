package org.keepalived4j.config.build.vrrp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.build.BuildContext;
import org.keepalived4j.config.build.ModelBuilder;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.config.tree.ConfigNode;
import org.keepalived4j.config.tree.Word;

/**
 * A deliberately small stand-in for the real preprocessor + grammar, so the VRRP builder can be tested on its own:
 * comments ({@code #}, {@code !}), double quotes, braces at line ends or alone, {@code @id} lines dropped.
 */
final class TestTrees {

    /** The host of keepalived's reference runs: netns ktest with lo and eth0..eth3. */
    static final HostView KTEST = new HostView() {
        private final Set<String> ifs = Set.of("lo", "eth0", "eth1", "eth2", "eth3");

        @Override
        public boolean interfaceExists(String name) {
            return ifs.contains(name);
        }

        @Override
        public String hostName() {
            return "ktest";
        }
    };

    /** The model and messages of one build. */
    record Built(KeepalivedConfig config, Diagnostics diagnostics) {
    }

    private TestTrees() {
    }

    static Built build(String text, String file, boolean configTest) {
        Diagnostics d = new Diagnostics();
        ParseOptions o = new ParseOptions(null, KTEST, configTest);
        KeepalivedConfig c = new ModelBuilder(new BuildContext(o, d)).build(parse(text, file));
        return new Built(c, d);
    }

    static Built build(String text) {
        return build(text, "keepalived.conf", true);
    }

    private static final class Open {
        final String keyword;
        final List<Word> args;
        final SourcePosition pos;
        final SourcePosition blockPos;
        final String line;
        final List<ConfigNode> children = new ArrayList<>();

        Open(String keyword, List<Word> args, SourcePosition pos, SourcePosition blockPos, String line) {
            this.keyword = keyword;
            this.args = args;
            this.pos = pos;
            this.blockPos = blockPos;
            this.line = line;
        }
    }

    static List<ConfigNode> parse(String text, String file) {
        List<ConfigNode> top = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        String[] lines = text.split("\n", -1);
        ConfigNode pendingNoBlock = null;
        for (int ln = 0; ln < lines.length; ln++) {
            String raw = lines[ln];
            if (raw.stripLeading().startsWith("@")) {
                continue;
            }
            SourcePosition pos = new SourcePosition(file, ln + 1);
            List<Word> words = words(raw);
            int i = 0;
            while (i < words.size()) {
                Word w = words.get(i);
                if (!w.quoted() && w.text().equals("}")) {
                    Open o = stack.pop();
                    ConfigNode n = new ConfigNode(o.keyword, o.args, o.children, o.pos, o.blockPos, o.line, pos);
                    (stack.isEmpty() ? top : stack.peek().children).add(n);
                    i++;
                    continue;
                }
                if (!w.quoted() && w.text().equals("{")) {
                    // a '{' alone: opens the block of the previous statement
                    List<ConfigNode> into = stack.isEmpty() ? top : stack.peek().children;
                    ConfigNode prev = into.removeLast();
                    stack.push(new Open(prev.keyword(), prev.args(), prev.position(), pos, prev.line()));
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < words.size() && !(isBrace(words.get(end)))) {
                    end++;
                }
                List<Word> args = words.subList(i + 1, end);
                if (end < words.size() && !words.get(end).quoted() && words.get(end).text().equals("{")) {
                    stack.push(new Open(w.text(), List.copyOf(args), pos, pos, raw));
                    i = end + 1;
                } else {
                    ConfigNode n = new ConfigNode(w.text(), args, null, pos, SourcePosition.NONE, raw);
                    (stack.isEmpty() ? top : stack.peek().children).add(n);
                    i = end;
                }
            }
        }
        return top;
    }

    private static boolean isBrace(Word w) {
        return !w.quoted() && (w.text().equals("{") || w.text().equals("}"));
    }

    private static List<Word> words(String line) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#' || c == '!') {
                break;
            } else if (c == '"') {
                int e = line.indexOf('"', i + 1);
                e = e < 0 ? line.length() : e;
                out.add(new Word(line.substring(i + 1, e), true));
                i = e + 1;
            } else {
                int e = i;
                while (e < line.length() && !Character.isWhitespace(line.charAt(e))) {
                    e++;
                }
                out.add(new Word(line.substring(i, e), false));
                i = e;
            }
        }
        return out;
    }
}
