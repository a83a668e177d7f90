package org.keepalived4j.config.preprocess;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.ParseOptions;

/**
 * Reads a configuration into logical lines as keepalived 2.2.7's {@code read_line} hands them to its keyword parser:
 * comments removed ({@code !}, {@code #}, not inside double quotes), {@code include} / {@code includer} /
 * {@code includem} / {@code includew} / {@code includeb} / {@code includea} followed (glob patterns with braces,
 * relative to the including file), {@code @id} / {@code @^id} lines kept or dropped against
 * {@link ParseOptions#effectiveConfigId()}, {@code $NAME} definitions and {@code ~SEQ} / {@code ~LST} loops expanded,
 * and every unquoted {@code {} and {@code }} split onto a line of its own.
 *
 * <p>Each line keeps the file and line it came from. Problems are reported to the {@link Diagnostics} in keepalived's
 * words; nothing here throws for bad input, and runaway input is bounded: include loops and nesting past
 * {@value IncludeStack#MAX_DEPTH} files, {@value LineReader#MAX_EXPANDED_LINES} lines from one expansion, and
 * {@value #MAX_LINES} lines in all.
 *
 * <pre>{@code
 * Diagnostics d = new Diagnostics();
 * List<SourceLine> lines = new Preprocessor(ParseOptions.defaults(), d).read(Path.of("keepalived.conf"));
 * }</pre>
 */
public final class Preprocessor {

    /** Lines a configuration may produce in all before reading stops. */
    public static final int MAX_LINES = 2_000_000;

    private final ParseOptions options;
    private final Diagnostics diagnostics;
    private final RandomGenerator random;

    /** A preprocessor whose {@code $_RANDOM} is not reproducible, as keepalived's. */
    public Preprocessor(ParseOptions options, Diagnostics diagnostics) {
        this(options, diagnostics, new Random());
    }

    /**
     * A preprocessor with a given source for {@code $_RANDOM} (tests).
     *
     * @param random what {@code ${_RANDOM}} draws from
     */
    public Preprocessor(ParseOptions options, Diagnostics diagnostics, RandomGenerator random) {
        this.options = options;
        this.diagnostics = diagnostics;
        this.random = random;
    }

    /**
     * Reads a file and everything it includes. The name may be a glob pattern, as keepalived's {@code -f} allows;
     * relative names are resolved against the working directory and are reported as given.
     */
    public List<SourceLine> read(Path file) {
        return collect(open(file));
    }

    /** Reads text as if it were the file {@code name}; includes resolve against {@code baseDir}. */
    public List<SourceLine> read(String text, String name, Path baseDir) {
        return collect(open(text, name, baseDir));
    }

    /**
     * Opens a file (and, as they come, everything it includes) for reading line by line; see {@link #read(Path)}.
     * Nothing is read ahead: a huge configuration costs memory only for the line being handed out.
     */
    public LineSource open(Path file) {
        String pattern = file.toString();
        Path cwd = Path.of("").toAbsolutePath();
        IncludeStack files = new IncludeStack(diagnostics);
        if (!checkMainFile(pattern, cwd)) {
            return () -> null;
        }
        if (!files.openGlob(pattern, IncludeStack.INCLUDE_R | IncludeStack.INCLUDE_M | IncludeStack.INCLUDE_W, cwd)) {
            diagnostics.report(ConfigErrorKind.FILE_NOT_FOUND, org.keepalived4j.config.SourcePosition.NONE,
                    "Failed to open configuration file");
            return () -> null;
        }
        return new Lines(files);
    }

    /** Opens text as if it were the file {@code name}, for reading line by line; see {@link #read(String, String, Path)}. */
    public LineSource open(String text, String name, Path baseDir) {
        IncludeStack files = new IncludeStack(diagnostics);
        files.pushText(name, baseDir, text.getBytes(StandardCharsets.UTF_8));
        return new Lines(files);
    }

    private static List<SourceLine> collect(LineSource source) {
        List<SourceLine> out = new ArrayList<>();
        SourceLine line;
        while ((line = source.next()) != null) {
            out.add(line);
        }
        return out;
    }

    /** The lines of one configuration, with the overall line limit and global_defs' include_check applied. */
    private final class Lines implements LineSource {
        private final LineReader reader;
        private int count;
        private boolean done;

        Lines(IncludeStack files) {
            this.reader = new LineReader(files, options.effectiveConfigId(), diagnostics, random);
        }

        @Override
        public SourceLine next() {
            if (done) {
                return null;
            }
            SourceLine line = reader.next();
            if (line == null) {
                done = true;
                return null;
            }
            if (count >= MAX_LINES) {
                diagnostics.report(ConfigErrorKind.GENERAL_ERROR, line.position(),
                        "Configuration produces more than " + MAX_LINES + " lines - reading stopped");
                done = true;
                return null;
            }
            count++;
            if (line.text().startsWith("include_check")) {
                List<String> words = List.of(line.text().trim().split("[ \t]+"));
                if (words.get(0).equals("include_check")) {
                    reader.includeCheck(words);
                }
            }
            return line;
        }
    }

    /**
     * keepalived's {@code check_conf_file}, run before it reads anything. keepalived reports a missing main file
     * without an error status ({@code keepalived -t} exits 0, the daemon exits 6); here every problem with the main
     * file is {@link ConfigErrorKind#FILE_NOT_FOUND} so that callers see that nothing was read.
     */
    private boolean checkMainFile(String pattern, Path cwd) {
        Diagnostics local = new Diagnostics();
        IncludeStack probe = new IncludeStack(local);
        boolean ok = true;
        Glob g = probe.globChecked(pattern, cwd, IncludeStack.INCLUDE);
        if (g == null) {
            ok = false;
            if (local.size() == 0) {
                local.report(ConfigErrorKind.FILE_NOT_FOUND, org.keepalived4j.config.SourcePosition.NONE,
                        "Unable to find configuration file " + pattern);
            }
        } else {
            int matches = 0;
            for (String name : g.paths()) {
                if (!probe.checkFile(name, cwd)) {
                    ok = false;
                    continue;
                }
                if (!java.nio.file.Files.isReadable(cwd.resolve(name))) {
                    local.report(ConfigErrorKind.FILE_NOT_FOUND, org.keepalived4j.config.SourcePosition.NONE,
                            "Unable to read configuration file " + name);
                    ok = false;
                    break;
                }
                matches++;
            }
            if (ok && matches > 1) {
                local.report(ConfigErrorKind.MULTIPLE_FILES, org.keepalived4j.config.SourcePosition.NONE,
                        "WARNING, multiple configuration file matches of " + pattern + ", starting with " + g.paths().get(0));
            } else if (ok && matches == 0) {
                local.report(ConfigErrorKind.FILE_NOT_FOUND, org.keepalived4j.config.SourcePosition.NONE,
                        "Unable to find configuration file " + pattern);
                ok = false;
            }
        }
        for (Diagnostic d : local.all()) {
            diagnostics.report(d.kind() == ConfigErrorKind.INFO ? ConfigErrorKind.FILE_NOT_FOUND : d.kind(), d.position(),
                    d.message());
        }
        return ok;
    }
}
