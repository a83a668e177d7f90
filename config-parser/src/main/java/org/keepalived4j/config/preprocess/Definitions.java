package org.keepalived4j.config.preprocess;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * keepalived's parameter definitions (lib/parser.c {@code check_definition}, {@code set_definition},
 * {@code find_definition}, {@code replace_param}) as of 2.2.7.
 *
 * <ul>
 *   <li>{@code $NAME=value} defines (no blanks before the {@code =}; a name is a letter or {@code _} followed by
 *       letters, digits and {@code _}); a value ending in {@code \} continues on the next lines until a line without
 *       one or an empty line;</li>
 *   <li>{@code $NAME} (followed by a blank, {@code ,}, {@code )} or the end of the line) and {@code ${NAME}} are
 *       replaced; a multi-line definition only where it ends the line; the replacement is scanned again, so
 *       definitions may use definitions;</li>
 *   <li>{@code ${_RANDOM min max}} takes parameters; no other definition does in 2.2.7 (2.2.8 added user parameters
 *       and {@code _ENV}, which 2.2.7 leaves as text);</li>
 *   <li>a line never grows past keepalived's buffer ({@value LineReader#MAXBUF} bytes less its terminator): such a
 *       substitution stops, as keepalived stops it.</li>
 * </ul>
 *
 * keepalived's in-place text moves are reproduced on a C-style buffer, including the one for
 * {@code ${_RANDOM a b}} followed by more text, which leaves part of the parameters behind.
 */
final class Definitions {

    /** Substitutions allowed on one line before we call it a loop (keepalived would spin forever on $A=$A). */
    static final int MAX_SUBSTITUTIONS = 10_000;

    private final Map<String, Definition> defs = new LinkedHashMap<>();
    private final ExpansionState state;

    Definitions(ExpansionState state, Supplier<String> cwd, String instance, RandomGenerator random) {
        this.state = state;
        defs.put("_PWD", new Definition("_PWD", null, d -> cwd.get(), 0));
        defs.put("_INSTANCE", new Definition("_INSTANCE", null, d -> instance, 0));
        defs.put("_RANDOM", new Definition("_RANDOM", null, d -> random(d, random), 2));
        defs.put("_HASH", new Definition("_HASH", "#", null, 0));
        defs.put("_BANG", new Definition("_BANG", "!", null, 0));
    }

    /** keepalived's {@code get_random}: {@code min} 0 and {@code max} 32767 unless given; as many digits as max has. */
    private static String random(Definition d, RandomGenerator random) {
        long min = 0;
        long max = 32767;
        if (d.params != null) {
            long[] a = CText.strtol(d.params, 0);
            min = a[0];
            if (a[1] < d.params.length()) {
                max = CText.strtol(d.params, (int) a[1])[0];
            }
        }
        int digits = Long.toUnsignedString(max).length();
        long range = max - min + 1;
        long r = random.nextLong(Integer.MAX_VALUE);
        long val = range == 0 ? r : Long.remainderUnsigned(r, range) + min;
        String s = Long.toString(val);
        return s.length() > digits ? s.substring(0, digits) : s;
    }

    /** keepalived's {@code set_definition}: used for ~SEQ / ~LST variables; keeps the multi-line flag. */
    void set(String name, String value) {
        Definition d = defs.get(name);
        if (d == null) {
            defs.put(name, new Definition(name, value, null, 0));
        } else {
            d.value = value;
            d.fn = null;
        }
    }

    /**
     * keepalived's {@code check_definition}: if the line is {@code $NAME=value}, records it and returns it.
     *
     * @return the definition, or null when the line is not a definition
     */
    Definition define(String buf) {
        if (CText.at(buf, 0) != '$') {
            return null;
        }
        char first = CText.at(buf, 1);
        if (!CText.isAlpha(first) && first != '_') {
            return null;
        }
        int p = 2;
        for (; p < buf.length(); p++) {
            char c = buf.charAt(p);
            if (c == '=') {
                break;
            }
            if (!CText.isAlnum(c) && c != '_') {
                return null;
            }
        }
        if (CText.at(buf, p) != '=') {
            return null;
        }
        String name = buf.substring(1, p);
        Definition d = defs.get(name);
        if (d == null) {
            d = new Definition(name, "", null, 0);
            defs.put(name, d);
        }
        d.fn = null;
        p += CText.spn(buf, p + 1, " \t") + 1;
        int valueLen = buf.length() - p;
        if (valueLen > 0 && buf.charAt(p + valueLen - 1) == '\\') {
            while (valueLen >= 2 && Decomment.isBlank(buf.charAt(p + valueLen - 2))) {
                valueLen--;
            }
            if (valueLen < 2) {
                p += valueLen;
                valueLen = 0;
            }
            d.multiline = true;
        } else {
            d.multiline = false;
        }
        char[] str = buf.substring(p, p + valueLen).toCharArray();
        if (valueLen >= 2 && d.multiline) {
            str[valueLen - 1] = '\n';
        }
        d.value = new String(str);
        return d;
    }

    /** A use of a definition found at a {@code $}: the definition and the index of its last parameter digit. */
    private record Use(Definition def, int paramsEnd) {
    }

    /** keepalived's {@code find_definition} for a use; {@code n} indexes the character after the {@code $}. */
    private Use find(char[] buf, int n) {
        boolean braces = false;
        if (buf[n] == '{') {
            braces = true;
            n++;
        }
        if (!CText.isAlpha(buf[n]) && buf[n] != '_') {
            return null;
        }
        int len = 1;
        int p = n + 1;
        while (buf[p] != 0 && (CText.isAlnum(buf[p]) || buf[p] == '_')) {
            len++;
            p++;
        }
        int paramStart = -1;
        int paramEnd = -1;
        if (braces) {
            while (buf[p] != 0 && (buf[p] == ' ' || CText.isDigit(buf[p]))) {
                if (buf[p] != ' ') {
                    if (paramStart < 0) {
                        paramStart = p;
                    }
                    paramEnd = p;
                }
                p++;
            }
            if (paramStart >= 0 && paramEnd + 1 != p) {
                return null;
            }
            if (buf[p] != '}') {
                return null;
            }
        } else if (" \t,)\0".indexOf(buf[p]) < 0) {
            return null;
        }
        boolean allowMultiline = !braces ? buf[n + len] == 0 : buf[n + len + 1] == 0;
        Definition d = defs.get(new String(buf, n, len));
        if (d == null || (d.multiline && !allowMultiline)) {
            return null;
        }
        if (paramStart >= 0 && d.maxParams == 0) {
            return null;
        }
        d.params = paramStart >= 0 ? new String(buf, paramStart, paramEnd - paramStart + 1) : null;
        return new Use(d, paramEnd);
    }

    /** The outcome of {@link #replace}: the new text, whether anything was replaced, where a multi-line use left off. */
    record Replaced(String text, boolean found, String nextPtr) {
    }

    /**
     * keepalived's {@code replace_param}: replaces every use of a definition in the line.
     *
     * @param line        the line
     * @param maxLen      keepalived's buffer size for this line (the text stays below it)
     * @param multiline   the multi-line replay in progress (keepalived's {@code next_ptr}), or null
     * @param problems    receives messages (a runaway expansion)
     * @param tooLong     receives keepalived's log text when a substitution would not fit
     * @return the new text, whether a definition was found, and the multi-line rest to replay next
     */
    Replaced replace(String line, int maxLen, String multiline, Consumer<String> problems, Consumer<String> tooLong) {
        char[] buf = new char[2 * Math.max(maxLen, line.length() + 1) + 2];
        line.getChars(0, line.length(), buf, 0);
        int lenUsed = line.length();
        int cur = 0;
        boolean found = false;
        String nextPtr = null;
        String multilinePtr = multiline;
        int substitutions = 0;
        while ((cur = indexOf(buf, '$', cur)) >= 0 && buf[cur + 1] != 0) {
            Use use = find(buf, cur + 1);
            if (use == null) {
                cur++;
                continue;
            }
            if (++substitutions > MAX_SUBSTITUTIONS) {
                problems.accept("Definition expansion does not end on line '" + line + "' - giving up");
                return new Replaced(line, false, multiline);
            }
            Definition def = use.def();
            found = true;
            int extraBraces = buf[cur + 1] == '{' ? 2 : 0;
            nextPtr = multilinePtr;
            if (def.multiline && multilinePtr != null) {
                state.push(multilinePtr);
            }
            if (def.multiline) {
                state.multilineSeqDepth = state.sequences.size();
            }
            if (def.fn != null) {
                def.value = def.fn.apply(def);
            }
            String value = def.value;
            int replacedLen = def.name.length();
            int replacingLen;
            if (def.multiline) {
                int nl = value.indexOf('\n');
                replacingLen = nl < 0 ? value.length() : nl;
                nextPtr = replacingLen + 1 <= value.length() ? value.substring(replacingLen + 1) : "";
                multilinePtr = nextPtr;
            } else {
                if (def.params != null) {
                    replacedLen = use.paramsEnd() - (cur + 1) + (extraBraces != 0 ? 0 : 1);
                }
                replacingLen = value.length();
            }
            int total = replacedLen + 1 + extraBraces;
            if (lenUsed + replacingLen - total >= maxLen
                    || strlen(buf) + replacingLen - total >= buf.length - 1) {
                tooLong.accept("Parameter substitution on line '" + new String(buf, 0, strlen(buf)) + "' would exceed maximum line length");
                return new Replaced(new String(buf, 0, strlen(buf)), false, multiline);
            }
            if (total != replacingLen) {
                if (total < replacingLen) {
                    int s = cur + strlen(buf, cur);
                    int d = s - total + replacingLen;
                    while (true) {
                        buf[d] = buf[s];
                        if (s == cur) {
                            break;
                        }
                        d--;
                        s--;
                    }
                } else {
                    int s = cur + total - replacingLen;
                    int d = cur;
                    int e = def.params != null ? use.paramsEnd() + (extraBraces != 0 ? 2 : 1) : cur + strlen(buf, cur);
                    while (true) {
                        buf[d] = buf[s];
                        if (s == e) {
                            break;
                        }
                        d++;
                        s++;
                    }
                }
                lenUsed = lenUsed + replacingLen - total;
            }
            value.getChars(0, replacingLen, buf, cur);
            if (CText.at(value, CText.spn(value, 0, " \t")) == '~') {
                break;
            }
        }
        String text = new String(buf, 0, strlen(buf));
        return new Replaced(text, found, found ? nextPtr : multiline);
    }

    private static int indexOf(char[] buf, char c, int from) {
        for (int i = from; i < buf.length && buf[i] != 0; i++) {
            if (buf[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int strlen(char[] buf) {
        return strlen(buf, 0);
    }

    private static int strlen(char[] buf, int from) {
        int i = from;
        while (i < buf.length && buf[i] != 0) {
            i++;
        }
        return i - from;
    }
}
