package org.keepalived4j.config.build;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.tree.ConfigNode;
import org.keepalived4j.config.tree.Word;

/**
 * Reads script keywords as keepalived does. keepalived re-reads the raw line of a script keyword with single and
 * double quotes and backslash escapes ({@code alloc_strvec_quoted_escaped}), then splits the script word once more
 * into program and arguments ({@code set_script_params_array}). No shell is involved.
 *
 * <p>Two forms exist:
 * <ul>
 *   <li>{@code KEYWORD SCRIPT [USER [GROUP]]} ({@code notify_master}, {@code notify_up}, {@code quorum_up},
 *       {@code notify_fifo_script}, {@code startup_script}...; keepalived's {@code notify_script_init}):
 *       {@link #fromNode(ConfigNode, BuildContext, ScriptUse)} reads it and registers the script.</li>
 *   <li>{@code KEYWORD SCRIPT} where the user comes from another keyword ({@code vrrp_script}'s {@code script} +
 *       {@code user}, {@code MISC_CHECK}'s {@code misc_path} + {@code user}): {@link #commandFromNode} gives the
 *       words; build the {@link ScriptCommand} when the block is complete and pass it to {@link #register}.</li>
 * </ul>
 *
 * <pre>{@code
 * // vrrp_instance: notify_master "/etc/keepalived/master.sh 'VI 1'" root
 * ScriptCommand s = Scripts.fromNode(node, ctx, ScriptUse.VRRP_NOTIFY);   // [/etc/keepalived/master.sh, VI 1], root
 * // vrrp_script chk { script "killall -0 sshd"  user nobody }
 * List<String> cmd = Scripts.commandFromNode(scriptNode, ctx);            // [killall, -0, sshd]
 * Scripts.register(ctx, new ScriptCommand(cmd, "nobody", null, scriptNode.position()), ScriptUse.VRRP_TRACK, "chk");
 * }</pre>
 *
 * A {@code null} result means the problem was reported. The user and group are kept as names; whether they exist,
 * the default user and the file checks are {@link ScriptSecurity}'s job, after the whole config was read.
 */
public final class Scripts {

    private static final String WHITE_SPACE = " \t\f\n\r\013";

    private Scripts() {
    }

    /**
     * Reads {@code KEYWORD SCRIPT [USER [GROUP]]} and registers the script.
     *
     * @param node the statement
     * @param ctx  where problems and the script go
     * @param use  what the script is for
     * @return the script, or {@code null} if it could not be read (reported)
     */
    public static ScriptCommand fromNode(ConfigNode node, BuildContext ctx, ScriptUse use) {
        return fromNode(node, ctx, use, null);
    }

    /** As {@link #fromNode(ConfigNode, BuildContext, ScriptUse)}, naming the owner for messages. */
    public static ScriptCommand fromNode(ConfigNode node, BuildContext ctx, ScriptUse use, String owner) {
        List<String> line = splitLine(node, ctx);
        if (line == null) {
            ctx.report(ConfigErrorKind.NOTICE, node, "Unable to parse notify script");
            return null;
        }
        if (line.size() < 2) {
            GlobalArgs.required(node, 1, ctx);
            return null;
        }
        List<String> args = splitQuotedEscaped(line.get(1), ctx, node.position());
        if (args == null || args.isEmpty()) {
            ctx.report(ConfigErrorKind.NOTICE, node, "Unable to parse script '" + line.get(1) + "' - ignoring");
            return null;
        }
        String user = line.size() > 2 ? line.get(2) : null;
        String group = line.size() > 3 ? line.get(3) : null;
        return register(ctx, new ScriptCommand(args, user, group, node.position()), use, owner);
    }

    /** As {@link #fromNode(ConfigNode, BuildContext, ScriptUse)} with {@link ScriptUse#OTHER}. */
    public static ScriptCommand fromNode(ConfigNode node, BuildContext ctx) {
        return fromNode(node, ctx, ScriptUse.OTHER, null);
    }

    /**
     * Reads the command of {@code KEYWORD SCRIPT} (words after the script are ignored, as keepalived ignores them).
     * Does not register anything.
     *
     * @return the program and its arguments, or {@code null} if there is none (a quote problem is reported; a
     *         missing script is left to the caller, whose message depends on the block)
     */
    public static List<String> commandFromNode(ConfigNode node, BuildContext ctx) {
        List<String> line = splitLine(node, ctx);
        if (line == null || line.size() < 2) {
            return null;
        }
        List<String> args = splitQuotedEscaped(line.get(1), ctx, node.position());
        return args == null || args.isEmpty() ? null : args;
    }

    /**
     * A script as keepalived prints it in messages ({@code cmd_str}): every word in single quotes, except a first
     * word that is a redirection ({@code </dev/tcp/...}).
     */
    public static String commandString(List<String> args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            boolean quote = i > 0 || !(a.startsWith("<") || a.startsWith(">"));
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(quote ? "'" + a + "'" : a);
        }
        return sb.toString();
    }

    /** Registers a script assembled by the caller and returns it. */
    public static ScriptCommand register(BuildContext ctx, ScriptCommand script, ScriptUse use, String owner) {
        ctx.registerScript(script, use, owner);
        return script;
    }

    /** The statement's line re-split with quotes and escapes, starting at its keyword. */
    private static List<String> splitLine(ConfigNode node, BuildContext ctx) {
        String raw = node.line() != null ? node.line() : rebuild(node);
        List<String> words = splitQuotedEscaped(raw, ctx, node.position());
        if (words == null) {
            return null;
        }
        int k = words.indexOf(node.keyword());
        return k > 0 ? words.subList(k, words.size()) : words;
    }

    private static String rebuild(ConfigNode node) {
        StringBuilder sb = new StringBuilder(node.keyword());
        for (Word w : node.args()) {
            sb.append(' ');
            sb.append(w.quoted() ? '"' + w.text() + '"' : w.text());
        }
        return sb.toString();
    }

    /**
     * keepalived's {@code alloc_strvec_quoted_escaped}: splits {@code text} at white space outside quotes; single
     * and double quotes group and are removed; a backslash escapes the next character anywhere, with C escapes
     * ({@code \n \t \a \b \f \r \v \E}), octal ({@code \101}), hex ({@code \x41}) and control ({@code \cA}).
     *
     * @return the words (empty if there are none), or {@code null} on an unterminated quote or a trailing backslash
     *         (reported)
     */
    public static List<String> splitQuotedEscaped(String text, BuildContext ctx, SourcePosition at) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && WHITE_SPACE.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                break;
            }
            StringBuilder sb = new StringBuilder();
            char quote = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                    if (i >= n) {
                        ctx.report(ConfigErrorKind.NOTICE, at, "Missing escape char at end: '" + text + "'");
                        return null;
                    }
                    i = escape(text, i, sb);
                } else if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        sb.append(c);
                    }
                    i++;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                    i++;
                } else if (WHITE_SPACE.indexOf(c) >= 0) {
                    break;
                } else {
                    sb.append(c);
                    i++;
                }
            }
            if (quote != 0) {
                ctx.report(ConfigErrorKind.UNMATCHED_QUOTE, at, "String '" + text + "': missing terminating " + quote);
                return null;
            }
            words.add(sb.toString());
        }
        return words;
    }

    /** Reads the escape starting at {@code i} (just after the backslash); returns the index after it. */
    private static int escape(String s, int i, StringBuilder out) {
        int n = s.length();
        char c = s.charAt(i);
        if (c == 'x' && i + 1 < n && hex(s.charAt(i + 1)) >= 0) {
            int v = 0;
            i++;
            while (i < n && hex(s.charAt(i)) >= 0) {
                v = (v << 4 | hex(s.charAt(i))) & 0xff;
                i++;
            }
            out.append((char) v);
            return i;
        }
        if (c == 'c' && i + 1 < n) {
            out.append((char) (s.charAt(i + 1) & 0x1f));
            return i + 2;
        }
        if (c >= '0' && c <= '7') {
            int v = c - '0';
            i++;
            for (int k = 0; k < 2 && i < n && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++, i++) {
                v = (v << 3 | s.charAt(i) - '0') & 0xff;
            }
            out.append((char) v);
            return i;
        }
        out.append(switch (c) {
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 'E' -> '\u001b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> '\u000b';
            default -> c;
        });
        return i + 1;
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
