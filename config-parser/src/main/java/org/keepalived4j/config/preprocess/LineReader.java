package org.keepalived4j.config.preprocess;

import java.nio.file.Path;
import java.util.random.RandomGenerator;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.SourcePosition;

/**
 * keepalived 2.2.7's {@code read_line()} (lib/parser.c): hands out one logical line at a time, in keepalived's order
 * of precedence:
 * <ol>
 *   <li>what was left of the previous line after a {@code {} or {@code }} was split off;</li>
 *   <li>the next round of the innermost {@code ~SEQ} / {@code ~LST};</li>
 *   <li>the next line of a multi-line definition being replayed;</li>
 *   <li>the next non-empty line of the current file (comments removed), or of the next file.</li>
 * </ol>
 * Each line then goes through {@code @id} / {@code @^id}, {@code $NAME=} definitions, {@code ~SEQ} / {@code ~LST},
 * and {@code $NAME} replacement (repeated while the result changes); {@code include} lines open their files. Finally
 * the first unquoted {@code {} or {@code }} splits the line: the text before it is this line, the rest comes next.
 *
 * <p>Every line carries the position keepalived would report for it: the current file (as it names it) and the line
 * last read there, so lines produced by {@code ~SEQ} or a multi-line definition point at the line that used them.
 */
final class LineReader {

    /** keepalived's {@code MAXBUF}: the line buffer; a line never grows to this length. */
    static final int MAXBUF = 1024;

    /** Lines {@code ~SEQ}, {@code ~LST} and multi-line definitions may produce from one line of a file. */
    static final int MAX_EXPANDED_LINES = 100_000;

    private static final int MAX_RECHECKS = 100;

    private final IncludeStack files;
    private final ExpansionState state = new ExpansionState();
    private final Definitions defs;
    private final String configId;
    private final Diagnostics diagnostics;

    private String lineResidue;
    private boolean multilineParamDef;
    private Definition def;
    private int expandedSinceRead;
    private SourcePosition lastPosition = SourcePosition.NONE;

    LineReader(IncludeStack files, String configId, Diagnostics diagnostics, RandomGenerator random) {
        this.files = files;
        this.configId = configId;
        this.diagnostics = diagnostics;
        this.defs = new Definitions(state, this::cwd, configId, random);
    }

    private String cwd() {
        IncludeFrame f = files.top();
        Path dir = f == null ? Path.of("") : f.fileDir;
        try {
            return dir.toRealPath().toString();
        } catch (java.io.IOException | RuntimeException e) {
            return dir.toAbsolutePath().normalize().toString();
        }
    }

    private void error(String message) {
        diagnostics.report(ConfigErrorKind.GENERAL_ERROR, files.position(), message);
    }

    /**
     * The next logical line.
     *
     * @return the line with its position, or null at the end of the configuration
     */
    SourceLine next() {
        String buf;
        do {
            if (lineResidue != null) {
                buf = lineResidue;
                lineResidue = null;
            } else if (!state.sequences.isEmpty() && state.sequences.size() > state.multilineSeqDepth) {
                buf = nextSequenceLine();
            } else if (state.nextPtr != null) {
                buf = nextMultilineLine();
            } else {
                buf = readFileLine();
                if (buf == null) {
                    return null;
                }
                expandedSinceRead = 0;
            }

            if (multilineParamDef) {
                continueDefinition(buf);
                buf = "";
                continue;
            }
            if (buf.isEmpty()) {
                continue;
            }
            buf = expand(buf);
        } while (buf.isEmpty() || checkInclude(buf));
        return split(buf);
    }

    private String nextSequenceLine() {
        if (++expandedSinceRead > MAX_EXPANDED_LINES) {
            runaway();
            return "";
        }
        Sequence seq = state.sequences.get(state.sequences.size() - 1);
        String text = seq.advance(defs);
        if (seq.done()) {
            state.sequences.remove(state.sequences.size() - 1);
        }
        return text;
    }

    private String nextMultilineLine() {
        if (++expandedSinceRead > MAX_EXPANDED_LINES) {
            runaway();
            return "";
        }
        String rest = state.nextPtr;
        int end = rest.indexOf('\n');
        if (end < 0) {
            String popped = state.pop();
            if (popped == null) {
                state.multilineSeqDepth = 0;
            }
            state.nextPtr = popped;
            return rest;
        }
        state.nextPtr = rest.substring(end + 1);
        return rest.substring(0, end);
    }

    private void runaway() {
        error("~SEQ, ~LST or definition expansion produced more than " + MAX_EXPANDED_LINES
                + " lines - stopping the expansion");
        state.clear();
    }

    /** The next line of the files with comments removed, skipping empty ones; null at the end. */
    private String readFileLine() {
        while (true) {
            IncludeFrame f = files.top();
            if (f == null) {
                return null;
            }
            String piece = f.nextPiece();
            if (piece == null) {
                if (!files.nextFile()) {
                    return null;
                }
                continue;
            }
            if (piece.isEmpty()) {
                if (multilineParamDef) {
                    multilineParamDef = false;
                    if (def.value.isEmpty()) {
                        def.multiline = false;
                    }
                }
                continue;
            }
            String line = Decomment.apply(piece, this::error);
            if (!line.isEmpty()) {
                return line;
            }
        }
    }

    /** Adds a line to the multi-line definition being read. */
    private void continueDefinition(String buf) {
        int len = buf.length();
        StringBuilder b = new StringBuilder(buf);
        if (len > 0 && buf.charAt(len - 1) == '\\') {
            len--;
            while (len >= 1 && Decomment.isBlank(b.charAt(len - 1))) {
                len--;
            }
            b.setLength(len);
            b.append('\n');
            len++;
        } else {
            multilineParamDef = false;
            if (def.value.isEmpty()) {
                def.multiline = false;
            }
        }
        if (len >= 2 || (len > 0 && !multilineParamDef)) {
            def.value = def.value + b.substring(0, len);
        }
    }

    /** @id, definitions, ~SEQ / ~LST and replacement, as keepalived repeats them; "" when nothing is left. */
    private String expand(String line) {
        String buf = line;
        boolean recheck;
        int rounds = 0;
        do {
            recheck = false;
            if (buf.charAt(0) == '@') {
                buf = conditional(buf);
                if (buf.isEmpty()) {
                    return buf;
                }
            }
            if (buf.charAt(0) == '$') {
                Definition d = defs.define(buf);
                if (d != null) {
                    if (d.multiline) {
                        multilineParamDef = true;
                    }
                    def = d;
                    return "";
                }
            }
            if (buf.startsWith("~SEQ") || buf.startsWith("~LST")) {
                Sequence seq = buf.charAt(1) == 'S' ? Sequence.parseSeq(buf, defs, this::error) : Sequence.parseLst(buf, this::error);
                if (seq == null) {
                    error("Invalid " + buf.substring(0, 4) + " specification '" + buf + "'");
                } else {
                    state.sequences.add(seq);
                }
                return "";
            }
            if (buf.charAt(0) == '~') {
                return buf;
            }
            if (buf.indexOf('$') >= 0) {
                Definitions.Replaced r = defs.replace(buf, MAXBUF, state.nextPtr, this::error,
                        m -> diagnostics.report(ConfigErrorKind.NOTICE, files.position(), m));
                if (!r.found()) {
                    return r.text();
                }
                state.nextPtr = r.nextPtr();
                buf = Decomment.apply(r.text(), this::error);
                if (buf.isEmpty()) {
                    return buf;
                }
                if (buf.charAt(0) == '@' || buf.indexOf('$') >= 0) {
                    recheck = true;
                }
            }
        } while (recheck && ++rounds < MAX_RECHECKS);
        return buf;
    }

    /** {@code @id line} / {@code @^id line}: the line without its condition, or "" when it is not for us. */
    private String conditional(String buf) {
        boolean reverse = buf.length() > 1 && buf.charAt(1) == '^';
        int ofs = reverse ? 2 : 1;
        int ws = -1;
        for (int i = ofs; i < buf.length(); i++) {
            if (buf.charAt(i) == ' ' || buf.charAt(i) == '\t') {
                ws = i;
                break;
            }
        }
        if (ws < 0) {
            return "";
        }
        boolean mismatch = configId == null || !buf.substring(ofs, ws).equals(configId);
        if (mismatch != reverse) {
            return "";
        }
        return buf.substring(ws + CText.spn(buf, ws, " \t"));
    }

    /** keepalived's {@code check_include}: opens the files of an {@code include} line. */
    private boolean checkInclude(String buf) {
        if (!buf.startsWith("include") || buf.length() < 8) {
            return false;
        }
        char c7 = buf.charAt(7);
        int type;
        int p;
        if (CText.isSpace(c7)) {
            type = IncludeStack.INCLUDE;
            p = 8;
        } else if (CText.isSpace(CText.at(buf, 8)) && "rmwba".indexOf(c7) >= 0) {
            p = 9;
            type = switch (c7) {
                case 'r' -> IncludeStack.INCLUDE_R;
                case 'a' -> IncludeStack.INCLUDE_R | IncludeStack.INCLUDE_M | IncludeStack.INCLUDE_B | IncludeStack.INCLUDE_W;
                case 'w' -> IncludeStack.INCLUDE_R | IncludeStack.INCLUDE_M | IncludeStack.INCLUDE_W;
                case 'm' -> IncludeStack.INCLUDE_R | IncludeStack.INCLUDE_M;
                default -> IncludeStack.INCLUDE_R | IncludeStack.INCLUDE_B;
            };
        } else {
            return false;
        }
        p = Math.min(p, buf.length());
        p += CText.spn(buf, p, " \t");
        IncludeFrame f = files.top();
        if (p < buf.length()) {
            files.openGlob(buf.substring(p), type, f == null ? Path.of("") : f.fileDir);
        }
        return true;
    }

    /** Splits off the first unquoted brace; the rest is read next. */
    private SourceLine split(String buf) {
        int p = -1;
        char c0 = buf.charAt(0);
        if (c0 == '{' || c0 == '}') {
            p = 0;
        } else {
            int i = 0;
            while (i < buf.length()) {
                char c = buf.charAt(i);
                if (c == '{' || c == '}') {
                    p = i;
                    break;
                }
                if (c == '"') {
                    int close = buf.indexOf('"', i + 1);
                    if (close < 0) {
                        break;
                    }
                    i = close + 1;
                } else {
                    i++;
                }
            }
        }
        String line = buf;
        if (p >= 0) {
            int skip = p == 0 ? CText.spn(buf, 1, " \t") + 1 : 0;
            if (p + skip < buf.length()) {
                int end = buf.length();
                while (end > p + skip && Decomment.isBlank(buf.charAt(end - 1))) {
                    end--;
                }
                lineResidue = buf.substring(p + skip, end);
                line = buf.substring(0, p + skip);
            }
        }
        int end = line.length();
        while (end > 0 && Decomment.isBlank(line.charAt(end - 1))) {
            end--;
        }
        IncludeFrame f = files.top();
        if (f != null) {
            String file = f.currentFileName != null ? f.currentFileName : f.displayName;
            if (lastPosition.line() != f.lineNo || !lastPosition.file().equals(file)) {
                lastPosition = new SourcePosition(file, f.lineNo);
            }
        }
        return new SourceLine(line.substring(0, end), lastPosition);
    }

    /** Applies a global_defs {@code include_check} line to the includes that follow, as keepalived does. */
    void includeCheck(java.util.List<String> words) {
        files.includeCheck = IncludeCheck.apply(files.includeCheck, words);
    }
}
