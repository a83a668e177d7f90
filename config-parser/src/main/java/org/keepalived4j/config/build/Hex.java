package org.keepalived4j.config.build;

import java.io.ByteArrayOutputStream;
import org.keepalived4j.config.model.lvs.HexPattern;

/**
 * keepalived's {@code read_hex_str}: hex digits, spaces allowed between bytes, a single digit followed by a space is
 * one byte; with wildcards, {@code x}/{@code X} nibbles match anything.
 */
final class Hex {

    private static final int BAD = 0xff;
    private static final int WILD = 0xfe;

    private Hex() {
    }

    /** The bytes, or {@code null} when the string is invalid or empty. */
    static HexPattern read(String s, boolean allowWildcard) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ByteArrayOutputStream mask = new ByteArrayOutputStream();
        boolean usingMask = false;
        int i = 0;
        int n = s.length();
        while (true) {
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int v = val(s.charAt(i++), allowWildcard);
            if (v == BAD) {
                return null;
            }
            int m = 0;
            if (v == WILD) {
                v = 0;
                m = 0x0f;
                usingMask = true;
            }
            if (i < n && s.charAt(i) != ' ') {
                int hi = v << 4;
                m <<= 4;
                v = val(s.charAt(i++), allowWildcard);
                if (v == BAD) {
                    return null;
                }
                if (v == WILD) {
                    v = 0;
                    m |= 0x0f;
                    usingMask = true;
                }
                v |= hi;
            }
            data.write(v);
            mask.write(m);
        }
        if (data.size() == 0) {
            return null;
        }
        return new HexPattern(data.toByteArray(), usingMask ? mask.toByteArray() : null);
    }

    private static int val(char c, boolean allowWildcard) {
        int d = Character.digit(c, 16);
        if (d >= 0 && c < 128) {
            return d;
        }
        if (allowWildcard && (c == 'x' || c == 'X')) {
            return WILD;
        }
        return BAD;
    }
}
