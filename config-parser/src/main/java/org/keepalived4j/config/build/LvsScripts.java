package org.keepalived4j.config.build;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * Stand-in for parser-global's {@code Scripts.fromNode} until it is merged: reads a script line as keepalived's
 * {@code notify_script_init} does. The line is split again honouring quotes and backslash escapes; its second word
 * is the command, which is split once more into program and arguments (so arguments must be quoted together with the
 * program: {@code notify_up "/bin/x.sh arg"}); the third and fourth words are user and group.
 *
 * <p>Every script is registered with the {@link BuildContext} for the script-security check.
 */
final class LvsScripts {

    private LvsScripts() {
    }

    /**
     * A {@code notify_up}/{@code quorum_up}-style script: command, then optional user and group. Returns {@code null}
     * after a message when the line has no command.
     */
    static ScriptCommand notifyScript(ConfigNode node, BuildContext ctx) {
        List<String> words = split(line(node), ctx, node);
        if (words == null) {
            return null;
        }
        List<String> args = words.size() >= 2 ? split(words.get(1), ctx, node) : null;
        if (args == null || args.isEmpty()) {
            ctx.report(ConfigErrorKind.NOTICE, node, "Unable to parse script '"
                    + (words.size() >= 2 ? words.get(1) : "") + "' - ignoring");
            return null;
        }
        String user = words.size() > 2 ? words.get(2) : null;
        String group = words.size() > 3 ? words.get(3) : null;
        ScriptCommand s = new ScriptCommand(args, user, group, node.position());
        ctx.registerScript(s);
        return s;
    }

    /** Only the command of a script line ({@code misc_path}): words after the command are ignored, as keepalived. */
    static List<String> command(ConfigNode node, BuildContext ctx) {
        List<String> words = split(line(node), ctx, node);
        if (words == null || words.size() < 2) {
            return null;
        }
        List<String> args = split(words.get(1), ctx, node);
        return args == null || args.isEmpty() ? null : args;
    }

    private static String line(ConfigNode node) {
        if (node.line() != null && !node.line().isBlank()) {
            return node.line();
        }
        StringBuilder sb = new StringBuilder(node.keyword());
        node.args().forEach(w -> sb.append(' ').append(w.quoted() ? '"' + w.text() + '"' : w.text()));
        return sb.toString();
    }

    /** keepalived's {@code alloc_strvec_quoted_escaped}; {@code null} after reporting an unmatched quote. */
    static List<String> split(String src, BuildContext ctx, ConfigNode node) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(src.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            StringBuilder w = new StringBuilder();
            char quote = 0;
            while (i < n) {
                char c = src.charAt(i);
                if (quote == 0 && Character.isWhitespace(c)) {
                    break;
                }
                if (c == '\\') {
                    i = escape(src, i + 1, w);
                    continue;
                }
                if (quote == 0 && (c == '"' || c == '\'')) {
                    quote = c;
                } else if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
                i++;
            }
            if (quote != 0) {
                ctx.report(ConfigErrorKind.UNMATCHED_QUOTE, node,
                        "String '" + src + "': missing terminating " + quote);
                return null;
            }
            out.add(w.toString());
        }
        return out;
    }

    private static int escape(String s, int i, StringBuilder w) {
        if (i >= s.length()) {
            return i;
        }
        char c = s.charAt(i);
        switch (c) {
            case 'n' -> w.append('\n');
            case 't' -> w.append('\t');
            case 'r' -> w.append('\r');
            case 'a' -> w.append('\u0007');
            case 'b' -> w.append('\b');
            case 'f' -> w.append('\f');
            case 'v' -> w.append('\u000b');
            case 'E' -> w.append('\u001b');
            default -> {
                if (c == 'x' && i + 1 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0) {
                    int v = 0;
                    i++;
                    while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0) {
                        v = (v << 4 | Character.digit(s.charAt(i), 16)) & 0xff;
                        i++;
                    }
                    w.append((char) v);
                    return i;
                }
                if (c >= '0' && c <= '7') {
                    int v = 0;
                    int k = 0;
                    while (k < 3 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                        v = (v << 3) + s.charAt(i) - '0';
                        i++;
                        k++;
                    }
                    w.append((char) (v & 0xff));
                    return i;
                }
                w.append(c);
            }
        }
        return i + 1;
    }
}
