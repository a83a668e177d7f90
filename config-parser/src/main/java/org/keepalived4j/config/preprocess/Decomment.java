package org.keepalived4j.config.preprocess;

import java.util.function.Consumer;

/**
 * Comment removal as keepalived's {@code decomment()} does it (lib/parser.c), applied to every line read and again
 * after definitions were expanded.
 *
 * <ul>
 *   <li>leading blanks (space, tab) go;</li>
 *   <li>{@code !} or {@code #} starts a comment unless it stands inside double quotes; a quote inside the comment
 *       no longer counts;</li>
 *   <li>{@code \#} and {@code \!} outside quotes lose the backslash and are kept as text; any other backslash keeps
 *       itself and the character after it;</li>
 *   <li>a backslash at the very end of the line (even inside a comment) is kept: the comment and the blanks before
 *       the backslash are removed, the backslash stays. So a comment line ending in {@code \} becomes the line
 *       {@code \} (keepalived then reports {@code Unknown keyword '\'}), and {@code key value \} becomes
 *       {@code key value\};</li>
 *   <li>trailing blanks go;</li>
 *   <li>an odd number of quotes before the comment gives {@code Unterminated quote '...'}.</li>
 * </ul>
 */
final class Decomment {

    private Decomment() {
    }

    /**
     * Removes comments from one line.
     *
     * @param line         the line, without its line end
     * @param unterminated receives the message text when a quote is left open
     * @return the line without comments and surrounding blanks
     */
    static String apply(String line, Consumer<String> unterminated) {
        int start = 0;
        while (start < line.length() && isBlank(line.charAt(start))) {
            start++;
        }
        if (plain(line, start)) {
            int end = line.length();
            while (end > start && isBlank(line.charAt(end - 1))) {
                end--;
            }
            return line.substring(start, end);
        }
        StringBuilder sb = new StringBuilder(line.length() - start).append(line, start, line.length());
        boolean quote = false;
        boolean cont = false;
        int skip = -1;
        int i = 0;
        while (i < sb.length()) {
            char c = sb.charAt(i);
            if (c == '"') {
                if (skip < 0) {
                    quote = !quote;
                }
                i++;
            } else if (c == '\\') {
                if (i + 1 < sb.length()) {
                    char next = sb.charAt(i + 1);
                    if (!quote && (next == '#' || next == '!')) {
                        sb.deleteCharAt(i);
                        i++;
                    } else {
                        i += 2;
                    }
                } else {
                    sb.setLength(i);
                    cont = true;
                    break;
                }
            } else if (c == '!' || c == '#') {
                if (!quote && skip < 0) {
                    skip = i;
                }
                i++;
            } else {
                i++;
            }
        }
        if (quote) {
            unterminated.accept("Unterminated quote '" + sb + "'");
        }
        if (skip >= 0) {
            sb.setLength(skip);
        }
        int end = sb.length();
        while (end > 0 && isBlank(sb.charAt(end - 1))) {
            end--;
        }
        sb.setLength(end);
        if (cont) {
            sb.append('\\');
        }
        return sb.toString();
    }

    /** True if nothing from {@code start} on needs more than trimming: no quote, backslash or comment character. */
    private static boolean plain(String line, int start) {
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' || c == '\\' || c == '!' || c == '#') {
                return false;
            }
        }
        return true;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
