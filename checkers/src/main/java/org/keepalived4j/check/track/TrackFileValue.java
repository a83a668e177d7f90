package org.keepalived4j.check.track;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The number in a {@code track_file}, read as keepalived's {@code process_track_file} reads it: at most the first 127
 * bytes, parsed as C's {@code strtol(buf, NULL, 0)} (leading white space, an optional sign, {@code 0x} for hex, a
 * leading {@code 0} for octal, digits up to the first other character; no digits read as 0). A file that is missing,
 * unreadable or empty reads as 0. A number outside -2^31..2^31 is ignored (the previous value stays) and logged as
 * keepalived logs it.
 */
public final class TrackFileValue {

    /** keepalived reads into a 128-byte buffer, NUL-terminated. */
    static final int MAX_BYTES = 127;

    private TrackFileValue() {
    }

    /**
     * Reads the file (blocking: call it off the event loop).
     *
     * @param file the file
     * @param log  gets keepalived's line when the number is out of range
     * @return the value, or empty when it is to be ignored
     */
    public static OptionalLong read(Path file, java.util.function.Consumer<String> log) {
        byte[] buf = new byte[MAX_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(buf, 0, buf.length);
        } catch (IOException e) {
            return OptionalLong.of(0); // keepalived: open() failed, the value is 0
        }
        String text = new String(buf, 0, n, StandardCharsets.ISO_8859_1);
        long v = strtol(text);
        if (v == Long.MIN_VALUE || v == Long.MAX_VALUE || v < Integer.MIN_VALUE || v > (long) Integer.MAX_VALUE + 1) {
            log.accept("Invalid number " + v + " read from " + file + " - ignoring");
            return OptionalLong.empty();
        }
        return OptionalLong.of(v);
    }

    /**
     * C's {@code strtol(s, NULL, 0)}: on overflow the result saturates at {@link Long#MAX_VALUE} or
     * {@link Long#MIN_VALUE} (where C sets {@code ERANGE}).
     */
    public static long strtol(String s) {
        int i = 0;
        int len = s.length();
        while (i < len && isSpace(s.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < len && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int radix = 10;
        if (i + 2 < len && s.charAt(i) == '0' && (s.charAt(i + 1) | 0x20) == 'x'
                && Character.digit(s.charAt(i + 2), 16) >= 0) {
            radix = 16;
            i += 2;
        } else if (i < len && s.charAt(i) == '0') {
            radix = 8;
        }
        long magnitude = 0;
        boolean overflow = false;
        for (; i < len; i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0 || s.charAt(i) > 0x7f) {
                break;
            }
            if (magnitude > (Long.MAX_VALUE - d) / radix) {
                overflow = true;
            } else {
                magnitude = magnitude * radix + d;
            }
        }
        if (overflow) {
            return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return negative ? -magnitude : magnitude;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
