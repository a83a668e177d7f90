package org.keepalived4j.config;

/**
 * The kind of a configuration diagnostic, in keepalived's order of severity (its {@code config_err_t}).
 *
 * <p>{@code keepalived -t} exits with the code of the most severe kind reported; {@link #exitCode()} gives it.
 * {@link #NOTICE} is ours: a message that keepalived would not print (for instance a keyword that keepalived4j
 * recognises but does not act on yet); it never changes the exit code.
 */
public enum ConfigErrorKind {
    /** A config or include file could not be read (keepalived: CONFIG_FILE_NOT_FOUND). */
    FILE_NOT_FOUND(4),
    /** An interface the config needs does not exist (CONFIG_BAD_IF). */
    BAD_IF(4),
    /** Keepalived could not run this config (CONFIG_FATAL). */
    FATAL(4),
    /** More than one file matched where one was expected. */
    MULTIPLE_FILES(5),
    /** A keyword unknown in its block. */
    UNKNOWN_KEYWORD(5),
    /** A '{' where none was expected. */
    UNEXPECTED_BOB(5),
    /** A block keyword without its '{'. */
    MISSING_BOB(5),
    /** A '}' where none was expected. */
    UNEXPECTED_EOB(5),
    /** End of input inside a block. */
    MISSING_EOB(5),
    /** A double quote without its partner. */
    UNMATCHED_QUOTE(5),
    /** A keyword without its parameter. */
    MISSING_PARAMETER(5),
    /** A word where a number goes, or a number out of range. */
    INVALID_NUMBER(5),
    /** Any other error keepalived reports and then carries on. */
    GENERAL_ERROR(5),
    /** A warning keepalived reports. */
    WARNING(5),
    /** A deprecated keyword or form, still accepted. */
    DEPRECATED(5),
    /** Scripts would run but script security is not enabled (CONFIG_SECURITY_ERROR). */
    SECURITY_ERROR(6),
    /**
     * A message keepalived prints without changing the exit status (it reports it as {@code CONFIG_OK}): for instance
     * a file a plain {@code include} names that does not exist. Does not affect the exit code.
     */
    INFO(0),
    /** keepalived4j's own information; keepalived prints nothing here. Does not affect the exit code. */
    NOTICE(0);

    private final int exitCode;

    ConfigErrorKind(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The exit code {@code keepalived -t} uses when this is the most severe kind reported. */
    public int exitCode() {
        return exitCode;
    }

    /** True if this kind counts for the config-test exit status (everything but {@link #INFO} and {@link #NOTICE}). */
    public boolean counts() {
        return this != NOTICE && this != INFO;
    }
}
