package org.keepalived4j.config.model.lvs;

import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * {@code SMTP_CHECK { helo_name ...; ... }}: an SMTP dialogue (220 greeting, HELO, 250, QUIT, 221).
 *
 * <p>The deprecated {@code host { ... }} sub-blocks become one SmtpCheck each, as keepalived turns them into separate
 * checkers (plus one for the block itself when it sets a connection option or has no host).
 *
 * @param settings   timing and retries
 * @param connection where to connect (default: the real server's address and port)
 * @param heloName   {@code helo_name}, default {@code smtpchecker.keepalived.org}
 * @param position   where the block (or its {@code host} sub-block) began
 */
public record SmtpCheck(CheckSettings settings, CheckConnection connection, String heloName, SourcePosition position)
        implements Check, NetworkCheck {

    /** keepalived's default HELO name. */
    public static final String DEFAULT_HELO = "smtpchecker.keepalived.org";

    public SmtpCheck {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(heloName, "heloName");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public String keyword() {
        return "SMTP_CHECK";
    }
}
