package org.keepalived4j.config.model.lvs;

import java.util.Set;

/**
 * An IPVS service flag set from the config ({@code IP_VS_SVC_F_*} in linux/ip_vs.h). The scheduler flags mean
 * different things per scheduler: for {@code sh} and {@code mh}, {@link #SCHED1} is {@code *-fallback} and
 * {@link #SCHED2} is {@code *-port}.
 *
 * <table>
 * <caption>keywords</caption>
 * <tr><th>flag</th><th>bit</th><th>virtual_server keywords</th></tr>
 * <tr><td>ONE_PACKET</td><td>0x0004</td><td>{@code ops}</td></tr>
 * <tr><td>SCHED1</td><td>0x0008</td><td>{@code flag-1}, {@code sh-fallback}, {@code mh-fallback}</td></tr>
 * <tr><td>SCHED2</td><td>0x0010</td><td>{@code flag-2}, {@code sh-port}, {@code mh-port}</td></tr>
 * <tr><td>SCHED3</td><td>0x0020</td><td>{@code flag-3}</td></tr>
 * </table>
 */
public enum ServiceFlag {
    /** One-packet scheduling (UDP only, or fwmark services). */
    ONE_PACKET(0x0004),
    /** Scheduler flag 1. */
    SCHED1(0x0008),
    /** Scheduler flag 2. */
    SCHED2(0x0010),
    /** Scheduler flag 3. */
    SCHED3(0x0020);

    private final int bit;

    ServiceFlag(int bit) {
        this.bit = bit;
    }

    /** The flag's bit in {@code IPVS_SVC_ATTR_FLAGS}. */
    public int bit() {
        return bit;
    }

    /** The flags as IPVS wants them (without the persistent bit, which follows from the persistence timeout). */
    public static int bits(Set<ServiceFlag> flags) {
        int b = 0;
        for (ServiceFlag f : flags) {
            b |= f.bit;
        }
        return b;
    }
}
