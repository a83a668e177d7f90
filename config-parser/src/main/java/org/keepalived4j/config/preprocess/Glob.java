package org.keepalived4j.config.preprocess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * File name expansion as keepalived asks glibc's {@code glob()} for it when it reads {@code include}:
 * {@code GLOB_MARK | GLOB_BRACE | GLOB_ALTDIRFUNC}.
 *
 * <ul>
 *   <li>braces first: {@code a{b,c}d} is {@code abd} then {@code acd}, nested braces too; each alternative's matches
 *       are sorted on their own and kept in the order of the alternatives; unbalanced braces are literal;</li>
 *   <li>{@code *}, {@code ?} and {@code [...]} per path component; a leading {@code .} is only matched by a pattern
 *       that starts with one; {@code \} quotes the next character;</li>
 *   <li>directories get a trailing {@code /};</li>
 *   <li>the names are the pattern's text with the matched parts filled in, relative to the directory of the including
 *       file (keepalived changes into it), so that messages name files as keepalived names them.</li>
 * </ul>
 *
 * Like keepalived's hooks into glob, it counts directories it could not list and literal names it could not find:
 * keepalived uses these counts for its {@code Config files missing} and {@code Some config files missing} messages.
 *
 * @param paths         the matches
 * @param missingFiles  literal names that did not exist
 * @param missingDirs   directories that could not be listed for a wildcard
 * @param haveWildcards true if some directory was listed for a wildcard
 */
record Glob(List<String> paths, int missingFiles, int missingDirs, boolean haveWildcards) {

    /** Expands a pattern; names are resolved against {@code cwd}. */
    static Glob expand(String pattern, Path cwd) {
        Counter c = new Counter();
        List<String> all = new ArrayList<>();
        for (String leaf : expandBraces(pattern)) {
            List<String> found = globOne(leaf, cwd, c);
            found.sort(null);
            for (String f : found) {
                all.add(isDirectory(cwd, f) && !f.endsWith("/") ? f + "/" : f);
            }
        }
        return new Glob(List.copyOf(all), c.missingFiles, c.missingDirs, c.haveWildcards);
    }

    /** keepalived's {@code have_brace}: an unquoted {@code {} anywhere in the pattern. */
    static boolean hasBrace(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '{') {
                return true;
            }
        }
        return false;
    }

    private static final class Counter {
        int missingFiles;
        int missingDirs;
        boolean haveWildcards;
    }

    /** Brace alternatives, in order; a pattern whose braces do not balance is taken literally. */
    static List<String> expandBraces(String pattern) {
        int open = -1;
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '{') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return List.of(pattern);
        }
        List<String> alts = new ArrayList<>();
        int depth = 0;
        int altStart = open + 1;
        int close = -1;
        for (int i = open + 1; i < pattern.length() && close < 0; i++) {
            char ch = pattern.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}') {
                if (depth == 0) {
                    alts.add(pattern.substring(altStart, i));
                    close = i;
                } else {
                    depth--;
                }
            } else if (ch == ',' && depth == 0) {
                alts.add(pattern.substring(altStart, i));
                altStart = i + 1;
            }
        }
        if (close < 0) {
            return List.of(pattern);
        }
        String prefix = pattern.substring(0, open);
        String rest = pattern.substring(close + 1);
        List<String> out = new ArrayList<>();
        for (String alt : alts) {
            out.addAll(expandBraces(prefix + alt + rest));
        }
        return out;
    }

    private static List<String> globOne(String pattern, Path cwd, Counter c) {
        if (pattern.isEmpty()) {
            return new ArrayList<>();
        }
        List<String> comps = new ArrayList<>();
        for (String s : pattern.split("/", -1)) {
            if (!s.isEmpty()) {
                comps.add(s);
            }
        }
        boolean absolute = pattern.startsWith("/");
        int firstMeta = -1;
        for (int i = 0; i < comps.size(); i++) {
            if (hasMeta(comps.get(i))) {
                firstMeta = i;
                break;
            }
        }
        List<String> current = new ArrayList<>();
        if (firstMeta < 0) {
            String literal = unescape(pattern);
            if (exists(cwd, literal)) {
                current.add(literal);
            } else {
                c.missingFiles++;
            }
            return current;
        }
        StringBuilder prefix = new StringBuilder(absolute ? "/" : "");
        for (int i = 0; i < firstMeta; i++) {
            prefix.append(unescape(comps.get(i))).append('/');
        }
        if (prefix.length() > 1 && prefix.charAt(prefix.length() - 1) == '/') {
            prefix.setLength(prefix.length() - 1);
        }
        current.add(prefix.toString());
        for (int i = firstMeta; i < comps.size(); i++) {
            String comp = comps.get(i);
            boolean last = i == comps.size() - 1;
            List<String> next = new ArrayList<>();
            for (String dir : current) {
                if (hasMeta(comp)) {
                    c.haveWildcards = true;
                    List<String> names = list(cwd, dir);
                    if (names == null) {
                        c.missingDirs++;
                        continue;
                    }
                    for (String name : names) {
                        if (FnMatch.matches(comp, name) && (last || isDirectory(cwd, join(dir, name)))) {
                            next.add(join(dir, name));
                        }
                    }
                } else {
                    String p = join(dir, unescape(comp));
                    if (exists(cwd, p)) {
                        next.add(p);
                    } else {
                        c.missingFiles++;
                    }
                }
            }
            current = next;
        }
        return current;
    }

    private static String join(String dir, String name) {
        if (dir.isEmpty()) {
            return name;
        }
        return dir.endsWith("/") ? dir + name : dir + "/" + name;
    }

    /** glibc's test for a pattern: an unquoted {@code *} or {@code ?}, or a {@code [} closed by a {@code ]}. */
    static boolean hasMeta(String s) {
        boolean open = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (ch == '*' || ch == '?') {
                return true;
            } else if (ch == '[') {
                open = true;
            } else if (ch == ']' && open) {
                return true;
            }
        }
        return false;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                ch = s.charAt(++i);
            }
            sb.append(ch);
        }
        return sb.toString();
    }

    private static Path resolve(Path cwd, String name) {
        try {
            return name.isEmpty() ? cwd : cwd.resolve(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean exists(Path cwd, String name) {
        Path p = resolve(cwd, name);
        return p != null && Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }

    static boolean isDirectory(Path cwd, String name) {
        Path p = resolve(cwd, name);
        return p != null && Files.isDirectory(p);
    }

    /** The names in a directory, "." and ".." included as readdir gives them; null if it cannot be listed. */
    private static List<String> list(Path cwd, String dir) {
        Path p = resolve(cwd, dir);
        if (p == null || !Files.isDirectory(p)) {
            return null;
        }
        List<String> names = new ArrayList<>();
        names.add(".");
        names.add("..");
        try (Stream<Path> s = Files.list(p)) {
            s.forEach(e -> names.add(e.getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return names;
    }
}
