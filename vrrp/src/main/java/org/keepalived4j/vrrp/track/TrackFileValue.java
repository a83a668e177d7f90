package org.keepalived4j.vrrp.track;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.keepalived4j.config.model.vrrp.TrackFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@code track_file} as keepalived's {@code process_track_file}: the first 127 bytes, read as C's
 * {@code strtol(buf, NULL, 0)} (leading blanks, sign, {@code 0x} hex or leading-0 octal, digits up to the first
 * other character; nothing numeric reads as 0); a missing or empty file reads as 0; a number outside the 32-bit
 * range is ignored ("Invalid number ... - ignoring").
 */
public final class TrackFileValue {
    private static final Logger LOG = LoggerFactory.getLogger(TrackFileValue.class);

    private TrackFileValue() {
    }

    /** The value of the file, or empty when it must be ignored (the last value stays). */
    public static OptionalLong read(Path file) {
        byte[] buf = new byte[127];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(buf, 0, buf.length);
        } catch (NoSuchFileException e) {
            return OptionalLong.of(0);
        } catch (IOException e) {
            return OptionalLong.of(0);
        }
        long v = parse(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
        if (v < Integer.MIN_VALUE || v > (long) Integer.MAX_VALUE + 1) {
            LOG.info("Invalid number {} read from {} - ignoring", v, file);
            return OptionalLong.empty();
        }
        return OptionalLong.of(v);
    }

    /** C's {@code strtol(s, NULL, 0)}, saturating instead of overflowing. */
    public static long parse(String s) {
        int i = 0;
        int len = s.length();
        while (i < len && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        boolean neg = false;
        if (i < len && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int radix = 10;
        if (i + 1 < len && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                && i + 2 < len && Character.digit(s.charAt(i + 2), 16) >= 0) {
            radix = 16;
            i += 2;
        } else if (i < len && s.charAt(i) == '0') {
            radix = 8;
        }
        long v = 0;
        while (i < len) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) {
                break;
            }
            v = v * radix + d;
            if (v > Long.MAX_VALUE / 32) {
                break;
            }
            i++;
        }
        return neg ? -v : v;
    }

    /** {@code init_file}: writes the value when the file is missing, or always with {@code overwrite}. */
    public static void init(Path file, TrackFile.Init init) {
        if (init == null || (Files.exists(file) && !init.overwrite())) {
            return;
        }
        try {
            Files.writeString(file, init.value() + "\n");
        } catch (IOException e) {
            LOG.error("Unable to write track file {}: {}", file, e.getMessage());
        }
    }
}
