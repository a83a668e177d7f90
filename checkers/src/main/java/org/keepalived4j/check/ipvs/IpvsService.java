package org.keepalived4j.check.ipvs;

import java.util.Objects;

/**
 * A service as IPVS wants it (keepalived's {@code ipvs_set_srule}).
 *
 * @param key                       what identifies it
 * @param scheduler                 the scheduler name ({@code wlc}, {@code rr}, ...)
 * @param flags                     {@code IP_VS_SVC_F_*} bits, the persistent bit (0x1) included when persistent
 * @param persistenceTimeoutSeconds the persistence timeout, 0 when not persistent
 * @param netmask                   IPv4: the persistence netmask as a 32-bit number (0xffffffff by default); IPv6:
 *                                  the prefix length (128 by default)
 * @param persistenceEngine         the persistence engine ({@code sip}), or null
 */
public record IpvsService(ServiceKey key, String scheduler, int flags, long persistenceTimeoutSeconds, long netmask,
                          String persistenceEngine) {

    /** {@code IP_VS_SVC_F_PERSISTENT}. */
    public static final int FLAG_PERSISTENT = 0x0001;

    public IpvsService {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(scheduler, "scheduler");
    }
}
