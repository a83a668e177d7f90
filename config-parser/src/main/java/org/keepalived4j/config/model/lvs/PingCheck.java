package org.keepalived4j.config.model.lvs;

import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * {@code PING_CHECK { ... }}: an ICMP / ICMPv6 echo (success on a matching reply).
 *
 * @param settings   timing and retries
 * @param connection where to connect
 * @param position   where the block began
 */
public record PingCheck(CheckSettings settings, CheckConnection connection, SourcePosition position)
        implements Check, NetworkCheck {

    public PingCheck {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public String keyword() {
        return "PING_CHECK";
    }
}
