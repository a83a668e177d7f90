package org.keepalived4j.netlink.ipvs;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An IPVS connection synchronisation daemon ({@code IPVS_CMD_ATTR_DAEMON}); keepalived's {@code lvs_sync_daemon
 * INTERFACE VRRP_INSTANCE [id SYNC_ID] [maxlen LEN] [port PORT] [ttl TTL] [group IP]}. Optional settings are 0
 * (or {@code null} for the group) to leave the kernel default.
 *
 * @param state master (sends) or backup (receives)
 * @param interfaceName multicast interface, at most 15 bytes
 * @param syncId SyncID, 0 to 255
 * @param maxLength UDP payload size, 0 for the kernel default
 * @param group multicast group (IPv4 or IPv6), {@code null} for the default 224.0.0.81
 * @param port multicast port, 0 for the default 8848
 * @param ttl multicast TTL 1..255, 0 for the default 1
 */
public record SyncDaemon(SyncDaemon.State state, String interfaceName, int syncId, int maxLength, InetAddress group,
                         int port, int ttl) {

    /** {@code IP_VS_STATE_*}: which side of the synchronisation this daemon is. */
    public enum State {
        /** {@code IP_VS_STATE_MASTER}. */
        MASTER(1),
        /** {@code IP_VS_STATE_BACKUP}. */
        BACKUP(2);

        private final int code;

        State(int code) {
            this.code = code;
        }

        /** @return the kernel's value */
        public int code() {
            return code;
        }

        /** @param code an {@code IP_VS_STATE_*} value @return the state, or {@code null} if unknown */
        public static State fromCode(int code) {
            return switch (code) {
                case 1 -> MASTER;
                case 2 -> BACKUP;
                default -> null;
            };
        }
    }

    /** Checks the fields against what the kernel accepts. */
    public SyncDaemon {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(interfaceName, "interfaceName");
        int bytes = interfaceName.getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0 || bytes > 15) {
            throw new IllegalArgumentException("sync daemon interface name '" + interfaceName
                    + "' must be 1 to 15 bytes");
        }
        if (syncId < 0 || syncId > 255) {
            throw new IllegalArgumentException("sync daemon id " + syncId + " is not in 0..255");
        }
        if (maxLength < 0 || maxLength > 0xFFFF) {
            throw new IllegalArgumentException("sync daemon maxlen " + maxLength + " is not in 0..65535");
        }
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("sync daemon port " + port + " is not in 0..65535");
        }
        if (ttl < 0 || ttl > 255) {
            throw new IllegalArgumentException("sync daemon ttl " + ttl + " is not in 0..255");
        }
    }

    /**
     * @param state master or backup
     * @param interfaceName multicast interface
     * @param syncId 0 to 255
     * @return a daemon with the kernel's defaults for everything else
     */
    public static SyncDaemon of(State state, String interfaceName, int syncId) {
        return new SyncDaemon(state, interfaceName, syncId, 0, null, 0, 0);
    }
}
