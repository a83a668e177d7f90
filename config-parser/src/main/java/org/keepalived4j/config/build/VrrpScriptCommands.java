package org.keepalived4j.config.build;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * STAND-IN until parser-global's {@code Scripts} is merged (the lead switches the two calls below to
 * {@code Scripts.fromNode(node, ctx)}): turns a {@code notify_*} / {@code script} line into a {@link ScriptCommand}
 * the way keepalived's {@code notify_script_init} does: the first argument is the command, re-split into words
 * (quotes and backslash escapes honoured), the optional second and third are user and group. The script is
 * registered for the script-security check.
 */
final class VrrpScriptCommands {

    private VrrpScriptCommands() {
    }

    /** A notify script line; null (after a message) when it has no command. */
    static ScriptCommand notifyScript(ConfigNode node, BuildContext ctx) {
        if (node.argCount() < 1) {
            ctx.report(org.keepalived4j.config.ConfigErrorKind.MISSING_PARAMETER, node,
                    "Missing parameter for '" + node.keyword() + "'");
            return null;
        }
        List<String> args = split(node.arg(0));
        if (args.isEmpty()) {
            return null;
        }
        String user = node.argCount() > 1 ? node.arg(1) : null;
        String group = node.argCount() > 2 ? node.arg(2) : null;
        ScriptCommand c = new ScriptCommand(args, user, group, node.position());
        ctx.registerScript(c);
        return c;
    }

    /** The {@code script} line of a {@code vrrp_script}: only the command; the user comes from {@code user}. */
    static List<String> scriptWords(ConfigNode node) {
        return node.argCount() < 1 ? List.of() : split(node.arg(0));
    }

    /** Splits a command into words: blanks separate, double/single quotes group, backslash escapes. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < s.length()) {
                    w.append(s.charAt(++i));
                } else {
                    w.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < s.length()) {
                w.append(s.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            out.add(w.toString());
        }
        return out;
    }
}
