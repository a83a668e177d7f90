package org.keepalived4j.config.build;

import java.util.Objects;
import org.keepalived4j.config.model.ScriptCommand;

/**
 * A script recorded in the {@link BuildContext} for the script security check.
 *
 * @param script the script
 * @param use    what it is for
 * @param owner  the name keepalived uses in messages about it (the vrrp_script name for a track script), or
 *               {@code null}
 */
public record RegisteredScript(ScriptCommand script, ScriptUse use, String owner) {

    public RegisteredScript {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(use, "use");
    }
}
