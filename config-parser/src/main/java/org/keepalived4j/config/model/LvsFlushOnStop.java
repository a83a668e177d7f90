package org.keepalived4j.config.model;

/** What keepalived removes from the IPVS table when it stops ({@code lvs_flush_on_stop [VS]}). */
public enum LvsFlushOnStop {
    /** Only what keepalived added (the default). */
    NONE,
    /** The virtual servers keepalived configured, with all their real servers ({@code lvs_flush_on_stop VS}). */
    VS,
    /** The whole IPVS table ({@code lvs_flush_on_stop}). */
    ALL
}
