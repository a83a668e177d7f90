package org.keepalived4j.config.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * What every keyword handler needs: the options of this parse and the place to report problems.
 * One per parse; not thread-safe.
 */
public final class BuildContext {

    private final ParseOptions options;
    private final Diagnostics diagnostics;
    private final List<ScriptCommand> scripts = new ArrayList<>();

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

    /**
     * Records a script the config would run, so that the script-security check made after the whole config was
     * read (keepalived: {@code SECURITY VIOLATION - scripts are being executed but script_security not enabled.})
     * sees every one of them, VRRP and checker alike.
     */
    public void registerScript(ScriptCommand script) {
        scripts.add(script);
    }

    /** Every script registered so far, in order. */
    public List<ScriptCommand> scripts() {
        return Collections.unmodifiableList(scripts);
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
