package org.keepalived4j.config.preprocess;

/**
 * The few C string helpers keepalived's reader leans on ({@code strspn}, {@code strcspn}, {@code strtol}), on Java
 * strings where the end of the string plays the part of C's terminating NUL.
 */
final class CText {

    private CText() {
    }

    /** The character at {@code i}, or NUL past the end. */
    static char at(CharSequence s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : '\0';
    }

    /** Length of the run of characters from {@code set} starting at {@code from}. */
    static int spn(CharSequence s, int from, String set) {
        int i = from;
        while (i < s.length() && set.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return i - from;
    }

    /** Length of the run of characters not in {@code set} starting at {@code from}. */
    static int cspn(CharSequence s, int from, String set) {
        int i = from;
        while (i < s.length() && set.indexOf(s.charAt(i)) < 0) {
            i++;
        }
        return i - from;
    }

    static boolean isAlpha(char c) {
        return c < 128 && Character.isLetter(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAlnum(char c) {
        return isAlpha(c) || isDigit(c);
    }

    /** C's {@code isspace} in the "C" locale. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /**
     * C's {@code strtol(s + from, &end, 0)}: leading white space, a sign, then a decimal, {@code 0x} hexadecimal or
     * {@code 0} octal number; saturates on overflow.
     *
     * @return {value, end index}; end is {@code from} when no digits were found
     */
    static long[] strtol(CharSequence s, int from) {
        int i = from;
        while (isSpace(at(s, i))) {
            i++;
        }
        boolean negative = false;
        if (at(s, i) == '+' || at(s, i) == '-') {
            negative = at(s, i) == '-';
            i++;
        }
        int base = 10;
        if (at(s, i) == '0' && (at(s, i + 1) == 'x' || at(s, i + 1) == 'X') && Character.digit(at(s, i + 2), 16) >= 0) {
            base = 16;
            i += 2;
        } else if (at(s, i) == '0') {
            base = 8;
        }
        int digitsStart = i;
        long value = 0;
        boolean overflow = false;
        while (true) {
            int d = Character.digit(at(s, i), base);
            if (d < 0 || at(s, i) > 127) {
                break;
            }
            if (value > (Long.MAX_VALUE - d) / base) {
                overflow = true;
            } else {
                value = value * base + d;
            }
            i++;
        }
        if (i == digitsStart) {
            return new long[] {0, from};
        }
        if (overflow) {
            return new long[] {negative ? Long.MIN_VALUE : Long.MAX_VALUE, i};
        }
        return new long[] {negative ? -value : value, i};
    }
}
