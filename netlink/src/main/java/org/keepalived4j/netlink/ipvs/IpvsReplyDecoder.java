package org.keepalived4j.netlink.ipvs;

import static org.keepalived4j.netlink.ipvs.IpvsGenl.*;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.keepalived4j.netlink.msg.Attr;
import org.keepalived4j.netlink.msg.AttrDecoder;
import org.keepalived4j.netlink.msg.AttrList;
import org.keepalived4j.netlink.msg.AttrSchema;
import org.keepalived4j.netlink.msg.GenlMsgHdrFlyweight;
import org.keepalived4j.netlink.msg.NlAttrFlyweight;
import org.keepalived4j.netlink.msg.NlMsgHdrFlyweight;

/**
 * Turns the kernel's IPVS answers into records. Each attribute must have the kernel's exact size (a wrong size is
 * treated as missing), and a message that lacks what the kernel always sends is refused with a
 * {@link MalformedReplyException} naming the attribute: keepalived's parse callbacks give up in the same cases.
 * Unknown attributes (a newer kernel) are ignored.
 */
final class IpvsReplyDecoder {
    private static final AttrSchema SERVICE = AttrSchema.builder()
            .u16(SVC_ATTR_AF, "AF").u16(SVC_ATTR_PROTOCOL, "PROTOCOL").binary(SVC_ATTR_ADDR, "ADDR")
            .u16Be(SVC_ATTR_PORT, "PORT").u32(SVC_ATTR_FWMARK, "FWMARK").string(SVC_ATTR_SCHED_NAME, "SCHED_NAME")
            .binary(SVC_ATTR_FLAGS, "FLAGS").u32(SVC_ATTR_TIMEOUT, "TIMEOUT").binary(SVC_ATTR_NETMASK, "NETMASK")
            .binary(SVC_ATTR_STATS, "STATS").string(SVC_ATTR_PE_NAME, "PE_NAME")
            .binary(SVC_ATTR_STATS64, "STATS64").build();
    private static final AttrSchema DEST = AttrSchema.builder()
            .binary(DEST_ATTR_ADDR, "ADDR").u16Be(DEST_ATTR_PORT, "PORT").u32(DEST_ATTR_FWD_METHOD, "FWD_METHOD")
            .u32(DEST_ATTR_WEIGHT, "WEIGHT").u32(DEST_ATTR_U_THRESH, "U_THRESH").u32(DEST_ATTR_L_THRESH, "L_THRESH")
            .u32(DEST_ATTR_ACTIVE_CONNS, "ACTIVE_CONNS").u32(DEST_ATTR_INACT_CONNS, "INACT_CONNS")
            .u32(DEST_ATTR_PERSIST_CONNS, "PERSIST_CONNS").binary(DEST_ATTR_STATS, "STATS")
            .u16(DEST_ATTR_ADDR_FAMILY, "ADDR_FAMILY").binary(DEST_ATTR_STATS64, "STATS64")
            .u8(DEST_ATTR_TUN_TYPE, "TUN_TYPE").u16Be(DEST_ATTR_TUN_PORT, "TUN_PORT")
            .u16(DEST_ATTR_TUN_FLAGS, "TUN_FLAGS").build();
    private static final AttrSchema DAEMON = AttrSchema.builder()
            .u32(DAEMON_ATTR_STATE, "STATE").string(DAEMON_ATTR_MCAST_IFN, "MCAST_IFN")
            .u32(DAEMON_ATTR_SYNC_ID, "SYNC_ID").u16(DAEMON_ATTR_SYNC_MAXLEN, "SYNC_MAXLEN")
            .binary(DAEMON_ATTR_MCAST_GROUP, "MCAST_GROUP").binary(DAEMON_ATTR_MCAST_GROUP6, "MCAST_GROUP6")
            .u16(DAEMON_ATTR_MCAST_PORT, "MCAST_PORT").u8(DAEMON_ATTR_MCAST_TTL, "MCAST_TTL").build();
    private static final AttrSchema CMD = AttrSchema.builder()
            .nested(CMD_ATTR_SERVICE, "SERVICE", SERVICE).nested(CMD_ATTR_DEST, "DEST", DEST)
            .nested(CMD_ATTR_DAEMON, "DAEMON", DAEMON).u32(CMD_ATTR_TIMEOUT_TCP, "TIMEOUT_TCP")
            .u32(CMD_ATTR_TIMEOUT_TCP_FIN, "TIMEOUT_TCP_FIN").u32(CMD_ATTR_TIMEOUT_UDP, "TIMEOUT_UDP").build();
    private static final AttrSchema INFO = AttrSchema.builder()
            .u32(INFO_ATTR_VERSION, "VERSION").u32(INFO_ATTR_CONN_TAB_SIZE, "CONN_TAB_SIZE").build();

    /** The answer lacks something the kernel always sends, or has it in the wrong size. */
    static final class MalformedReplyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedReplyException(String message) {
            super(message);
        }
    }

    private IpvsReplyDecoder() {
    }

    /** @param message a reply to {@code GET_SERVICE} @return the service in it */
    static IpvsServiceEntry service(NlMsgHdrFlyweight message) {
        AttrList svc = required(attributes(message, CMD), CMD_ATTR_SERVICE, "IPVS_CMD_ATTR_SERVICE");
        int afCode = (int) number(svc, SVC_ATTR_AF, "IPVS_SVC_ATTR_AF");
        AddressFamily af = family(afCode);
        IpvsServiceKey key;
        if (svc.has(SVC_ATTR_FWMARK)) {
            key = new IpvsServiceKey.Fwmark((int) number(svc, SVC_ATTR_FWMARK, "IPVS_SVC_ATTR_FWMARK"), af);
        } else {
            int proto = (int) number(svc, SVC_ATTR_PROTOCOL, "IPVS_SVC_ATTR_PROTOCOL");
            IpvsProtocol protocol = IpvsProtocol.fromNumber(proto);
            if (protocol == null) {
                throw new MalformedReplyException("service with protocol " + proto + ", which IPVS does not balance");
            }
            InetAddress address = address(binary(svc, SVC_ATTR_ADDR, "IPVS_SVC_ATTR_ADDR"), af);
            key = new IpvsServiceKey.Virtual(protocol, address,
                    (int) number(svc, SVC_ATTR_PORT, "IPVS_SVC_ATTR_PORT"));
        }
        String scheduler = svc.string(SVC_ATTR_SCHED_NAME)
                .orElseThrow(() -> missing("IPVS_SVC_ATTR_SCHED_NAME"));
        byte[] flagsBytes = binary(svc, SVC_ATTR_FLAGS, "IPVS_SVC_ATTR_FLAGS");
        if (flagsBytes.length != FLAGS_BYTES) {
            throw new MalformedReplyException("IPVS_SVC_ATTR_FLAGS has " + flagsBytes.length + " bytes, not 8");
        }
        MemorySegment f = MemorySegment.ofArray(flagsBytes);
        int flags = f.get(ValueLayout.JAVA_INT_UNALIGNED, 0) & f.get(ValueLayout.JAVA_INT_UNALIGNED, 4);
        int timeout = (int) number(svc, SVC_ATTR_TIMEOUT, "IPVS_SVC_ATTR_TIMEOUT");
        byte[] mask = binary(svc, SVC_ATTR_NETMASK, "IPVS_SVC_ATTR_NETMASK");
        if (mask.length != 4) {
            throw new MalformedReplyException("IPVS_SVC_ATTR_NETMASK has " + mask.length + " bytes, not 4");
        }
        ByteOrder order = af == AddressFamily.INET ? ByteOrder.BIG_ENDIAN : ByteOrder.nativeOrder();
        int netmask = MemorySegment.ofArray(mask).get(ValueLayout.JAVA_INT_UNALIGNED.withOrder(order), 0);
        String pe = svc.string(SVC_ATTR_PE_NAME).orElse("");
        IpvsService service = new IpvsService(key, scheduler, flags & ~IpvsService.FLAG_HASHED, timeout, netmask, pe);
        return new IpvsServiceEntry(service, stats(svc, SVC_ATTR_STATS64, SVC_ATTR_STATS));
    }

    /**
     * @param message a reply to {@code GET_DEST}
     * @param serviceFamily family of the service, for kernels that do not send {@code IPVS_DEST_ATTR_ADDR_FAMILY}
     * @return the destination in it
     */
    static IpvsDestinationEntry destination(NlMsgHdrFlyweight message, AddressFamily serviceFamily) {
        AttrList d = required(attributes(message, CMD), CMD_ATTR_DEST, "IPVS_CMD_ATTR_DEST");
        AddressFamily af = d.has(DEST_ATTR_ADDR_FAMILY)
                ? family((int) number(d, DEST_ATTR_ADDR_FAMILY, "IPVS_DEST_ATTR_ADDR_FAMILY")) : serviceFamily;
        InetAddress address = address(binary(d, DEST_ATTR_ADDR, "IPVS_DEST_ATTR_ADDR"), af);
        int fwd = (int) number(d, DEST_ATTR_FWD_METHOD, "IPVS_DEST_ATTR_FWD_METHOD");
        ForwardingMethod method = ForwardingMethod.fromCode(fwd & 0x7);
        if (method == null) {
            throw new MalformedReplyException("destination with forwarding method " + fwd);
        }
        int tunType = (int) d.number(DEST_ATTR_TUN_TYPE).orElse(0);
        TunnelType tunnel = TunnelType.fromCode(tunType);
        if (tunnel == null) {
            throw new MalformedReplyException("destination with tunnel type " + tunType);
        }
        IpvsDestination dest = new IpvsDestination(address, (int) number(d, DEST_ATTR_PORT, "IPVS_DEST_ATTR_PORT"),
                method, (int) number(d, DEST_ATTR_WEIGHT, "IPVS_DEST_ATTR_WEIGHT"),
                (int) number(d, DEST_ATTR_U_THRESH, "IPVS_DEST_ATTR_U_THRESH"),
                (int) number(d, DEST_ATTR_L_THRESH, "IPVS_DEST_ATTR_L_THRESH"), tunnel,
                (int) d.number(DEST_ATTR_TUN_PORT).orElse(0), (int) d.number(DEST_ATTR_TUN_FLAGS).orElse(0));
        return new IpvsDestinationEntry(dest,
                (int) number(d, DEST_ATTR_ACTIVE_CONNS, "IPVS_DEST_ATTR_ACTIVE_CONNS"),
                (int) number(d, DEST_ATTR_INACT_CONNS, "IPVS_DEST_ATTR_INACT_CONNS"),
                (int) number(d, DEST_ATTR_PERSIST_CONNS, "IPVS_DEST_ATTR_PERSIST_CONNS"),
                stats(d, DEST_ATTR_STATS64, DEST_ATTR_STATS));
    }

    /** @param message a reply to {@code GET_DAEMON} @return the daemon in it */
    static SyncDaemon daemon(NlMsgHdrFlyweight message) {
        AttrList d = required(attributes(message, CMD), CMD_ATTR_DAEMON, "IPVS_CMD_ATTR_DAEMON");
        int stateCode = (int) number(d, DAEMON_ATTR_STATE, "IPVS_DAEMON_ATTR_STATE");
        SyncDaemon.State state = SyncDaemon.State.fromCode(stateCode);
        if (state == null) {
            throw new MalformedReplyException("sync daemon in state " + stateCode);
        }
        String ifn = d.string(DAEMON_ATTR_MCAST_IFN).orElseThrow(() -> missing("IPVS_DAEMON_ATTR_MCAST_IFN"));
        InetAddress group = null;
        if (d.has(DAEMON_ATTR_MCAST_GROUP6)) {
            group = address(binary(d, DAEMON_ATTR_MCAST_GROUP6, "IPVS_DAEMON_ATTR_MCAST_GROUP6"), AddressFamily.INET6);
        } else if (d.has(DAEMON_ATTR_MCAST_GROUP)) {
            group = address(binary(d, DAEMON_ATTR_MCAST_GROUP, "IPVS_DAEMON_ATTR_MCAST_GROUP"), AddressFamily.INET);
        }
        return new SyncDaemon(state, ifn, (int) number(d, DAEMON_ATTR_SYNC_ID, "IPVS_DAEMON_ATTR_SYNC_ID"),
                (int) d.number(DAEMON_ATTR_SYNC_MAXLEN).orElse(0), group,
                (int) d.number(DAEMON_ATTR_MCAST_PORT).orElse(0), (int) d.number(DAEMON_ATTR_MCAST_TTL).orElse(0));
    }

    /** @param message a reply to {@code GET_CONFIG} @return the timeouts in it */
    static IpvsTimeouts timeouts(NlMsgHdrFlyweight message) {
        AttrList a = attributes(message, CMD);
        return new IpvsTimeouts((int) number(a, CMD_ATTR_TIMEOUT_TCP, "IPVS_CMD_ATTR_TIMEOUT_TCP"),
                (int) number(a, CMD_ATTR_TIMEOUT_TCP_FIN, "IPVS_CMD_ATTR_TIMEOUT_TCP_FIN"),
                (int) number(a, CMD_ATTR_TIMEOUT_UDP, "IPVS_CMD_ATTR_TIMEOUT_UDP"));
    }

    /** @param message a reply to {@code GET_INFO} @return what it says */
    static IpvsInfo info(NlMsgHdrFlyweight message) {
        AttrList a = attributes(message, INFO);
        return new IpvsInfo((int) number(a, INFO_ATTR_VERSION, "IPVS_INFO_ATTR_VERSION"),
                (int) number(a, INFO_ATTR_CONN_TAB_SIZE, "IPVS_INFO_ATTR_CONN_TAB_SIZE"));
    }

    private static AttrList attributes(NlMsgHdrFlyweight message, AttrSchema schema) {
        long start = message.payloadOffset() + GenlMsgHdrFlyweight.SIZE;
        AttrDecoder.Result r = AttrDecoder.decode(message.segment(), start, message.end(), schema);
        if (r.truncated()) {
            throw new MalformedReplyException("truncated attribute in an IPVS answer");
        }
        return r.attrs();
    }

    /**
     * The counters: {@code STATS64} if the kernel sent it, else {@code STATS} (32-bit but for the byte counts). Read
     * with a cursor over the raw nested attributes: twenty-odd numbers per entry that a table read mostly ignores
     * are not worth an object each. An attribute of the wrong size counts as missing (0), as elsewhere.
     */
    private static IpvsStats stats(AttrList parent, int stats64, int stats32) {
        boolean wide = true;
        Attr raw = parent.get(stats64);
        if (!(raw instanceof Attr.BinaryAttr)) {
            wide = false;
            raw = parent.get(stats32);
        }
        if (!(raw instanceof Attr.BinaryAttr b)) {
            return IpvsStats.ZERO;
        }
        long[] v = new long[STATS_ATTR_OUTBPS + 1];
        NlAttrFlyweight a = new NlAttrFlyweight().wrap(MemorySegment.ofArray(b.value()), 0, b.value().length);
        while (a.next()) {
            int type = a.type();
            if (type < STATS_ATTR_CONNS || type > STATS_ATTR_OUTBPS) {
                continue;
            }
            boolean u64 = wide || type == STATS_ATTR_INBYTES || type == STATS_ATTR_OUTBYTES;
            int len = a.payloadLength();
            if (u64 && len == 8) {
                v[type] = a.u64();
            } else if (!u64 && len == 4) {
                v[type] = Integer.toUnsignedLong(a.u32());
            }
        }
        return new IpvsStats(v[STATS_ATTR_CONNS], v[STATS_ATTR_INPKTS], v[STATS_ATTR_OUTPKTS], v[STATS_ATTR_INBYTES],
                v[STATS_ATTR_OUTBYTES], v[STATS_ATTR_CPS], v[STATS_ATTR_INPPS], v[STATS_ATTR_OUTPPS],
                v[STATS_ATTR_INBPS], v[STATS_ATTR_OUTBPS]);
    }

    private static AddressFamily family(int code) {
        AddressFamily af = AddressFamily.fromCode(code);
        if (af == null) {
            throw new MalformedReplyException("address family " + code + " is neither AF_INET nor AF_INET6");
        }
        return af;
    }

    private static InetAddress address(byte[] raw, AddressFamily af) {
        if (raw.length != ADDRESS_BYTES && raw.length != af.addressLength()) {
            throw new MalformedReplyException("address attribute of " + raw.length + " bytes");
        }
        try {
            return InetAddress.getByAddress(Arrays.copyOf(raw, af.addressLength()));
        } catch (UnknownHostException e) {
            throw new MalformedReplyException("bad address: " + e.getMessage());
        }
    }

    private static AttrList required(AttrList a, int type, String name) {
        return a.nested(type).orElseThrow(() -> missing(name));
    }

    private static long number(AttrList a, int type, String name) {
        return a.number(type).orElseThrow(() -> missing(name));
    }

    private static byte[] binary(AttrList a, int type, String name) {
        if (a.get(type) instanceof Attr.BinaryAttr b) {
            return b.value();
        }
        throw missing(name);
    }

    private static MalformedReplyException missing(String name) {
        return new MalformedReplyException("IPVS answer without " + name + " (or with a wrong size)");
    }
}
