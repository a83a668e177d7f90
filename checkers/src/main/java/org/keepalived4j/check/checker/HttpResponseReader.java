package org.keepalived4j.check.checker;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Reads an HTTP response the way keepalived's {@code check_http.c} does: the status code from the status line, then
 * the MD5 of every byte after the header block up to the end of the stream (the connection is closed by the server:
 * keepalived sends HTTP/1.0 or {@code Connection: close}). The body is digested as it arrives and never buffered, so
 * a large or endless body costs no memory; the caller's deadline bounds the time. The digest is over the raw bytes,
 * not de-chunked, exactly as keepalived's {@code genhash} computes it.
 *
 * <p>States: {@code STATUS_LINE} → {@code HEADERS} → {@code BODY} → {@code DONE}; a header block larger than
 * {@link #MAX_HEADER_BYTES} is {@code BAD}. The result is handed over once, on end of stream or on a read error.
 */
final class HttpResponseReader extends ChannelInboundHandlerAdapter {

    /** The most header bytes accepted before the body starts (keepalived's buffer is 4 KiB; we are more lenient). */
    static final int MAX_HEADER_BYTES = 64 * 1024;

    /** What was read. */
    record Response(boolean headersComplete, int statusCode, String md5Hex, long bodyBytes, long contentLength,
                    Throwable error) {
    }

    private enum State { STATUS_LINE, HEADERS, BODY, DONE, BAD }

    private final Consumer<Response> onDone;
    private final MessageDigest md5;
    private final StringBuilder line = new StringBuilder(128);
    private State state = State.STATUS_LINE;
    private int statusCode = -1;
    private long contentLength = -1;
    private long headerBytes;
    private long bodyBytes;

    HttpResponseReader(Consumer<Response> onDone) {
        this(true, onDone);
    }

    /**
     * @param digest true to compute the MD5 of the body ({@link Response#md5Hex()} is null otherwise: a url without
     *               {@code digest} does not pay for it)
     * @param onDone gets the response
     */
    HttpResponseReader(boolean digest, Consumer<Response> onDone) {
        this.onDone = onDone;
        try {
            this.md5 = digest ? MessageDigest.getInstance("MD5") : null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf buf)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            consume(buf);
        } finally {
            buf.release();
        }
        if (state == State.BAD) {
            finish(new IllegalStateException("HTTP header block larger than " + MAX_HEADER_BYTES + " bytes"));
            ctx.close();
        }
    }

    private void consume(ByteBuf buf) {
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

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        finish(null);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        finish(cause);
        ctx.close();
    }

    private void finish(Throwable error) {
        if (state == State.DONE) {
            return;
        }
        boolean complete = state == State.BODY;
        state = State.DONE;
        String hex = complete && md5 != null ? HexFormat.of().formatHex(md5.digest()) : null;
        onDone.accept(new Response(complete, statusCode, hex, bodyBytes, contentLength, error));
    }
}
