package org.keepalived4j.config.preprocess;

import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One entry of keepalived's include stack ({@code include_file_t}): the files one {@code include} (or the main
 * configuration) matched, the one being read and where in it.
 */
final class IncludeFrame {

    /** keepalived's {@code MAXBUF}: {@code fgets} hands over at most this many bytes less one per call. */
    static final int MAXBUF = LineReader.MAXBUF;

    final String pattern;
    final int includeType;
    final int savedIncludeCheck;
    /** The directory the pattern was resolved in (keepalived's working directory at the include). */
    final Path dir;
    final List<String> matches;
    int globNext;
    int numMatches;
    /** The name keepalived puts in messages, or null when it names no file (a lone main configuration file). */
    String currentFileName;
    /** The name for positions: {@link #currentFileName}, or the main file's name as given. */
    String displayName;
    int lineNo;
    /** The directory of the file being read: relative includes in it resolve here. */
    Path fileDir;
    /** The real path of the file being read, for loop detection; null for text given in memory. */
    Path realPath;
    private byte[] data;
    private int pos;

    IncludeFrame(String pattern, int includeType, int savedIncludeCheck, Path dir, List<String> matches) {
        this.pattern = pattern;
        this.includeType = includeType;
        this.savedIncludeCheck = savedIncludeCheck;
        this.dir = dir;
        this.matches = matches;
        this.displayName = pattern;
        this.fileDir = dir;
    }

    /** Starts reading one file's bytes. */
    void open(byte[] bytes) {
        this.data = bytes;
        this.pos = 0;
        this.lineNo = 0;
    }

    boolean isOpen() {
        return data != null;
    }

    void close() {
        data = null;
    }

    /**
     * The next piece of the file as {@code fgets(buf, MAXBUF, ...)} gives it: up to the end of the line or
     * {@code MAXBUF - 1} bytes, whichever comes first, cut at a NUL byte as C's string functions cut it; the line count
     * moves on only when the piece ends with a newline, as keepalived counts.
     *
     * @return the piece without its line end, or null at the end of the file
     */
    String nextPiece() {
        if (data == null || pos >= data.length) {
            return null;
        }
        int start = pos;
        int limit = Math.min(data.length, start + MAXBUF - 1);
        int end = start;
        while (end < limit) {
            if (data[end++] == '\n') {
                break;
            }
        }
        pos = end;
        int len = end - start;
        for (int i = start; i < end; i++) {
            if (data[i] == 0) {
                len = i - start;
                break;
            }
        }
        if (len > 0 && data[start + len - 1] == '\n') {
            lineNo++;
            len--;
        }
        while (len > 0 && (data[start + len - 1] == '\n' || data[start + len - 1] == '\r')) {
            len--;
        }
        return decode(data, start, len);
    }

    private static String decode(byte[] b, int off, int len) {
        boolean ascii = true;
        for (int i = off; i < off + len; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return d.decode(ByteBuffer.wrap(b, off, len)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
    }
}
