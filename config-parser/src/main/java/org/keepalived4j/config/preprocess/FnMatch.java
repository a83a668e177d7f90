package org.keepalived4j.config.preprocess;

/**
 * Matching of one file name against one path component of a glob pattern, as {@code fnmatch(3)} with
 * {@code FNM_PERIOD}: {@code *}, {@code ?}, bracket expressions ({@code [a-z]}, {@code [!x]}, {@code [^x]}), and
 * {@code \} quoting; a leading {@code .} of the name must be matched by a literal {@code .}.
 */
final class FnMatch {

    private FnMatch() {
    }

    static boolean matches(String pattern, String name) {
        if (name.startsWith(".") && !pattern.startsWith(".") && !pattern.startsWith("\\.")) {
            return false;
        }
        return match(pattern, 0, name, 0);
    }

    private static boolean match(String p, int pi, String s, int si) {
        int starP = -1;
        int starS = -1;
        while (si < s.length()) {
            if (pi < p.length()) {
                char pc = p.charAt(pi);
                if (pc == '*') {
                    starP = ++pi;
                    starS = si;
                    continue;
                }
                int consumed = single(p, pi, s.charAt(si));
                if (consumed > 0) {
                    pi += consumed;
                    si++;
                    continue;
                }
            }
            if (starP < 0) {
                return false;
            }
            pi = starP;
            si = ++starS;
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }

    /** Pattern characters consumed when the element at {@code pi} matches {@code c}; 0 when it does not. */
    private static int single(String p, int pi, char c) {
        char pc = p.charAt(pi);
        if (pc == '?') {
            return 1;
        }
        if (pc == '\\' && pi + 1 < p.length()) {
            return p.charAt(pi + 1) == c ? 2 : 0;
        }
        if (pc == '[') {
            int end = bracketEnd(p, pi);
            if (end > 0) {
                return bracketMatches(p, pi, end, c) ? end - pi + 1 : 0;
            }
        }
        return pc == c ? 1 : 0;
    }

    /** Index of the {@code ]} closing the bracket expression at {@code pi}, or -1. */
    private static int bracketEnd(String p, int pi) {
        int i = pi + 1;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++;
        }
        for (; i < p.length(); i++) {
            if (p.charAt(i) == ']') {
                return i;
            }
        }
        return -1;
    }

    private static boolean bracketMatches(String p, int pi, int end, char c) {
        int i = pi + 1;
        boolean negate = false;
        if (p.charAt(i) == '!' || p.charAt(i) == '^') {
            negate = true;
            i++;
        }
        boolean found = false;
        while (i < end) {
            char lo = p.charAt(i);
            if (i + 2 < end && p.charAt(i + 1) == '-') {
                char hi = p.charAt(i + 2);
                if (c >= lo && c <= hi) {
                    found = true;
                }
                i += 3;
            } else {
                if (c == lo) {
                    found = true;
                }
                i++;
            }
        }
        return found != negate;
    }
}
