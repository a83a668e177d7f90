package org.keepalived4j.config.model.lvs;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Bytes written in hex in the config ({@code payload}, {@code require_reply}), possibly with wildcard nibbles
 * ({@code x}/{@code X} in {@code require_reply}) that match anything.
 *
 * @param data the bytes (wildcard nibbles are 0)
 * @param mask one byte per data byte: set bits are wildcards; {@code null} when there is no wildcard
 */
public record HexPattern(byte[] data, byte[] mask) {

    public HexPattern {
        data = data.clone();
        mask = mask == null ? null : mask.clone();
        if (mask != null && mask.length != data.length) {
            throw new IllegalArgumentException("mask length " + mask.length + " != data length " + data.length);
        }
    }

    /** A copy of the bytes. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /** A copy of the mask, or {@code null}. */
    @Override
    public byte[] mask() {
        return mask == null ? null : mask.clone();
    }

    /** Number of bytes. */
    public int length() {
        return data.length;
    }

    /** True if {@code received} starts with this pattern (wildcard nibbles match anything). */
    public boolean matchesPrefixOf(byte[] received) {
        if (received.length < data.length) {
            return false;
        }
        for (int i = 0; i < data.length; i++) {
            int m = mask == null ? 0 : mask[i] & 0xff;
            if (((received[i] ^ data[i]) & ~m & 0xff) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HexPattern p && Arrays.equals(data, p.data) && Arrays.equals(mask, p.mask);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(data), Arrays.hashCode(mask));
    }

    @Override
    public String toString() {
        return "HexPattern[" + HexFormat.of().formatHex(data)
                + (mask == null ? "" : " mask " + HexFormat.of().formatHex(mask)) + "]";
    }
}
