package org.keepalived4j.config.preprocess;

import java.util.List;

/**
 * keepalived's {@code include_check_set} (global_defs {@code include_check [+|-]read|match|wildcard_match|brace_match
 * ...}): which include problems are errors for the includes that follow. Without words, all of them.
 *
 * <p>Only the effect on later includes lives here; the keyword's own messages belong to the global_defs keyword
 * handler of the model builder.
 */
final class IncludeCheck {

    private IncludeCheck() {
    }

    /**
     * The new include check value.
     *
     * @param current the value before
     * @param words   the statement's words, {@code include_check} first
     */
    static int apply(int current, List<String> words) {
        int all = IncludeStack.INCLUDE_R | IncludeStack.INCLUDE_M | IncludeStack.INCLUDE_W | IncludeStack.INCLUDE_B;
        if (words.size() <= 1) {
            return all;
        }
        int check = current;
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            int mode = 0;
            int offset = 1;
            if (word.startsWith("-")) {
                mode = -1;
            } else if (word.startsWith("+")) {
                mode = 1;
            } else {
                offset = 0;
                if (i == 1) {
                    check = 0;
                } else {
                    continue;
                }
            }
            int flag = switch (word.substring(offset)) {
                case "read" -> IncludeStack.INCLUDE_R;
                case "match" -> IncludeStack.INCLUDE_M;
                case "wildcard_match" -> IncludeStack.INCLUDE_W;
                case "brace_match" -> IncludeStack.INCLUDE_B;
                default -> 0;
            };
            if (flag != 0) {
                if (mode == 0) {
                    check = IncludeStack.INCLUDE_R | flag;
                } else if (mode == 1) {
                    check |= flag;
                } else {
                    check &= ~flag;
                }
            }
        }
        return check;
    }
}
