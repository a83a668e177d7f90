package org.keepalived4j.config.model.lvs;

import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * {@code UDP_CHECK { payload HEX; require_reply [HEX]; min_reply_length N; max_reply_length N }}: sends a datagram;
 * fails on an ICMP error, and, with {@code require_reply}, without a matching reply.
 *
 * @param settings       timing and retries
 * @param connection     where to send
 * @param payload        {@code payload}, or {@code null} to send an empty datagram
 * @param requireReply   {@code require_reply} was given
 * @param reply          the expected start of the reply, or {@code null} to accept any
 * @param minReplyLength {@code min_reply_length}, default 0
 * @param maxReplyLength {@code max_reply_length}, default 255
 * @param position       where the block began
 */
public record UdpCheck(CheckSettings settings, CheckConnection connection, HexPattern payload, boolean requireReply,
                       HexPattern reply, int minReplyLength, int maxReplyLength, SourcePosition position)
        implements Check, NetworkCheck {

    public UdpCheck {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public String keyword() {
        return "UDP_CHECK";
    }
}
