package org.keepalived4j.config.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.tree.ConfigNode;
import org.keepalived4j.config.tree.Word;

/**
 * A small statement-tree reader for the model builder's tests, standing in for the preprocessor and the grammar
 * ({@code TreeReader}): words split on blanks, double quotes group, '!' and '#' start comments, '{' and '}' open and
 * close blocks anywhere on a line (a '{' alone opens the block of the statement on the line before), lines starting
 * with {@code @} (keepalived's {@code @id} lines) are dropped. Keeps every statement's line (comments removed), its
 * '{' line and its closing '}' line.
 */
public final class StatementTrees {

    private StatementTrees() {
    }

    private static final class Open {
        final String keyword;
        final List<Word> args;
        final SourcePosition position;
        final SourcePosition bob;
        final String line;
        final List<ConfigNode> children = new ArrayList<>();

        Open(String keyword, List<Word> args, SourcePosition position, SourcePosition bob, String line) {
            this.keyword = keyword;
            this.args = args;
            this.position = position;
            this.bob = bob;
            this.line = line;
        }
    }

    /** The top-level statements of {@code text}, positions naming {@code file}. */
    public static List<ConfigNode> read(String text, String file) {
        Deque<Open> stack = new ArrayDeque<>();
        Open root = new Open("", List.of(), SourcePosition.NONE, SourcePosition.NONE, "");
        stack.push(root);
        String[] lines = text.split("\n", -1);
        Open pendingNoBrace = null;
        for (int ln = 0; ln < lines.length; ln++) {
            if (lines[ln].stripLeading().startsWith("@")) {
                continue;
            }
            SourcePosition pos = new SourcePosition(file, ln + 1);
            List<Word> words = new ArrayList<>();
            String raw = strip(lines[ln]);
            tokenize(raw, words);
            List<Word> cur = new ArrayList<>();
            for (Word w : words) {
                if (!w.quoted() && w.text().equals("{")) {
                    Open o;
                    if (!cur.isEmpty()) {
                        o = new Open(cur.getFirst().text(), List.copyOf(cur.subList(1, cur.size())), pos, pos, raw);
                        cur.clear();
                    } else if (pendingNoBrace != null) {
                        stack.peek().children.removeLast();
                        o = new Open(pendingNoBrace.keyword, pendingNoBrace.args, pendingNoBrace.position, pos,
                                pendingNoBrace.line);
                    } else {
                        o = new Open("{", List.of(), pos, pos, raw);
                    }
                    pendingNoBrace = null;
                    stack.push(o);
                } else if (!w.quoted() && w.text().equals("}")) {
                    flush(stack.peek(), cur, pos, raw);
                    cur.clear();
                    Open done = stack.pop();
                    stack.peek().children.add(new ConfigNode(done.keyword, done.args, done.children, done.position,
                            done.bob, done.line, pos));
                    pendingNoBrace = null;
                } else {
                    cur.add(w);
                }
            }
            if (!cur.isEmpty()) {
                flush(stack.peek(), cur, pos, raw);
                pendingNoBrace = new Open(cur.getFirst().text(), List.copyOf(cur.subList(1, cur.size())), pos, pos,
                        raw);
            } else if (!words.isEmpty()) {
                pendingNoBrace = null;
            }
        }
        return root.children;
    }

    private static void flush(Open into, List<Word> cur, SourcePosition pos, String raw) {
        if (!cur.isEmpty()) {
            into.children.add(new ConfigNode(cur.getFirst().text(), List.copyOf(cur.subList(1, cur.size())), null,
                    pos, SourcePosition.NONE, raw));
        }
    }

    private static String strip(String line) {
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                q = !q;
            } else if (!q && (c == '!' || c == '#')) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static void tokenize(String s, List<Word> out) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int e = s.indexOf('"', i + 1);
                e = e < 0 ? s.length() : e;
                out.add(new Word(s.substring(i + 1, e), true));
                i = e + 1;
            } else if (c == '{' || c == '}') {
                out.add(new Word(String.valueOf(c), false));
                i++;
            } else {
                int e = i;
                while (e < s.length() && !Character.isWhitespace(s.charAt(e)) && s.charAt(e) != '{'
                        && s.charAt(e) != '}') {
                    e++;
                }
                out.add(new Word(s.substring(i, e), false));
                i = e;
            }
        }
    }
}
