package org.keepalived4j.config.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.SourcePosition;

/** Decimal numbers with a fixed number of decimals ({@code read_decimal_unsigned_strvec}, {@code read_timer}). */
class NumbersTest {

    private final Diagnostics diagnostics = new Diagnostics();
    private final BuildContext ctx = new BuildContext(ParseOptions.defaults(), diagnostics);
    private final SourcePosition at = new SourcePosition("k.conf", 7);

    private OptionalLong timer(String word) {
        return Numbers.readTimerUs(ctx, at, word, 0, 0);
    }

    @Test
    void wholeAndFractionalNumbersGiveTheSameScale() {
        assertEquals(OptionalLong.of(3_000_000), timer("3"));
        assertEquals(OptionalLong.of(7_000_000), timer("007"));
        assertEquals(OptionalLong.of(1_500_000), timer("1.5"));
        assertEquals(OptionalLong.of(0), timer("0"));
        assertEquals(OptionalLong.of(123_456_789_012_000_000L), timer("123456789012"));
        assertEquals(OptionalLong.of(1_234_567_890_123_000_000L), timer("1234567890123"));
        assertEquals(0, diagnostics.size(), diagnostics.toString());
    }

    @Test
    void badNumbersAreReported() {
        assertEquals(OptionalLong.of(1_234_568), timer("1.2345678"));
        assertEquals(OptionalLong.empty(), timer("-1"));
        assertEquals(OptionalLong.empty(), timer("99999999999999999999"));
        assertEquals(OptionalLong.empty(), timer("\u0663"));
        assertEquals(OptionalLong.empty(), Numbers.readDecimal(ctx, at, "12", 0, 11, 0));
        String all = diagnostics.toString();
        assertEquals(5, diagnostics.size(), all);
        assertTrue(all.contains("too many decimal places") && all.contains("negative number '-1'")
                && all.contains("outside unsigned decimal range") && all.contains("invalid number")
                && all.contains("number '12' outside range [0, 11]"), all);
    }
}
