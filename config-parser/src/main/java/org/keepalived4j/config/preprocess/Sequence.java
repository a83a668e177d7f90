package org.keepalived4j.config.preprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One {@code ~SEQ} or {@code ~LST} loop (keepalived 2.2.7 lib/parser.c {@code add_seq}, {@code add_lst}): the rest of
 * its line is replayed once per value with the loop variable(s) defined.
 *
 * <ul>
 *   <li>{@code ~SEQ(var, end)}, {@code ~SEQ(var, start, end)}, {@code ~SEQ(var, start, step, end)}; {@code ~SEQx}
 *       writes the values in hexadecimal; numbers as C's {@code strtol} base 0 reads them, and the parameters may be
 *       definitions;</li>
 *   <li>{@code ~LST(var, v1, v2, ...)} or {@code ~LST({var1, var2}, {v1, v2}, {v3, v4}, ...)}: missing values are
 *       empty.</li>
 * </ul>
 */
final class Sequence {

    private static final int SEQ_BUF = 3 * 20 + 3 + 1;

    private final String var;
    private long next;
    private final long step;
    private final long last;
    private final boolean hex;
    private final List<String> params;
    private final List<List<String>> sets;
    private int setIndex;
    private final String text;

    private Sequence(String var, long start, long step, long last, boolean hex, List<String> params,
                     List<List<String>> sets, String text) {
        this.var = var;
        this.next = start;
        this.step = step;
        this.last = last;
        this.hex = hex;
        this.params = params;
        this.sets = sets;
        this.text = text;
    }

    /**
     * Defines the loop variable(s) for the next value.
     *
     * @return the text to replay
     */
    String advance(Definitions defs) {
        if (params == null) {
            defs.set(var, hex ? Long.toHexString(next) : Long.toString(next));
            return text;
        }
        List<String> values = sets.get(setIndex);
        for (int i = 0; i < params.size(); i++) {
            defs.set(params.get(i), values.get(i));
        }
        return text;
    }

    /** Moves past the value just replayed; true when the loop is over. */
    boolean done() {
        if (params == null) {
            try {
                next = Math.addExact(next, step);
            } catch (ArithmeticException e) {
                return true;
            }
            return (step > 0 && next > last) || (step < 0 && next < last);
        }
        return ++setIndex >= sets.size();
    }

    /**
     * Reads {@code ~SEQ...}. Problems go to {@code report} in keepalived's words.
     *
     * @return the loop, or null when the line is not a valid {@code ~SEQ} (the caller then reports
     *         {@code Invalid ~SEQ specification})
     */
    static Sequence parseSeq(String buf, Definitions defs, Consumer<String> report) {
        int p = 4;
        boolean hex = false;
        if (CText.at(buf, p) == 'x') {
            p++;
            hex = true;
        }
        p += CText.spn(buf, p, " \t");
        if (CText.at(buf, p++) != '(') {
            return null;
        }
        p += CText.spn(buf, p, " \t");
        int var = p;
        p += CText.cspn(buf, p, " \t,)");
        int varEnd = p;
        p += CText.spn(buf, p, " \t");
        if (CText.at(buf, p) == '\0' || CText.at(buf, p) == ')' || p == var) {
            report.accept("Invalid ~SEQ definition '" + buf + "'");
            return null;
        }
        p++;
        p += CText.spn(buf, p, " \t");
        int endSeq = buf.indexOf(')', Math.min(p, buf.length()));
        if (endSeq < 0 || endSeq + 1 - p + 1 > SEQ_BUF) {
            report.accept("~SEQ parameter strings too long '" + buf + "'");
            return null;
        }
        Definitions.Replaced r = defs.replace(buf.substring(p, endSeq + 1), SEQ_BUF, null, report, s -> { });
        if (r.nextPtr() != null) {
            report.accept("~SEQ parameter is multiline definition '" + buf + "'");
            return null;
        }
        String s = r.text();
        long start;
        long step;
        long end;
        long[] one = CText.strtol(s, 0);
        int q = (int) one[1];
        q += CText.spn(s, q, " \t");
        if (CText.at(s, q) == ')') {
            end = one[0];
            step = end < 1 ? -1 : 1;
            start = end < 0 ? -1 : 1;
        } else {
            if (CText.at(s, q) != ',') {
                report.accept("Invalid ~SEQ definition '" + buf + "'");
                return null;
            }
            long[] two = CText.strtol(s, q + 1);
            q = (int) two[1];
            q += CText.spn(s, q, " \t");
            if (CText.at(s, q) == ')') {
                start = one[0];
                end = two[0];
                step = start <= end ? 1 : -1;
            } else {
                if (CText.at(s, q) != ',') {
                    report.accept("Invalid ~SEQ definition '" + buf + "'");
                    return null;
                }
                long[] three = CText.strtol(s, q + 1);
                q = (int) three[1];
                q += CText.spn(s, q, " \t");
                if (CText.at(s, q) != ')') {
                    report.accept("Invalid ~SEQ definition '" + buf + "'");
                    return null;
                }
                start = one[0];
                step = two[0];
                end = three[0];
                if (step == 0 || (start < end && step < 0) || (start > end && step > 0)) {
                    report.accept("Invalid ~SEQ values '" + buf + "'");
                    return null;
                }
            }
        }
        if (hex && (start < 0 || end < 0)) {
            report.accept("~SEQx is only valid for positive numbers '" + buf + "'");
            return null;
        }
        int textStart = endSeq + 1 + CText.spn(buf, endSeq + 1, " \t");
        return new Sequence(buf.substring(var, varEnd), start, step, end, hex, null, null, buf.substring(textStart));
    }

    /**
     * Reads {@code ~LST...}.
     *
     * @return the loop, or null when the line is not a valid {@code ~LST} (the caller then reports
     *         {@code Invalid ~LST specification})
     */
    static Sequence parseLst(String buf, Consumer<String> report) {
        int p = 4;
        p += CText.spn(buf, p, " \t");
        if (CText.at(buf, p++) != '(') {
            return null;
        }
        p += CText.spn(buf, p, " \t");
        char endChar = ',';
        if (CText.at(buf, p) == '{') {
            endChar = '}';
            p++;
            p += CText.spn(buf, p, " \t");
        }
        List<String> params = new ArrayList<>();
        int numVars = 0;
        while (true) {
            int var = p;
            p += CText.cspn(buf, p, " \t,}");
            params.add(buf.substring(var, p));
            p += CText.spn(buf, p, " \t");
            if (CText.at(buf, p) == endChar) {
                break;
            }
            if (CText.at(buf, p) != ',') {
                return null;
            }
            p += CText.spn(buf, p + 1, " \t") + 1;
            numVars++;
        }
        if (CText.at(buf, p) == '}') {
            p += CText.spn(buf, p + 1, " \t") + 1;
        }
        if (CText.at(buf, p++) != ',') {
            return null;
        }
        p += CText.spn(buf, p, " \t");
        List<List<String>> sets = new ArrayList<>();
        while (true) {
            endChar = ',';
            if (CText.at(buf, p) == '{') {
                endChar = '}';
                p++;
                p += CText.spn(buf, p, " \t");
            }
            List<String> values = new ArrayList<>();
            int numValues = 0;
            while (true) {
                int v = p;
                p += CText.cspn(buf, p, " \t,})");
                values.add(buf.substring(v, p));
                p += CText.spn(buf, p, " \t");
                char c = CText.at(buf, p);
                if (c == endChar || (c == ')' && endChar == ',')) {
                    break;
                }
                if (c != ',') {
                    return null;
                }
                p += CText.spn(buf, p + 1, " \t") + 1;
                if (++numValues > numVars) {
                    report.accept("~LST specification has too many values '" + buf + "'");
                    return null;
                }
            }
            for (; numValues < numVars; numValues++) {
                values.add("");
            }
            sets.add(values);
            if (CText.at(buf, p) == '}' && endChar == '}') {
                p += CText.spn(buf, p + 1, " \t") + 1;
            }
            if (CText.at(buf, p) == ')') {
                break;
            }
            if (CText.at(buf, p) != ',') {
                return null;
            }
            p += CText.spn(buf, p + 1, " \t") + 1;
        }
        p += CText.spn(buf, p + 1, " \t") + 1;
        return new Sequence(null, 0, 0, 0, false, params, sets, p <= buf.length() ? buf.substring(p) : "");
    }
}
