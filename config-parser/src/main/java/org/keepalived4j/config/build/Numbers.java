package org.keepalived4j.config.build;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.SourcePosition;

/**
 * Reads numbers as keepalived's parser reads them, with its messages ({@code invalid number '%s'},
 * {@code number '%s' outside range [%u, %u]}...). An empty result means a message was reported.
 */
public final class Numbers {

    /** keepalived's timer resolution: timers are read in micro-seconds (TIMER_HZ_DIGITS = 6). */
    public static final int TIMER_DIGITS = 6;

    private Numbers() {
    }

    /** An unsigned decimal integer within [min, max] ({@code read_unsigned}). */
    public static OptionalInt readUnsigned(BuildContext ctx, SourcePosition at, String word, long min, long max) {
        String s = word.stripLeading();
        if (s.startsWith("-")) {
            return fail(ctx, at, "negative number '" + word + "'");
        }
        if (s.isEmpty() || !allDigits(s, 0)) {
            return fail(ctx, at, "invalid number '" + word + "'");
        }
        if (s.length() > 10 || Long.parseLong(s) > 0xFFFF_FFFFL) {
            return fail(ctx, at, "number '" + word + "' outside unsigned integer range");
        }
        long v = Long.parseLong(s);
        if (v < min || v > max) {
            return fail(ctx, at, "number '" + word + "' outside range [" + min + ", " + max + "]");
        }
        return OptionalInt.of((int) v);
    }

    /** A signed decimal integer within [min, max] ({@code read_int}). */
    public static OptionalInt readInt(BuildContext ctx, SourcePosition at, String word, int min, int max) {
        String s = word.stripLeading();
        int start = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        if (s.length() == start || !allDigits(s, start)) {
            return fail(ctx, at, "invalid number '" + word + "'");
        }
        long v;
        try {
            v = Long.parseLong(s);
        } catch (NumberFormatException e) {
            return fail(ctx, at, "number '" + word + "' outside integer range");
        }
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            return fail(ctx, at, "number '" + word + "' outside integer range");
        }
        if (v < min || v > max) {
            return fail(ctx, at, "number '" + word + "' outside range [" + min + ", " + max + "]");
        }
        return OptionalInt.of((int) v);
    }

    /**
     * A non-negative decimal with up to {@code shift} decimal places, returned multiplied by 10^shift
     * ({@code read_decimal_unsigned}); min and max are in the returned unit. Too many decimal places is reported and
     * the value rounded, as keepalived does.
     */
    public static OptionalLong readDecimal(BuildContext ctx, SourcePosition at, String word, long min, long max,
                                           int shift) {
        return readDecimal(ctx, at, word, min, max, shift, null);
    }

    private static OptionalLong readDecimal(BuildContext ctx, SourcePosition at, String word, long min, long max,
                                            int shift, String maxText) {
        if (word.startsWith("-")) {
            ctx.report(ConfigErrorKind.INVALID_NUMBER, at, "negative number '" + word + "'");
            return OptionalLong.empty();
        }
        int dp = word.indexOf('.');
        if (dp < 0 && !word.isEmpty() && word.length() + shift <= 18 && allDigits(word, 0)) {
            // the common case, a plain whole number that fits: no strings put together
            long v = 0;
            for (int i = 0; i < word.length(); i++) {
                v = v * 10 + (word.charAt(i) - '0');
            }
            return inRange(ctx, at, word, v * pow10(shift), min, max, shift, maxText);
        }
        String intPart = dp < 0 ? word : word.substring(0, dp);
        String frac = dp < 0 ? "" : word.substring(dp + 1);
        boolean roundUp = false;
        if (frac.length() > shift) {
            ctx.report(ConfigErrorKind.INVALID_NUMBER, at, "number '" + word + "' has too many decimal places");
            roundUp = frac.charAt(shift) >= '5';
            frac = frac.substring(0, shift);
        }
        String digits = intPart + frac + "0".repeat(shift - frac.length());
        if (digits.isEmpty() || !allDigits(digits, 0)) {
            ctx.report(ConfigErrorKind.INVALID_NUMBER, at, "invalid number '" + word + "'");
            return OptionalLong.empty();
        }
        long v;
        try {
            v = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            ctx.report(ConfigErrorKind.INVALID_NUMBER, at, "number '" + word + "' outside unsigned decimal range");
            return OptionalLong.empty();
        }
        if (roundUp) {
            v++;
        }
        return inRange(ctx, at, word, v, min, max, shift, maxText);
    }

    private static OptionalLong inRange(BuildContext ctx, SourcePosition at, String word, long v, long min, long max,
                                        int shift, String maxText) {
        if (v < min || v > max) {
            long unit = pow10(shift);
            ctx.report(ConfigErrorKind.INVALID_NUMBER, at, "number '" + word + "' outside range ["
                    + fixed(min, unit, shift) + ", " + (maxText != null ? maxText : fixed(max, unit, shift)) + "]");
            return OptionalLong.empty();
        }
        return OptionalLong.of(v);
    }

    /** A time in seconds with up to 6 decimals, returned in micro-seconds ({@code read_timer}); max 0 = no limit. */
    public static OptionalLong readTimerUs(BuildContext ctx, SourcePosition at, String word, long minUs, long maxUs) {
        // keepalived's TIMER_MAXIMUM is ULONG_MAX - 1 micro-seconds; a long holds less, but its text is kept
        return maxUs == 0
                ? readDecimal(ctx, at, word, minUs, Long.MAX_VALUE - 1, TIMER_DIGITS, "18446744073709.551614")
                : readDecimal(ctx, at, word, minUs, maxUs, TIMER_DIGITS, null);
    }

    /**
     * keepalived's {@code check_true_false}: 1 for true/on/yes, 0 for false/off/no, -1 for anything else (the caller
     * reports, since keepalived's wording depends on the keyword).
     */
    public static int trueFalse(String word) {
        return switch (word) {
            case "true", "on", "yes" -> 1;
            case "false", "off", "no" -> 0;
            default -> -1;
        };
    }

    private static OptionalInt fail(BuildContext ctx, SourcePosition at, String msg) {
        ctx.report(ConfigErrorKind.INVALID_NUMBER, at, msg);
        return OptionalInt.empty();
    }

    private static boolean allDigits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static long pow10(int n) {
        long r = 1;
        for (int i = 0; i < n; i++) {
            r *= 10;
        }
        return r;
    }

    private static String fixed(long v, long unit, int shift) {
        if (shift == 0) {
            return Long.toString(v);
        }
        String f = Long.toString(v % unit);
        return v / unit + "." + "0".repeat(shift - f.length()) + f;
    }
}
