package org.keepalived4j.vrrp.state;

/**
 * Instance (and sync group) states with keepalived's numbers ({@code vrrp.h VRRP_STATE_*}) and the words its
 * notify scripts and logs use.
 */
public enum VrrpState {
    /** RFC 9568 section 6.4.1 Initialize; keepalived 0. */
    INIT(0, "INIT"),
    /** RFC 9568 section 6.4.2 Backup; keepalived 1. */
    BACKUP(1, "BACKUP"),
    /** RFC 9568 section 6.4.3 Active (Master); keepalived 2. */
    MASTER(2, "MASTER"),
    /** keepalived's FAULT: a tracked object failed; adverts are ignored; keepalived 3. */
    FAULT(3, "FAULT"),
    /** Stopped (shutdown); keepalived 98. */
    STOP(98, "STOP");

    private final int code;
    private final String word;

    VrrpState(int code, String word) {
        this.code = code;
        this.word = word;
    }

    /** keepalived's numeric state. */
    public int code() {
        return code;
    }

    /** The state as notify scripts receive it ({@code MASTER}, {@code BACKUP}, {@code FAULT}, {@code STOP}). */
    public String word() {
        return word;
    }
}
