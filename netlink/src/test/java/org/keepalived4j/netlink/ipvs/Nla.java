package org.keepalived4j.netlink.ipvs;

import java.util.HexFormat;

/**
 * Builds expected netlink attribute bytes as hex, independently of the production writer: header (length
 * little-endian, type little-endian), payload, zero padding to 4 bytes.
 */
final class Nla {
    private Nla() {
    }

    static String attr(int type, String payloadHex) {
        String p = payloadHex.replaceAll("[\\s|]", "");
        int len = 4 + p.length() / 2;
        return le16(len) + le16(type) + p + "00".repeat((4 - len % 4) % 4);
    }

    static String nest(int type, String... children) {
        String body = String.join("", children);
        return le16(4 + body.length() / 2) + le16(type | 0x8000) + body;
    }

    static String u8(int type, int v) {
        return attr(type, String.format("%02x", v));
    }

    static String u16(int type, int v) {
        return attr(type, le16(v));
    }

    static String be16(int type, int v) {
        return attr(type, String.format("%04x", v));
    }

    static String u32(int type, long v) {
        return attr(type, le32(v));
    }

    static String u64(int type, long v) {
        return attr(type, le32(v & 0xFFFFFFFFL) + le32(v >>> 32));
    }

    static String string(int type, String s) {
        return attr(type, HexFormat.of().formatHex(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "00");
    }

    static String le16(int v) {
        return String.format("%02x%02x", v & 0xFF, (v >> 8) & 0xFF);
    }

    static String le32(long v) {
        return le16((int) (v & 0xFFFF)) + le16((int) ((v >> 16) & 0xFFFF));
    }

    /**
     * A whole generic netlink message: nlmsghdr (length, type, flags, seq, pid) + genlmsghdr (cmd, version 1).
     */
    static String message(int type, int flags, int seq, int cmd, String attrs) {
        String body = String.format("%02x", cmd) + "01" + "0000" + attrs.replaceAll("[\\s|]", "");
        return le32(16 + body.length() / 2) + le16(type) + le16(flags) + le32(seq) + le32(0) + body;
    }
}
