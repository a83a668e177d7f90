package org.keepalived4j.vrrp.state;

/**
 * A received advert that passed the receive rules, as the state machine sees it. The runtime adapts its decoded
 * packet without copying; tests use small fakes.
 */
public interface PeerAdvert {
    /** Priority 0..255. */
    int priority();

    /** Advert interval in centiseconds (v2: seconds * 100). */
    int adverIntCs();

    /**
     * Compares the sender's address with {@code ours} (unsigned, as memcmp): positive when the sender's is greater
     * (RFC 9568 section 6.4.3 tie-break).
     */
    int compareSource(byte[] ours);

    /** True when the sender's address equals {@code address}. */
    boolean sourceEquals(byte[] address);

    /** Copies the sender's address into {@code out} (4 or 16 bytes). */
    void copySource(byte[] out);

    /** The sender's address as text, for log lines only (may allocate). */
    String sourceText();
}
