package org.keepalived4j.check.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The response parser as pure code: bytes in, in any split, the status and the digest out. */
class HttpResponseReaderTest {

    private static final String RESPONSE = "HTTP/1.1 200 OK\r\nContent-Length: 5\r\nServer: t\r\n\r\nhello";
    /** MD5 of "hello". */
    private static final String HELLO_MD5 = "5d41402abc4b2a76b9719d911017c592";

    private static ByteBuf bytes(String s) {
        return Unpooled.copiedBuffer(s, StandardCharsets.ISO_8859_1);
    }

    @Test
    void wholeResponseInOneRead() {
        HttpResponseReader r = new HttpResponseReader(true);
        ByteBuf b = bytes(RESPONSE);
        assertTrue(r.consume(b));
        assertFalse(b.isReadable(), "every byte is consumed");
        HttpResponseReader.Response resp = r.finish(null);
        assertTrue(resp.headersComplete());
        assertEquals(200, resp.statusCode());
        assertEquals(5, resp.contentLength());
        assertEquals(5, resp.bodyBytes());
        assertEquals(HELLO_MD5, resp.md5Hex());
        assertNull(resp.error());
        assertNull(r.finish(null), "the result is handed over once");
    }

    @Test
    void byteByByteGivesTheSameResult() {
        HttpResponseReader r = new HttpResponseReader(true);
        for (char c : RESPONSE.toCharArray()) {
            assertTrue(r.consume(bytes(String.valueOf(c))));
        }
        HttpResponseReader.Response resp = r.finish(null);
        assertEquals(200, resp.statusCode());
        assertEquals(HELLO_MD5, resp.md5Hex());
    }

    @Test
    void digestStopsAtTheContentLengthAsKeepalivedsDoes() {
        HttpResponseReader r = new HttpResponseReader(true);
        r.consume(bytes("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhel"));
        r.consume(bytes("lo and more"));
        HttpResponseReader.Response resp = r.finish(null);
        assertEquals(HELLO_MD5, resp.md5Hex(), "the bytes past the announced length are read, not digested");
        assertEquals(14, resp.bodyBytes());
    }

    @Test
    void withoutDigestNoMd5IsComputed() {
        HttpResponseReader r = new HttpResponseReader(false);
        r.consume(bytes(RESPONSE));
        HttpResponseReader.Response resp = r.finish(null);
        assertEquals(200, resp.statusCode());
        assertNull(resp.md5Hex());
        assertEquals(5, resp.bodyBytes());
    }

    @Test
    void streamEndingInTheHeadersIsIncomplete() {
        HttpResponseReader r = new HttpResponseReader(true);
        r.consume(bytes("HTTP/1.0 503 Service Unavailable\r\nContent-"));
        HttpResponseReader.Response resp = r.finish(null);
        assertFalse(resp.headersComplete());
        assertEquals(503, resp.statusCode());
        assertNull(resp.md5Hex());
    }

    @Test
    void readErrorIsCarried() {
        HttpResponseReader r = new HttpResponseReader(true);
        r.consume(bytes("HTTP/1.0 200 OK\r\n\r\npart"));
        IOException reset = new IOException("Connection reset by peer");
        HttpResponseReader.Response resp = r.finish(reset);
        assertSame(reset, resp.error());
        assertEquals(4, resp.bodyBytes());
    }

    @Test
    void oversizedHeaderBlockIsRefused() {
        HttpResponseReader r = new HttpResponseReader(false);
        String header = "X: " + "a".repeat(HttpResponseReader.MAX_HEADER_BYTES) + "\r\n";
        ByteBuf b = bytes("HTTP/1.0 200 OK\r\n" + header);
        assertFalse(r.consume(b));
        assertTrue(r.tooLarge());
        assertFalse(b.isReadable());
        assertFalse(r.finish(null).headersComplete());
    }

    private static int status(String line) {
        byte[] b = ("xx" + line + "yy").getBytes(StandardCharsets.ISO_8859_1);
        return HttpResponseReader.parseStatus(b, 2, b.length - 2);
    }

    @Test
    void headerLinesEndingInBareLineFeedsAndStrayCarriageReturns() {
        HttpResponseReader r = new HttpResponseReader(false);
        r.consume(bytes("HTTP/1.0 201 Created\ncontent-length :  7\r \r\n\n1234567"));
        HttpResponseReader.Response resp = r.finish(null);
        assertEquals(201, resp.statusCode());
        assertEquals(7, resp.contentLength(), "the name is compared without case, both sides trimmed");
        assertEquals(7, resp.bodyBytes());
    }

    @Test
    void headerBlockOfExactlyTheLimitIsAccepted() {
        String start = "HTTP/1.0 200 OK\r\nX: ";
        String block = start + "a".repeat(HttpResponseReader.MAX_HEADER_BYTES - start.length() - 4) + "\r\n\r\n";
        assertEquals(HttpResponseReader.MAX_HEADER_BYTES, block.length());
        HttpResponseReader r = new HttpResponseReader(false);
        assertTrue(r.consume(bytes(block + "body")));
        assertEquals(4, r.finish(null).bodyBytes());
        HttpResponseReader over = new HttpResponseReader(false);
        assertFalse(over.consume(bytes("X" + block)), "one byte more is refused");
    }

    @Test
    void statusLineParsing() {
        // keepalived's extract_status_code: three digits and a space after the first space, else 0 (a failure)
        assertEquals(200, status("HTTP/1.1 200 OK"));
        assertEquals(503, status("HTTP/1.0 503 "));
        assertEquals(200, status("ICY 200 OK"), "any protocol name");
        assertEquals(0, status("HTTP/1.0 404"), "no reason phrase: no space after the code");
        assertEquals(0, status("HTTP/1.0 404\r"));
        assertEquals(0, status("HTTP/1.0 2000 OK"), "four digits");
        assertEquals(0, status("HTTP/1.0  200 OK"), "two spaces");
        assertEquals(0, status("HTTP/1.0\r 200 OK"), "a carriage return before the first space");
        assertEquals(0, status("HTTP/1.1"));
        assertEquals(0, status("HTTP/1.1 abc OK"));
    }
}
