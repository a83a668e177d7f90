package org.keepalived4j.config.model.vrrp;

/**
 * The initial state a {@code vrrp_instance} wants ({@code state MASTER|BACKUP}), after keepalived's rules: without
 * {@code state} it follows the priority (255 means MASTER), strict mode forces it to match address ownership, AH
 * authentication clears MASTER (RFC 3768 §6.4.1, RFC 5798 §6.4.1 Initialize).
 */
public enum VrrpState {
    /** Start as backup. */
    BACKUP,
    /** Start as master. */
    MASTER
}
