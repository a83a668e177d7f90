package org.keepalived4j.check.checker;

import io.netty.buffer.ByteBuf;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads an HTTP response the way keepalived's {@code check_http.c} does: the status code from the status line, then
 * the MD5 of every byte after the header block up to the end of the stream (the connection is closed by the server:
 * keepalived sends HTTP/1.0 or {@code Connection: close}). The body is digested as it arrives and never buffered, so
 * a large or endless body costs no memory; the caller's deadline bounds the time. The digest is over the raw bytes,
 * not de-chunked, exactly as keepalived's {@code genhash} computes it.
 *
 * <p>States: {@code STATUS_LINE} → {@code HEADERS} → {@code BODY} → {@code DONE}; a header block larger than
 * {@link #MAX_HEADER_BYTES} is {@code BAD}. Pure: the caller feeds it the bytes ({@link #consume}) and asks for the
 * result once, at end of stream or on a read error ({@link #finish}).
 */
final class HttpResponseReader {

    /** The most header bytes accepted before the body starts (keepalived's buffer is 4 KiB; we are more lenient). */
    static final int MAX_HEADER_BYTES = 64 * 1024;

    /** What was read. */
    record Response(boolean headersComplete, int statusCode, String md5Hex, long bodyBytes, long contentLength,
                    Throwable error) {
    }

    private enum State { STATUS_LINE, HEADERS, BODY, DONE, BAD }

    private final MessageDigest md5;
    private final StringBuilder line = new StringBuilder(128);
    private State state = State.STATUS_LINE;
    private int statusCode = -1;
    private long contentLength = -1;
    private long headerBytes;
    private long bodyBytes;

    /**
     * @param digest true to compute the MD5 of the body ({@link Response#md5Hex()} is null otherwise: a url without
     *               {@code digest} does not pay for it)
     */
    HttpResponseReader(boolean digest) {
        try {
            this.md5 = digest ? MessageDigest.getInstance("MD5") : null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }

    /**
     * Reads what {@code buf} holds (the buffer is left empty, not released).
     *
     * @return false once the header block is too large: the response is bad, stop reading
     */
    boolean consume(ByteBuf buf) {
        read(buf);
        if (state == State.BAD) {
            buf.skipBytes(buf.readableBytes());
            return false;
        }
        return state != State.DONE;
    }

    /** True once {@link #consume} refused a header block larger than {@link #MAX_HEADER_BYTES}. */
    boolean tooLarge() {
        return state == State.BAD;
    }

    private void read(ByteBuf buf) {
        while (buf.isReadable() && (state == State.STATUS_LINE || state == State.HEADERS)) {
            byte b = buf.readByte();
            if (++headerBytes > MAX_HEADER_BYTES) {
                state = State.BAD;
                return;
            }
            if (b != '\n') {
                if (b != '\r') {
                    line.append((char) (b & 0xff));
                }
                continue;
            }
            if (state == State.STATUS_LINE) {
                statusCode = parseStatus(line);
                state = State.HEADERS;
            } else if (line.isEmpty()) {
                state = State.BODY;
            } else {
                parseHeader(line);
            }
            line.setLength(0);
        }
        if (state == State.BODY && buf.isReadable()) {
            int n = buf.readableBytes();
            bodyBytes += n;
            if (md5 != null) {
                md5.update(buf.nioBuffer());
            }
            buf.skipBytes(n);
        }
    }

    /** keepalived's {@code extract_status_code}: the number after the first space of the status line. */
    static int parseStatus(CharSequence statusLine) {
        String s = statusLine.toString();
        if (!s.startsWith("HTTP/")) {
            return -1;
        }
        int sp = s.indexOf(' ');
        if (sp < 0) {
            return -1;
        }
        int i = sp + 1;
        int code = 0;
        int digits = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && digits < 4) {
            code = code * 10 + (s.charAt(i++) - '0');
            digits++;
        }
        return digits == 0 ? -1 : code;
    }

    private void parseHeader(CharSequence header) {
        String h = header.toString();
        int colon = h.indexOf(':');
        if (colon > 0 && h.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
            try {
                contentLength = Long.parseLong(h.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                contentLength = -1;
            }
        }
    }

    /**
     * The response as read so far, once: at end of stream ({@code error} null) or on a read error.
     *
     * @return null if already finished
     */
    Response finish(Throwable error) {
        if (state == State.DONE) {
            return null;
        }
        boolean complete = state == State.BODY;
        state = State.DONE;
        String hex = complete && md5 != null ? HexFormat.of().formatHex(md5.digest()) : null;
        return new Response(complete, statusCode, hex, bodyBytes, contentLength, error);
    }
}
