package org.keepalived4j.core.status;

/**
 * What the checker part's IPVS reconciler counted (cheap: no kernel dump per scrape).
 *
 * @param available false when the kernel has no IPVS and nothing is programmed
 * @param commands  changing commands sent to the kernel (add, edit, delete, flush)
 * @param failures  commands the kernel refused
 * @param repairs   entries found altered or deleted behind our back and put back
 */
public record IpvsCounters(boolean available, long commands, long failures, long repairs) {

    /** No IPVS. */
    public static final IpvsCounters UNAVAILABLE = new IpvsCounters(false, 0, 0, 0);
}
