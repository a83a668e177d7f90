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
    private final List<RegisteredScript> registered = new ArrayList<>();

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
        registerScript(script, ScriptUse.OTHER, null);
    }

    /**
     * Records a script with what it is for and the name keepalived's messages use for it (the vrrp_script name of a
     * track script, else {@code null}). {@link Scripts} calls this; see there.
     */
    public void registerScript(ScriptCommand script, ScriptUse use, String owner) {
        scripts.add(script);
        registered.add(new RegisteredScript(script, use, owner));
    }

    /** Every script registered so far with its use, in order (what {@link ScriptSecurity} checks). */
    public List<RegisteredScript> registeredScripts() {
        return Collections.unmodifiableList(registered);
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
