package org.keepalived4j.check.checker;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Reads an HTTP response the way keepalived's {@code check_http.c} does: the status code from the status line, then
 * the MD5 of the bytes after the header block up to the end of the stream (the connection is closed by the server:
 * keepalived sends HTTP/1.0 or {@code Connection: close}), but no more than a {@code Content-Length} given. The body is digested as it arrives and never buffered, so
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

    private static final String CONTENT_LENGTH = "content-length";

    private final MessageDigest md5;
    /** The header block so far, from the first byte of the response (copied in bulk, scanned for line ends). */
    private byte[] head = new byte[256];
    private int headLength;
    private int lineStart;
    private State state = State.STATUS_LINE;
    private int statusCode;
    private long contentLength = -1;
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
        if (state == State.STATUS_LINE || state == State.HEADERS) {
            readHeaders(buf);
        }
        if (state == State.BODY && buf.isReadable()) {
            int n = buf.readableBytes();
            if (md5 != null) {
                // keepalived digests no more than the Content-Length it was told, when it was told one.
                long left = contentLength < 0 ? n : Math.max(0, contentLength - bodyBytes);
                int digest = (int) Math.min(n, left);
                if (digest > 0) {
                    md5.update(buf.nioBuffer(buf.readerIndex(), digest));
                }
            }
            bodyBytes += n;
            buf.skipBytes(n);
        }
    }

    /**
     * Copies the bytes in one go (never more than one past {@link #MAX_HEADER_BYTES}), then handles each line that
     * ended in them; what follows the blank line is left in {@code buf} for the body.
     */
    private void readHeaders(ByteBuf buf) {
        int from = headLength;
        int n = Math.min(buf.readableBytes(), MAX_HEADER_BYTES + 1 - from);
        if (from + n > head.length) {
            head = Arrays.copyOf(head, Math.max(from + n, Math.min(2 * head.length, MAX_HEADER_BYTES + 1)));
        }
        buf.getBytes(buf.readerIndex(), head, from, n);
        int end = from + n;
        int i = from;
        while (i < end) {
            if (i >= MAX_HEADER_BYTES) {
                state = State.BAD;
                return;
            }
            if (head[i++] == '\n') {
                line(lineStart, i - 1);
                lineStart = i;
                if (state == State.BODY) {
                    break;
                }
            }
        }
        headLength = i;
        buf.skipBytes(i - from);
    }

    /**
     * One line of the header block, without its {@code \n}. The status line is read as it came (keepalived reads the
     * code from the raw buffer); in the other lines every {@code \r} is dropped.
     */
    private void line(int from, int to) {
        if (state == State.STATUS_LINE) {
            statusCode = parseStatus(head, from, to);
            state = State.HEADERS;
            return;
        }
        int end = from;
        for (int i = from; i < to; i++) {
            if (head[i] != '\r') {
                head[end++] = head[i];
            }
        }
        if (end == from) {
            state = State.BODY;
        } else {
            parseHeader(head, from, end);
        }
    }

    /**
     * keepalived's {@code extract_status_code} ({@code lib/html.c}): after the first space of the line (none before
     * a {@code \r}: no code), exactly three digits followed by a space; whatever the protocol name. Anything else
     * is code 0, which no {@code status_code} accepts: {@code HTTP/1.0 200} without a reason phrase, or a
     * four-digit code, fails the check as it does keepalived's.
     */
    static int parseStatus(byte[] line, int from, int to) {
        int i = from;
        while (i < to && line[i] != ' ' && line[i] != '\r') {
            i++;
        }
        if (i >= to || line[i] != ' ') {
            return 0;
        }
        i++;
        if (i + 3 >= to || line[i + 3] != ' ') {
            return 0;
        }
        int code = 0;
        for (int k = i; k < i + 3; k++) {
            if (line[k] < '0' || line[k] > '9') {
                return 0;
            }
            code = code * 10 + (line[k] - '0');
        }
        return code;
    }

    /** Keeps the {@code Content-Length}: a name compared without case, both sides trimmed as String.trim does. */
    private void parseHeader(byte[] b, int from, int to) {
        int colon = from;
        while (colon < to && b[colon] != ':') {
            colon++;
        }
        if (colon == from || colon == to) {
            return;
        }
        int s = from;
        int e = colon;
        while (s < e && (b[s] & 0xff) <= ' ') {
            s++;
        }
        while (e > s && (b[e - 1] & 0xff) <= ' ') {
            e--;
        }
        if (e - s != CONTENT_LENGTH.length()) {
            return;
        }
        for (int i = 0; i < CONTENT_LENGTH.length(); i++) {
            char want = CONTENT_LENGTH.charAt(i);
            int got = b[s + i] & 0xff;
            if (want >= 'a' && want <= 'z' ? (got | 0x20) != want : got != want) {
                return;
            }
        }
        String value = new String(b, colon + 1, to - colon - 1, StandardCharsets.ISO_8859_1);
        try {
            contentLength = Long.parseLong(value.trim());
        } catch (NumberFormatException ex) {
            contentLength = -1;
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
