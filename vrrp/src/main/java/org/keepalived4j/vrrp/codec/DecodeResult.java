package org.keepalived4j.vrrp.codec;

/**
 * Outcome of decoding and checking one received frame: {@link #OK} or the reason it was not accepted.
 *
 * <p>Reasons follow keepalived's {@code vrrp_check_packet} (vrrp.c) and name the counter of
 * {@link VrrpStats} they bump ({@code -} when keepalived keeps none in its stats file). {@link Disposition#KO}
 * is keepalived's {@code VRRP_PACKET_KO} (invalid), {@link Disposition#DROP} its {@code VRRP_PACKET_DROP} (not
 * relevant to us). Either way the advert is not processed by the state machine. Returned as a value: nothing is
 * thrown or allocated on the packet path.
 */
public enum DecodeResult {
    /** Valid advert, to be handed to the state machine. */
    OK(Disposition.ACCEPT),
    /** Fewer bytes than the IP and VRRP headers (or the IP total length) need ({@code packet_len_err} once bound). */
    TOO_SHORT(Disposition.KO),
    /** Not IPv4/IPv6 protocol 112 (or AH carrying 112): a filter leak; {@code -}. */
    NOT_VRRP(Disposition.DROP),
    /** No instance with this VRID on the interface; keepalived's {@code log_unknown_vrids}; SNMP {@code vrid_err}. */
    UNKNOWN_VRID(Disposition.DROP),
    /** Instance in FAULT or INIT: adverts are ignored, as keepalived's {@code vrrp_dispatcher_read}. */
    IGNORED_IN_STATE(Disposition.DROP),
    /** AH header present but auth type not AH, or the reverse; {@code authtype_mismatch}. */
    AH_PRESENCE_MISMATCH(Disposition.KO),
    /** Length does not match the header's address count; {@code packet_len_err}. */
    PACKET_LENGTH(Disposition.KO),
    /** Multicast advert whose TTL / hop limit is not 255 (RFC 9568 section 7.1); {@code ip_ttl_err}. */
    TTL(Disposition.KO),
    /** Version differs from the instance's; SNMP {@code vers_err}. */
    VERSION(Disposition.KO),
    /** v2 auth type not 0, 1 or 2; {@code invalid_authtype}. */
    INVALID_AUTH_TYPE(Disposition.KO),
    /** v2 auth type differs from the instance's; {@code authtype_mismatch}. */
    AUTH_TYPE_MISMATCH(Disposition.KO),
    /** v2 PASS password differs; {@code auth_failure}. */
    AUTH_FAILURE(Disposition.KO),
    /** AH advert: recognised but its HMAC is not verified by keepalived4j; {@code auth_failure}. */
    AH_NOT_VERIFIED(Disposition.KO),
    /** v2 advert interval differs (RFC 3768 section 7.1); dropped; {@code advert_interval_err}. */
    ADVERT_INTERVAL(Disposition.DROP),
    /** Type is not ADVERTISEMENT (1); {@code invalid_type_rcvd}. */
    INVALID_TYPE(Disposition.KO),
    /** Address count differs from the instance's VIP count; {@code addr_list_err}. */
    ADDRESS_COUNT(Disposition.KO),
    /** Checksum wrong in every accepted mode; SNMP {@code chk_err}. */
    CHECKSUM(Disposition.KO),
    /** Multicast advert on a unicast instance or the reverse; {@code addr_list_err}. */
    CAST_MISMATCH(Disposition.KO),
    /** One of the instance's VIPs is missing from the advert; {@code addr_list_err}. */
    ADDRESS_LIST(Disposition.KO),
    /** Unicast advert from an address that is not a {@code unicast_peer}; {@code -}. */
    UNICAST_SOURCE_NOT_PEER(Disposition.KO);

    /** What keepalived would do with the packet. */
    public enum Disposition {
        /** Processed. */
        ACCEPT,
        /** Invalid ({@code VRRP_PACKET_KO}). */
        KO,
        /** Not relevant ({@code VRRP_PACKET_DROP}). */
        DROP
    }

    private final Disposition disposition;

    DecodeResult(Disposition disposition) {
        this.disposition = disposition;
    }

    /** Whether keepalived calls this invalid or merely irrelevant. */
    public Disposition disposition() {
        return disposition;
    }

    /** True only for {@link #OK}. */
    public boolean isOk() {
        return this == OK;
    }
}
