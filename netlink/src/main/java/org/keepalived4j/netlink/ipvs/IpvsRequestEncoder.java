package org.keepalived4j.netlink.ipvs;

import static org.keepalived4j.netlink.ipvs.IpvsGenl.*;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.InetAddress;

import org.keepalived4j.netlink.msg.NlMessageWriter;

/**
 * Writes the attributes of IPVS requests after the {@code genlmsghdr} that
 * {@link org.keepalived4j.netlink.genl.GenericNetlinkSocket#request} wrote. Lengths are the kernel's exactly:
 * addresses 16 bytes ({@code union nf_inet_addr}), ports big-endian 2 bytes, {@code struct ip_vs_flags} 8 bytes,
 * the IPv4 netmask big-endian and the IPv6 prefix length host-order 4 bytes. Nests carry {@code NLA_F_NESTED}.
 */
final class IpvsRequestEncoder {
    /** Mask that makes the kernel take every flag bit from the request (keepalived sends the same). */
    static final int ALL_FLAGS = 0xFFFFFFFF;

    private IpvsRequestEncoder() {
    }

    /**
     * {@code IPVS_CMD_ATTR_SERVICE} with every setting, for {@code NEW_SERVICE} and {@code SET_SERVICE}.
     *
     * @param w writer positioned after the generic netlink header
     * @param s the service
     * @param flagsMask which flag bits the kernel takes from {@code s.flags()}
     */
    static void service(NlMessageWriter w, IpvsService s, int flagsMask) {
        long nest = w.beginNested(CMD_ATTR_SERVICE);
        keyAttributes(w, s.key());
        w.putString(SVC_ATTR_SCHED_NAME, s.scheduler());
        if (!s.persistenceEngine().isEmpty()) {
            w.putString(SVC_ATTR_PE_NAME, s.persistenceEngine());
        }
        byte[] flags = new byte[FLAGS_BYTES];
        MemorySegment f = MemorySegment.ofArray(flags);
        f.set(ValueLayout.JAVA_INT_UNALIGNED, 0, s.flags());
        f.set(ValueLayout.JAVA_INT_UNALIGNED, 4, flagsMask);
        w.putBytes(SVC_ATTR_FLAGS, flags);
        w.putU32(SVC_ATTR_TIMEOUT, s.timeoutSeconds());
        if (s.key().family() == AddressFamily.INET) {
            w.putU32Be(SVC_ATTR_NETMASK, s.netmask());
        } else {
            w.putU32(SVC_ATTR_NETMASK, s.netmask());
        }
        w.endNested(nest);
    }

    /**
     * {@code IPVS_CMD_ATTR_SERVICE} naming a service only, for the commands that look one up.
     *
     * @param w writer
     * @param key the service
     */
    static void serviceKey(NlMessageWriter w, IpvsServiceKey key) {
        long nest = w.beginNested(CMD_ATTR_SERVICE);
        keyAttributes(w, key);
        w.endNested(nest);
    }

    private static void keyAttributes(NlMessageWriter w, IpvsServiceKey key) {
        w.putU16(SVC_ATTR_AF, key.family().code());
        switch (key) {
            case IpvsServiceKey.Fwmark m -> w.putU32(SVC_ATTR_FWMARK, m.mark());
            case IpvsServiceKey.Virtual v -> {
                w.putU16(SVC_ATTR_PROTOCOL, v.protocol().number());
                w.putBytes(SVC_ATTR_ADDR, address16(v.address()));
                w.putU16Be(SVC_ATTR_PORT, v.port());
            }
        }
    }

    /**
     * {@code IPVS_CMD_ATTR_DEST} with every setting, for {@code NEW_DEST} and {@code SET_DEST}. Tunnel attributes
     * go only with {@link ForwardingMethod#TUNNEL}: the port for GUE, the flags for GUE and GRE (as keepalived).
     *
     * @param w writer
     * @param d the destination
     */
    static void destination(NlMessageWriter w, IpvsDestination d) {
        long nest = w.beginNested(CMD_ATTR_DEST);
        w.putU16(DEST_ATTR_ADDR_FAMILY, d.family().code());
        w.putBytes(DEST_ATTR_ADDR, address16(d.address()));
        w.putU16Be(DEST_ATTR_PORT, d.port());
        w.putU32(DEST_ATTR_FWD_METHOD, d.forwarding().code());
        w.putU32(DEST_ATTR_WEIGHT, d.weight());
        if (d.forwarding() == ForwardingMethod.TUNNEL) {
            w.putU8(DEST_ATTR_TUN_TYPE, d.tunnelType().code());
            if (d.tunnelType() == TunnelType.GUE) {
                w.putU16Be(DEST_ATTR_TUN_PORT, d.tunnelPort());
            }
            if (d.tunnelType() != TunnelType.IPIP) {
                w.putU16(DEST_ATTR_TUN_FLAGS, d.tunnelFlags());
            }
        }
        w.putU32(DEST_ATTR_U_THRESH, d.upperThreshold());
        w.putU32(DEST_ATTR_L_THRESH, d.lowerThreshold());
        w.endNested(nest);
    }

    /**
     * {@code IPVS_CMD_ATTR_DEST} naming a destination only, for {@code DEL_DEST}.
     *
     * @param w writer
     * @param address real server address
     * @param port real server port
     */
    static void destinationKey(NlMessageWriter w, InetAddress address, int port) {
        long nest = w.beginNested(CMD_ATTR_DEST);
        w.putU16(DEST_ATTR_ADDR_FAMILY, AddressFamily.of(address).code());
        w.putBytes(DEST_ATTR_ADDR, address16(address));
        w.putU16Be(DEST_ATTR_PORT, port);
        w.endNested(nest);
    }

    /**
     * The three timeout attributes of {@code SET_CONFIG} (0 leaves a value unchanged).
     *
     * @param w writer
     * @param t the timeouts
     */
    static void timeouts(NlMessageWriter w, IpvsTimeouts t) {
        w.putU32(CMD_ATTR_TIMEOUT_TCP, t.tcpSeconds());
        w.putU32(CMD_ATTR_TIMEOUT_TCP_FIN, t.tcpFinSeconds());
        w.putU32(CMD_ATTR_TIMEOUT_UDP, t.udpSeconds());
    }

    /**
     * {@code IPVS_CMD_ATTR_DAEMON} for {@code NEW_DAEMON}; optional settings only when not the default.
     *
     * @param w writer
     * @param d the daemon
     */
    static void daemon(NlMessageWriter w, SyncDaemon d) {
        long nest = w.beginNested(CMD_ATTR_DAEMON);
        w.putU32(DAEMON_ATTR_STATE, d.state().code());
        w.putString(DAEMON_ATTR_MCAST_IFN, d.interfaceName());
        w.putU32(DAEMON_ATTR_SYNC_ID, d.syncId());
        if (d.maxLength() != 0) {
            w.putU16(DAEMON_ATTR_SYNC_MAXLEN, d.maxLength());
        }
        if (d.port() != 0) {
            w.putU16(DAEMON_ATTR_MCAST_PORT, d.port());
        }
        if (d.ttl() != 0) {
            w.putU8(DAEMON_ATTR_MCAST_TTL, d.ttl());
        }
        if (d.group() != null) {
            w.putBytes(AddressFamily.of(d.group()) == AddressFamily.INET6 ? DAEMON_ATTR_MCAST_GROUP6
                    : DAEMON_ATTR_MCAST_GROUP, d.group().getAddress());
        }
        w.endNested(nest);
    }

    /**
     * {@code IPVS_CMD_ATTR_DAEMON} naming the daemon to stop ({@code DEL_DAEMON} needs only the state).
     *
     * @param w writer
     * @param state master or backup
     */
    static void daemonState(NlMessageWriter w, SyncDaemon.State state) {
        long nest = w.beginNested(CMD_ATTR_DAEMON);
        w.putU32(DAEMON_ATTR_STATE, state.code());
        w.endNested(nest);
    }

    /** @param address IPv4 or IPv6 @return it in a zero-padded {@code union nf_inet_addr} */
    static byte[] address16(InetAddress address) {
        byte[] out = new byte[ADDRESS_BYTES];
        byte[] raw = address.getAddress();
        System.arraycopy(raw, 0, out, 0, raw.length);
        return out;
    }
}
