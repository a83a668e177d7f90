package org.keepalived4j.config.model.lvs;

import java.time.Duration;
import java.util.Objects;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.ScriptCommand;

/**
 * {@code MISC_CHECK { misc_path ...; misc_timeout N; misc_dynamic; user U [G] }}: runs a script; exit 0 is success.
 * With {@code misc_dynamic}, exit codes 2-255 set the real server's weight to code - 2.
 *
 * @param settings timing and retries (retry defaults to 0 for this check)
 * @param script   the script and the user/group it runs as ({@code user}, else the global script user)
 * @param timeout  {@code misc_timeout}, else the virtual server's delay_loop, as keepalived
 * @param dynamic  {@code misc_dynamic}
 * @param position where the block began
 */
public record MiscCheck(CheckSettings settings, ScriptCommand script, Duration timeout, boolean dynamic,
                        SourcePosition position) implements Check, PeriodicCheck {

    public MiscCheck {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public String keyword() {
        return "MISC_CHECK";
    }
}
