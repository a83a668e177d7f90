package org.keepalived4j.config.model.lvs;

import java.util.Optional;

/**
 * An IPVS scheduler, as {@code lb_algo} / {@code lvs_sched} names it. The kernel module is {@code ip_vs_<keyword>}.
 *
 * <p>keepalived 2.2.7 accepts exactly these names (its {@code lvs_schedulers} list); without {@code lb_algo} it uses
 * {@link #WLC} and says so ({@code no scheduler set, setting default 'wlc'}).
 */
public enum Scheduler {
    /** Round robin. */
    RR("rr"),
    /** Weighted round robin. */
    WRR("wrr"),
    /** Least connection. */
    LC("lc"),
    /** Weighted least connection (the default). */
    WLC("wlc"),
    /** Locality-based least connection. */
    LBLC("lblc"),
    /** Source hashing; flags {@code sh-port}, {@code sh-fallback}. */
    SH("sh"),
    /** Maglev hashing; flags {@code mh-port}, {@code mh-fallback}. */
    MH("mh"),
    /** Destination hashing. */
    DH("dh"),
    /** Weighted failover. */
    FO("fo"),
    /** Weighted overflow. */
    OVF("ovf"),
    /** Locality-based least connection with replication. */
    LBLCR("lblcr"),
    /** Shortest expected delay. */
    SED("sed"),
    /** Never queue. */
    NQ("nq"),
    /** Weighted random twos choice. */
    TWOS("twos");

    private final String keyword;

    Scheduler(String keyword) {
        this.keyword = keyword;
    }

    /** The name in the config and in IPVS ({@code IPVS_SVC_ATTR_SCHED_NAME}). */
    public String keyword() {
        return keyword;
    }

    /** The scheduler with this name (case-sensitive, as keepalived compares), if any. */
    public static Optional<Scheduler> fromKeyword(String name) {
        for (Scheduler s : values()) {
            if (s.keyword.equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return keyword;
    }
}
