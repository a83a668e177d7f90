package org.keepalived4j.config.model;

import java.net.InetAddress;
import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * The IPVS connection synchronisation daemon ({@code lvs_sync_daemon IF [VRRP_INSTANCE] [id N] [maxlen N] [port N]
 * [ttl N] [group IP]} in {@code global_defs}); it runs as master or backup following the VRRP instance's state.
 *
 * @param interfaceName the interface the sync traffic uses
 * @param vrrpInstance  the VRRP instance whose state it follows, or {@code null} if none was named
 * @param syncId        the sync id (0-255), or -1 for keepalived's default: the instance's virtual router id
 * @param maxLen        maximum sync message length, or {@code null} for the kernel's default
 * @param port          UDP port, or {@code null} for the kernel's default (8848)
 * @param ttl           multicast TTL, or {@code null} for the kernel's default
 * @param group         multicast group, or {@code null} for the kernel's default (224.0.0.81)
 * @param position      where the keyword stood
 */
public record LvsSyncDaemon(String interfaceName, String vrrpInstance, int syncId, Integer maxLen, Integer port,
                            Integer ttl, InetAddress group, SourcePosition position) {

    /** {@link #syncId()} when none was given: keepalived uses the VRRP instance's virtual router id. */
    public static final int SYNC_ID_FROM_VRID = -1;

    public LvsSyncDaemon {
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(position, "position");
    }
}
