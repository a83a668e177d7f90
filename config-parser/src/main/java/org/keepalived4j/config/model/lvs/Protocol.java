package org.keepalived4j.config.model.lvs;

import java.util.Optional;

/**
 * The transport protocol of a virtual server ({@code protocol TCP|UDP|SCTP}). {@link #NONE} for services defined by a
 * firewall mark, which match any protocol.
 */
public enum Protocol {
    /** No protocol: firewall-mark services (keepalived prints it as {@code none}). */
    NONE(0, "none"),
    /** TCP, IP protocol 6. */
    TCP(6, "tcp"),
    /** UDP, IP protocol 17. */
    UDP(17, "udp"),
    /** SCTP, IP protocol 132. */
    SCTP(132, "sctp");

    private final int code;
    private final String lowerName;

    Protocol(int code, String lowerName) {
        this.code = code;
        this.lowerName = lowerName;
    }

    /** The IP protocol number ({@code IPVS_SVC_ATTR_PROTOCOL}). */
    public int code() {
        return code;
    }

    /** The name keepalived prints in its {@code [addr]:proto:port} form. */
    public String lowerName() {
        return lowerName;
    }

    /** The protocol with this number, if it is one of ours. */
    public static Optional<Protocol> fromCode(int code) {
        for (Protocol p : values()) {
            if (p.code == code) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The protocol for a {@code protocol} keyword argument, compared without case as keepalived does. */
    public static Optional<Protocol> fromKeyword(String word) {
        for (Protocol p : values()) {
            if (p != NONE && p.name().equalsIgnoreCase(word)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
