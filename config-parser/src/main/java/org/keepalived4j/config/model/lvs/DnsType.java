package org.keepalived4j.config.model.lvs;

import java.util.Optional;

/** The query type of a DNS_CHECK ({@code type}), with its RR type code (RFC 1035 §3.2.2 and later). */
public enum DnsType {
    /** IPv4 address, 1. */
    A(1),
    /** Name server, 2. */
    NS(2),
    /** Canonical name, 5. */
    CNAME(5),
    /** Start of authority, 6 (the default). */
    SOA(6),
    /** Mail exchange, 15. */
    MX(15),
    /** Text, 16. */
    TXT(16),
    /** IPv6 address, 28. */
    AAAA(28),
    /** DNSSEC signature, 46. */
    RRSIG(46),
    /** DNSSEC key, 48. */
    DNSKEY(48);

    private final int code;

    DnsType(int code) {
        this.code = code;
    }

    /** The RR type code sent in the question. */
    public int code() {
        return code;
    }

    /** The type for a {@code type} argument, without case as keepalived compares. */
    public static Optional<DnsType> fromKeyword(String word) {
        for (DnsType t : values()) {
            if (t.name().equalsIgnoreCase(word)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
