package org.keepalived4j.config.build;

import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * What every keyword handler needs: the options of this parse and the place to report problems.
 * One per parse; not thread-safe.
 */
public final class BuildContext {

    private final ParseOptions options;
    private final Diagnostics diagnostics;

    public BuildContext(ParseOptions options, Diagnostics diagnostics) {
        this.options = options;
        this.diagnostics = diagnostics;
    }

    /** The options of this parse. */
    public ParseOptions options() {
        return options;
    }

    /** Where problems go. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Reports a problem at a position. */
    public void report(ConfigErrorKind kind, SourcePosition at, String message) {
        diagnostics.report(kind, at, message);
    }

    /** Reports a problem at a node's line. */
    public void report(ConfigErrorKind kind, ConfigNode at, String message) {
        diagnostics.report(kind, at.position(), message);
    }

    /** Reports a {@link ConfigErrorKind#GENERAL_ERROR} at a node's line. */
    public void error(ConfigNode at, String message) {
        report(ConfigErrorKind.GENERAL_ERROR, at, message);
    }

    /** Reports a {@link ConfigErrorKind#WARNING} at a node's line. */
    public void warn(ConfigNode at, String message) {
        report(ConfigErrorKind.WARNING, at, message);
    }
}
