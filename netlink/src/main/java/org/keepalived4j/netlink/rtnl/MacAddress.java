package org.keepalived4j.netlink.rtnl;

import java.util.HexFormat;

/**
 * A 48-bit Ethernet address, e.g. keepalived's VMAC {@code 00:00:5e:00:01:<VRID>} (RFC 5798 §7.3).
 *
 * @param value the address in the low 48 bits
 */
public record MacAddress(long value) {
    /** @throws IllegalArgumentException when bits above 48 are set */
    public MacAddress {
        if ((value & ~0xffff_ffff_ffffL) != 0) {
            throw new IllegalArgumentException("not a 48-bit MAC address: " + Long.toHexString(value));
        }
    }

    /** @param bytes 6 bytes, first on the wire first @return the address */
    public static MacAddress of(byte[] bytes) {
        if (bytes.length != 6) {
            throw new IllegalArgumentException("a MAC address has 6 bytes, not " + bytes.length);
        }
        long v = 0;
        for (byte b : bytes) {
            v = (v << 8) | (b & 0xff);
        }
        return new MacAddress(v);
    }

    /**
     * @param text {@code aa:bb:cc:dd:ee:ff} (or with {@code -})
     * @return the address
     * @throws IllegalArgumentException when malformed
     */
    public static MacAddress parse(String text) {
        String[] parts = text.split("[:-]");
        if (parts.length != 6) {
            throw new IllegalArgumentException("invalid MAC address: " + text);
        }
        byte[] b = new byte[6];
        for (int i = 0; i < 6; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 2) {
                throw new IllegalArgumentException("invalid MAC address: " + text);
            }
            b[i] = (byte) HexFormat.fromHexDigits(parts[i]);
        }
        return of(b);
    }

    /** @return the 6 bytes */
    public byte[] bytes() {
        byte[] b = new byte[6];
        for (int i = 0; i < 6; i++) {
            b[i] = (byte) (value >>> (40 - 8 * i));
        }
        return b;
    }

    @Override
    public String toString() {
        return HexFormat.ofDelimiter(":").formatHex(bytes());
    }
}
