package org.keepalived4j.config.model.lvs;

import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * {@code TCP_CHECK { ... }}: a TCP connect (success when the connection is established).
 *
 * @param settings   timing and retries
 * @param connection where to connect
 * @param position   where the block began
 */
public record TcpCheck(CheckSettings settings, CheckConnection connection, SourcePosition position)
        implements Check, NetworkCheck {

    public TcpCheck {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public String keyword() {
        return "TCP_CHECK";
    }
}
