package org.keepalived4j.config.model.lvs;

import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * {@code DNS_CHECK { type T; name N }}: a UDP DNS query; success on a reply with answers.
 *
 * @param settings   timing and retries (retry defaults to 3, delay_before_retry to the delay loop)
 * @param connection where to send (give {@code connect_port 53} unless the real server's port is the DNS port)
 * @param type       {@code type}, default SOA
 * @param name       {@code name}, default the root ({@code ""})
 * @param position   where the block began
 */
public record DnsCheck(CheckSettings settings, CheckConnection connection, DnsType type, String name,
                       SourcePosition position) implements Check, NetworkCheck {

    public DnsCheck {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public String keyword() {
        return "DNS_CHECK";
    }
}
