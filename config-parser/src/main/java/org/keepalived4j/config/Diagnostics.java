package org.keepalived4j.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The messages collected while reading one configuration, in the order they were reported.
 *
 * <p>Not thread-safe: one parse owns one instance. Reading a config never throws for bad input; every problem
 * ends up here, so a caller can print all of them and decide (for {@code -t}, by {@link #exitCode()}).
 */
public final class Diagnostics {

    private final List<Diagnostic> list = new ArrayList<>();

    /** Adds a message. */
    public void report(ConfigErrorKind kind, SourcePosition position, String message) {
        list.add(new Diagnostic(kind, position, message));
    }

    /** Adds a message. */
    public void add(Diagnostic diagnostic) {
        list.add(diagnostic);
    }

    /** Every message, in order. */
    public List<Diagnostic> all() {
        return Collections.unmodifiableList(list);
    }

    /** True when nothing that counts for the exit status was reported. */
    public boolean clean() {
        return list.stream().noneMatch(d -> d.kind().counts());
    }

    /** True when the config could not be run at all (file missing, bad interface, fatal). */
    public boolean fatal() {
        return list.stream().anyMatch(d -> d.kind().exitCode() == 4);
    }

    /**
     * True when a file the configuration includes could not be read and its include counts that as an error
     * ({@code includer}, {@code include_check}...): a {@link ConfigErrorKind#FILE_NOT_FOUND} reported while reading, so
     * with a position (problems with the main file have none). keepalived then stops once the file is read and does
     * not run the config ({@code config_file_error}, exit {@value #EXIT_NO_CONFIG} even for {@code -t}).
     */
    public boolean includeFileError() {
        return list.stream().anyMatch(d -> d.kind() == ConfigErrorKind.FILE_NOT_FOUND && !d.position().isNone());
    }

    /** keepalived's {@code KEEPALIVED_EXIT_NO_CONFIG}: what {@code -t} exits with after an {@link #includeFileError()}. */
    public static final int EXIT_NO_CONFIG = 6;

    /**
     * The exit code {@code keepalived -t} would give. keepalived keeps the reported kind that comes last in its
     * {@code config_err_t} order (so a script-security problem, 6, outranks a warning, 5, which outranks a missing
     * file, 4), and this does the same; 0 when nothing counting was reported. An {@link #includeFileError()} makes it
     * {@value #EXIT_NO_CONFIG}, as keepalived exits before its checks.
     */
    public int exitCode() {
        if (includeFileError()) {
            return EXIT_NO_CONFIG;
        }
        ConfigErrorKind worst = null;
        for (Diagnostic d : list) {
            if (d.kind().counts() && (worst == null || d.kind().ordinal() > worst.ordinal())) {
                worst = d.kind();
            }
        }
        return worst == null ? 0 : worst.exitCode();
    }

    /** Number of messages. */
    public int size() {
        return list.size();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : list) {
            sb.append(d.format()).append('\n');
        }
        return sb.toString();
    }
}
