package org.keepalived4j.netlink.ipvs;

import java.util.Objects;

/**
 * A virtual service as the kernel keeps it ({@code IPVS_CMD_ATTR_SERVICE}); keepalived's {@code virtual_server}.
 *
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>Field</th><th>keepalived keyword</th><th>Wire</th></tr>
 *   <tr><td>{@code scheduler}</td><td>{@code lb_algo} / {@code lvs_sched}</td><td>{@code SCHED_NAME}, at most 15
 *       bytes: rr wrr lc wlc lblc lblcr dh sh sed nq fo ovf mh</td></tr>
 *   <tr><td>{@code flags}</td><td>{@code persistence_timeout} (sets {@link #FLAG_PERSISTENT}), {@code ops},
 *       {@code sh-fallback}/{@code mh-fallback}, {@code sh-port}/{@code mh-port}</td><td>{@code FLAGS}: {@code struct
 *       ip_vs_flags}, sent with mask {@code ~0}</td></tr>
 *   <tr><td>{@code timeoutSeconds}</td><td>{@code persistence_timeout}</td><td>{@code TIMEOUT}, u32</td></tr>
 *   <tr><td>{@code netmask}</td><td>{@code persistence_granularity}</td><td>{@code NETMASK}: IPv4 mask big-endian
 *       (here as its 32-bit value, {@code 0xFFFFFF00} for /24); IPv6 prefix length 1..128 in host order</td></tr>
 *   <tr><td>{@code persistenceEngine}</td><td>{@code persistence_engine}</td><td>{@code PE_NAME}, empty for
 *       none</td></tr>
 * </table>
 *
 * {@link #FLAG_HASHED} is the kernel's own bookkeeping: it is never sent and is dropped when a service is read.
 *
 * @param key what identifies the service
 * @param scheduler scheduler name
 * @param flags {@code IP_VS_SVC_F_*} bits
 * @param timeoutSeconds persistence timeout, 0 when not persistent
 * @param netmask persistence granularity, see the table
 * @param persistenceEngine persistence engine name, {@code ""} for none
 */
public record IpvsService(IpvsServiceKey key, String scheduler, int flags, int timeoutSeconds, int netmask,
                          String persistenceEngine) {
    /** {@code IP_VS_SVC_F_PERSISTENT}. */
    public static final int FLAG_PERSISTENT = 0x0001;
    /** {@code IP_VS_SVC_F_HASHED}: set by the kernel, never by us. */
    public static final int FLAG_HASHED = 0x0002;
    /** {@code IP_VS_SVC_F_ONEPACKET}: one-packet scheduling (keepalived {@code ops}, UDP only). */
    public static final int FLAG_ONE_PACKET = 0x0004;
    /** {@code IP_VS_SVC_F_SCHED1}. */
    public static final int FLAG_SCHED1 = 0x0008;
    /** {@code IP_VS_SVC_F_SCHED2}. */
    public static final int FLAG_SCHED2 = 0x0010;
    /** {@code IP_VS_SVC_F_SCHED3}. */
    public static final int FLAG_SCHED3 = 0x0020;
    /** {@code sh-fallback} and {@code mh-fallback}: {@link #FLAG_SCHED1}. */
    public static final int FLAG_FALLBACK = FLAG_SCHED1;
    /** {@code sh-port} and {@code mh-port}: {@link #FLAG_SCHED2}. */
    public static final int FLAG_PORT = FLAG_SCHED2;
    /** Maximum scheduler and persistence engine name length in bytes ({@code IP_VS_SCHEDNAME_MAXLEN - 1}). */
    public static final int NAME_MAX_BYTES = 15;
    /** The IPv4 netmask a new service gets: 255.255.255.255. */
    public static final int DEFAULT_IPV4_NETMASK = 0xFFFFFFFF;
    /** The IPv6 prefix length a new service gets. */
    public static final int DEFAULT_IPV6_PREFIX = 128;

    /** Checks the fields against what the kernel accepts. */
    public IpvsService {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(persistenceEngine, "persistenceEngine");
        checkName("scheduler", scheduler, false);
        checkName("persistence engine", persistenceEngine, true);
        if (timeoutSeconds < 0) {
            throw new IllegalArgumentException("persistence timeout " + timeoutSeconds + " is negative");
        }
        if (key.family() == AddressFamily.INET6 && (netmask < 1 || netmask > 128)) {
            throw new IllegalArgumentException("IPv6 persistence prefix length " + netmask + " is not in 1..128");
        }
        if ((flags & FLAG_HASHED) != 0) {
            throw new IllegalArgumentException("flag IP_VS_SVC_F_HASHED (0x2) belongs to the kernel");
        }
    }

    /**
     * A service with no persistence and no flags.
     *
     * @param key what identifies it
     * @param scheduler scheduler name, e.g. {@code "wlc"}
     * @return the service
     */
    public static IpvsService of(IpvsServiceKey key, String scheduler) {
        int netmask = key.family() == AddressFamily.INET6 ? DEFAULT_IPV6_PREFIX : DEFAULT_IPV4_NETMASK;
        return new IpvsService(key, scheduler, 0, 0, netmask, "");
    }

    /**
     * @param seconds persistence timeout, positive
     * @param granularity IPv4 netmask value or IPv6 prefix length
     * @return a copy with persistence on ({@link #FLAG_PERSISTENT} set)
     */
    public IpvsService withPersistence(int seconds, int granularity) {
        return new IpvsService(key, scheduler, flags | FLAG_PERSISTENT, seconds, granularity, persistenceEngine);
    }

    /** @param newFlags {@code IP_VS_SVC_F_*} bits @return a copy with exactly these flags */
    public IpvsService withFlags(int newFlags) {
        return new IpvsService(key, scheduler, newFlags, timeoutSeconds, netmask, persistenceEngine);
    }

    /** @param newScheduler scheduler name @return a copy with this scheduler */
    public IpvsService withScheduler(String newScheduler) {
        return new IpvsService(key, newScheduler, flags, timeoutSeconds, netmask, persistenceEngine);
    }

    /** @param engine persistence engine name, {@code ""} for none @return a copy with it */
    public IpvsService withPersistenceEngine(String engine) {
        return new IpvsService(key, scheduler, flags, timeoutSeconds, netmask, engine);
    }

    private static void checkName(String what, String name, boolean mayBeEmpty) {
        int bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (!mayBeEmpty && bytes == 0) {
            throw new IllegalArgumentException(what + " name is empty");
        }
        if (bytes > NAME_MAX_BYTES) {
            throw new IllegalArgumentException(what + " name '" + name + "' is longer than " + NAME_MAX_BYTES
                    + " bytes");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " name contains a NUL character");
        }
    }
}
