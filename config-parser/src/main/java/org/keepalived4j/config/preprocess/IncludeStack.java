package org.keepalived4j.config.preprocess;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.SourcePosition;

/**
 * keepalived's stack of configuration files being read ({@code include_stack} with {@code open_glob_file},
 * {@code open_conf_file}, {@code get_next_file}, {@code file_config_error}), with its messages.
 *
 * <p>What keepalived does not have: an include loop (a file including itself, directly or not) is stopped at the first
 * repetition instead of after a thousand open files, and includes nest at most {@value #MAX_DEPTH} deep.
 */
final class IncludeStack {

    /** {@code include}: no error if nothing matches. */
    static final int INCLUDE = 0;
    /** {@code includer}: error if a match is a directory, unreadable, not a regular non-executable file. */
    static final int INCLUDE_R = 0x01;
    /** {@code includem}: error if a name without wildcards does not exist. */
    static final int INCLUDE_M = 0x02;
    /** {@code includew}: error if a wildcard matches nothing. */
    static final int INCLUDE_W = 0x04;
    /** {@code includeb}: error unless every brace alternative matches. */
    static final int INCLUDE_B = 0x08;

    /** Deepest include nesting we follow. */
    static final int MAX_DEPTH = 64;

    private final ArrayDeque<IncludeFrame> stack = new ArrayDeque<>();
    private final Diagnostics diagnostics;
    /** keepalived's {@code include_check} (global_defs {@code include_check}, {@code -e}). */
    int includeCheck;

    IncludeStack(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    boolean isEmpty() {
        return stack.isEmpty();
    }

    IncludeFrame top() {
        return stack.peek();
    }

    /** Where a message about the current reading points, as keepalived's {@code vreport_config_error} chooses. */
    SourcePosition position() {
        IncludeFrame f = stack.peek();
        if (f == null) {
            return SourcePosition.NONE;
        }
        if (f.currentFileName == null && stack.size() > 1) {
            Iterator<IncludeFrame> it = stack.iterator();
            it.next();
            f = it.next();
        }
        if (f.currentFileName != null || f.lineNo > 0) {
            return new SourcePosition(f.currentFileName != null ? f.currentFileName : f.displayName, f.lineNo);
        }
        return SourcePosition.NONE;
    }

    /** keepalived's {@code file_config_error}: an error only when the include type or include_check asks for it. */
    void fileError(int errorType, String message) {
        IncludeFrame f = stack.peek();
        boolean error = ((includeCheck | (f == null ? 0 : f.includeType)) & errorType) != 0;
        diagnostics.report(error ? ConfigErrorKind.FILE_NOT_FOUND : ConfigErrorKind.INFO, position(), message);
    }

    /**
     * keepalived's {@code open_and_check_glob}: expands the pattern and reports what is missing.
     *
     * @return the matches, or null when nothing is to be read
     */
    Glob globChecked(String pattern, Path cwd, int includeType) {
        Glob g = Glob.expand(pattern, cwd);
        if (g.paths().isEmpty()) {
            if (g.missingFiles() > 0 || g.missingDirs() > 0) {
                fileError(Glob.hasBrace(pattern) ? INCLUDE_B : INCLUDE_M, "Config files missing '" + pattern + "'.");
            } else if (g.haveWildcards() && ((includeCheck | includeType) & INCLUDE_W) != 0) {
                fileError(INCLUDE_W, "No config files matched '" + pattern + "'.");
            }
            return null;
        }
        if (g.missingDirs() > 0 || g.missingFiles() > 0) {
            fileError(INCLUDE_B, "Some config files missing: \"" + pattern + "\".");
            if (((includeCheck | includeType) & INCLUDE_B) != 0) {
                return null;
            }
        }
        return g;
    }

    /**
     * keepalived's {@code check_glob_file}: a directory, or anything but a regular file without execute permission, is
     * skipped.
     */
    boolean checkFile(String name, Path cwd) {
        if (name.endsWith("/")) {
            fileError(INCLUDE_R, "Configuration file '" + name + "' is a directory - skipping");
            return false;
        }
        Path p = cwd.resolve(name);
        boolean ok;
        try {
            ok = Files.isRegularFile(p) && !executable(p);
        } catch (IOException | RuntimeException e) {
            ok = false;
        }
        if (!ok) {
            fileError(INCLUDE_R, "Configuration file '" + name + "' is not a regular non-executable file - skipping");
        }
        return ok;
    }

    private static boolean executable(Path p) throws IOException {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            return perms.contains(PosixFilePermission.OWNER_EXECUTE) || perms.contains(PosixFilePermission.GROUP_EXECUTE)
                    || perms.contains(PosixFilePermission.OTHERS_EXECUTE);
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    /** keepalived's {@code open_glob_file}: pushes the files a pattern matches and opens the first. */
    boolean openGlob(String pattern, int includeType, Path cwd) {
        IncludeFrame probe = new IncludeFrame(pattern, includeType, includeCheck, cwd, List.of());
        stack.push(probe);
        Glob g = globChecked(pattern, cwd, includeType);
        stack.pop();
        if (g == null) {
            return false;
        }
        IncludeFrame f = new IncludeFrame(pattern, includeType, includeCheck, cwd, g.paths());
        stack.push(f);
        if (!openNext(f)) {
            stack.pop();
            return false;
        }
        return true;
    }

    /** Pushes text given in memory as the main configuration file. */
    void pushText(String name, Path dir, byte[] text) {
        IncludeFrame f = new IncludeFrame(name, INCLUDE_R | INCLUDE_M | INCLUDE_W, includeCheck, dir, List.of(name));
        f.globNext = 1;
        f.numMatches = 1;
        f.displayName = name;
        f.fileDir = dir;
        f.open(text);
        stack.push(f);
    }

    /** keepalived's {@code open_conf_file}: opens the frame's next readable match. */
    private boolean openNext(IncludeFrame f) {
        while (f.globNext < f.matches.size()) {
            String name = f.matches.get(f.globNext++);
            if (!checkFile(name, f.dir)) {
                continue;
            }
            Path path = f.dir.resolve(name);
            Path real;
            byte[] bytes;
            try {
                real = path.toRealPath();
                String loop = loopProblem(real);
                if (loop != null) {
                    fileError(INCLUDE_R, "Configuration file '" + name + "' open problem (" + loop + ") - skipping");
                    continue;
                }
                bytes = Files.readAllBytes(path);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                fileError(INCLUDE_R, "Configuration file '" + name + "' open problem (" + strerror(e) + ") - skipping");
                continue;
            }
            f.open(bytes);
            f.realPath = real;
            f.numMatches++;
            if (stack.size() > 1 || f.matches.size() > 1) {
                f.currentFileName = name;
            }
            f.displayName = name;
            Path parent = name.indexOf('/') >= 0 ? path.getParent() : null;
            f.fileDir = parent != null ? parent : f.dir;
            return true;
        }
        return false;
    }

    private String loopProblem(Path real) {
        if (stack.size() > MAX_DEPTH) {
            return "includes nested more than " + MAX_DEPTH + " deep";
        }
        for (IncludeFrame g : stack) {
            if (g.isOpen() && real.equals(g.realPath)) {
                return "include loop - the file is already being read";
            }
        }
        return null;
    }

    private static String strerror(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof OutOfMemoryError) {
            return "Cannot allocate memory";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    /**
     * keepalived's {@code get_next_file}: the current file has ended; opens the next match of its include, or goes back
     * to the including file.
     *
     * @return false when every file has been read
     */
    boolean nextFile() {
        IncludeFrame f = stack.peek();
        if (f == null) {
            return false;
        }
        f.close();
        includeCheck = f.savedIncludeCheck;
        if (openNext(f)) {
            return true;
        }
        stack.pop();
        return !stack.isEmpty();
    }
}
