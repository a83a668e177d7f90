package org.keepalived4j.config.build;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * Small readers shared by the global keyword handlers, worded as keepalived words them. Indexes are keepalived's
 * {@code strvec} indexes: 0 is the keyword, 1 the first argument.
 */
final class GlobalArgs {

    /** keepalived's TIMER_HZ: timers are micro-seconds. */
    static final long TIMER_HZ = 1_000_000L;
    /** C's UINT_MAX. */
    static final long UINT_MAX = 0xFFFF_FFFFL;

    private GlobalArgs() {
    }

    /** True if the statement has word {@code index} (keyword = 0). */
    static boolean has(ConfigNode node, int index) {
        return index >= 1 && index <= node.argCount();
    }

    /** Word {@code index} (keyword = 0), or {@code null} if the line is shorter. */
    static String word(ConfigNode node, int index) {
        return index == 0 ? node.keyword() : has(node, index) ? node.arg(index - 1) : null;
    }

    /**
     * Word {@code index}, which keepalived reads without checking that it is there: when missing, report what
     * keepalived reports before it gives up on the configuration ({@code null_strvec}) and return {@code null}.
     */
    static String required(ConfigNode node, int index, BuildContext ctx) {
        if (has(node, index)) {
            return node.arg(index - 1);
        }
        String previous = word(node, index - 1);
        String msg = previous != null
                ? "*** Configuration line starting `" + node.keyword() + "` is missing a parameter after keyword `"
                        + previous + "` at word position " + (index + 1)
                : "*** Configuration line starting `" + node.keyword() + "` is missing a parameter at word position "
                        + (index + 1);
        ctx.report(ConfigErrorKind.MISSING_PARAMETER, node, msg);
        return null;
    }

    /** keepalived's read_unsigned_strvec on a word that must be there; empty when reported. */
    static OptionalLong unsigned(ConfigNode node, int index, long min, long max, BuildContext ctx) {
        String w = required(node, index, ctx);
        return w == null ? OptionalLong.empty() : unsigned(node, w, min, max, ctx);
    }

    /** keepalived's read_unsigned on a word; empty when reported. */
    static OptionalLong unsigned(ConfigNode node, String w, long min, long max, BuildContext ctx) {
        OptionalInt r = Numbers.readUnsigned(ctx, node.position(), w, min, max);
        return r.isPresent() ? OptionalLong.of(Integer.toUnsignedLong(r.getAsInt())) : OptionalLong.empty();
    }

    /** keepalived's read_int_strvec on a word that must be there; empty when reported. */
    static OptionalInt signed(ConfigNode node, int index, int min, int max, BuildContext ctx) {
        String w = required(node, index, ctx);
        return w == null ? OptionalInt.empty() : Numbers.readInt(ctx, node.position(), w, min, max);
    }

    /** keepalived's read_decimal_unsigned_strvec with micro-second resolution; empty when reported. */
    static OptionalLong decimalUs(ConfigNode node, int index, long minUs, long maxUs, BuildContext ctx) {
        String w = required(node, index, ctx);
        return w == null ? OptionalLong.empty()
                : Numbers.readDecimal(ctx, node.position(), w, minUs, maxUs, Numbers.TIMER_DIGITS);
    }

    /**
     * An optional boolean argument (keepalived's {@code check_true_false}): no argument means true; an invalid one
     * is reported with {@code invalidMessage} and gives {@code null}.
     */
    static Boolean optionalTrue(ConfigNode node, BuildContext ctx, String invalidMessage) {
        if (!has(node, 1)) {
            return Boolean.TRUE;
        }
        int r = Numbers.trueFalse(node.arg(0));
        if (r < 0) {
            ctx.error(node, invalidMessage);
            return null;
        }
        return r == 1;
    }

    /** The usual wording of an invalid boolean: {@code Invalid value 'x' for global KEYWORD specified}. */
    static Boolean globalBool(ConfigNode node, BuildContext ctx) {
        return optionalTrue(node, ctx, "Invalid value '" + word(node, 1) + "' for global " + node.keyword()
                + " specified");
    }

    /** Seconds as a Duration. */
    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }

    /** Micro-seconds as a Duration. */
    static Duration micros(long us) {
        return Duration.ofNanos(us * 1000);
    }

    /**
     * Reports that keepalived4j reads a keyword but does not act on it yet ({@link ConfigErrorKind#NOTICE}, the same
     * text as {@link KeywordTable#supportedLater}).
     */
    static void notSupported(ConfigNode node, BuildContext ctx, String what) {
        ctx.report(ConfigErrorKind.NOTICE, node,
                "'" + node.keyword() + "' (" + what + ") is recognised but not supported yet by keepalived4j - ignored");
    }

    /** keepalived's log_message (not shown by {@code -t}): kept as a NOTICE so nothing is silent. */
    static void info(ConfigNode node, BuildContext ctx, String message) {
        ctx.report(ConfigErrorKind.NOTICE, node, message);
    }
}
