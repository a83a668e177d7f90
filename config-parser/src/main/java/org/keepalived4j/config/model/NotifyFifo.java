package org.keepalived4j.config.model;

import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * A notify FIFO ({@code notify_fifo}, {@code vrrp_notify_fifo}, {@code lvs_notify_fifo} in {@code global_defs}):
 * keepalived writes one line per state change into it, and may start a script that reads it.
 *
 * @param path     the FIFO's path
 * @param script   the {@code *_notify_fifo_script}, or {@code null}; as keepalived does, the FIFO's path is appended
 *                 to its arguments
 * @param position where the FIFO keyword stood
 * @param user     owner of the FIFO ({@code notify_fifo PATH USER}), or {@code null} for the default script user
 * @param group    group of the FIFO ({@code notify_fifo PATH USER GROUP}), or {@code null} for the user's group
 */
public record NotifyFifo(String path, ScriptCommand script, SourcePosition position, String user, String group) {

    public NotifyFifo {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(position, "position");
    }

    /** A FIFO owned by the default script user. */
    public NotifyFifo(String path, ScriptCommand script, SourcePosition position) {
        this(path, script, position, null, null);
    }
}
