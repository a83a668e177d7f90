package org.keepalived4j.netlink.ipvs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keepalived4j.netlink.ipvs.IpvsGenl.*;
import static org.keepalived4j.netlink.ipvs.Nla.*;

import java.lang.foreign.MemorySegment;
import java.net.InetAddress;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.keepalived4j.netlink.msg.Nl;
import org.keepalived4j.netlink.msg.NlMsgHdrFlyweight;

/** Byte vectors for every answer the kernel sends, shaped as {@code ip_vs_genl_fill_*} writes them. */
class IpvsReplyDecoderTest {
    private static final String V4_ADDR = attr(SVC_ATTR_ADDR, "c000020a" + "00".repeat(12));

    private static NlMsgHdrFlyweight reply(int cmd, String... attrs) {
        byte[] b = HexFormat.of().parseHex(message(0x22, Nl.NLM_F_MULTI, 9, cmd, String.join("", attrs)));
        return new NlMsgHdrFlyweight().wrap(MemorySegment.ofArray(b), 0);
    }

    private static String stats64(long base) {
        StringBuilder sb = new StringBuilder();
        for (int t = STATS_ATTR_CONNS; t <= STATS_ATTR_OUTBPS; t++) {
            sb.append(u64(t, base + t));
        }
        sb.append(attr(11, "00000000")); // IPVS_STATS_ATTR_PAD, ignored
        return nest(SVC_ATTR_STATS64, sb.toString());
    }

    private static String stats32(int type) {
        return nest(type, u32(STATS_ATTR_CONNS, 1), u32(STATS_ATTR_INPKTS, 2), u32(STATS_ATTR_OUTPKTS, 3),
                u64(STATS_ATTR_INBYTES, 4), u64(STATS_ATTR_OUTBYTES, 5), u32(STATS_ATTR_CPS, 6),
                u32(STATS_ATTR_INPPS, 7), u32(STATS_ATTR_OUTPPS, 8), u32(STATS_ATTR_INBPS, 9),
                u32(STATS_ATTR_OUTBPS, 10));
    }

    @Test
    void ipv4ServiceWithStats64() throws Exception {
        IpvsServiceEntry e = IpvsReplyDecoder.service(reply(CMD_NEW_SERVICE, nest(CMD_ATTR_SERVICE,
                u16(SVC_ATTR_AF, 2), u16(SVC_ATTR_PROTOCOL, 6), V4_ADDR, be16(SVC_ATTR_PORT, 80),
                string(SVC_ATTR_SCHED_NAME, "wrr"), attr(SVC_ATTR_FLAGS, le32(0x3) + "ffffffff"),
                u32(SVC_ATTR_TIMEOUT, 360), attr(SVC_ATTR_NETMASK, "ffffff00"), stats32(SVC_ATTR_STATS),
                stats64(100))));
        IpvsService expected = IpvsService.of(IpvsServiceKey.of(IpvsProtocol.TCP,
                InetAddress.getByName("192.0.2.10"), 80), "wrr").withPersistence(360, 0xFFFFFF00);
        assertEquals(expected, e.service()); // IP_VS_SVC_F_HASHED (0x2) dropped
        assertEquals(new IpvsStats(101, 102, 103, 104, 105, 106, 107, 108, 109, 110), e.stats());
    }

    @Test
    void ipv6FwmarkServiceWithPrefixLengthAnd32BitStats() {
        IpvsServiceEntry e = IpvsReplyDecoder.service(reply(CMD_NEW_SERVICE, nest(CMD_ATTR_SERVICE,
                u16(SVC_ATTR_AF, 10), u32(SVC_ATTR_FWMARK, 4000000000L), string(SVC_ATTR_SCHED_NAME, "mh"),
                string(SVC_ATTR_PE_NAME, "sip"), attr(SVC_ATTR_FLAGS, le32(0x1b) + "ffffffff"),
                u32(SVC_ATTR_TIMEOUT, 0), attr(SVC_ATTR_NETMASK, le32(128)), stats32(SVC_ATTR_STATS))));
        assertEquals(new IpvsService(IpvsServiceKey.fwmark((int) 4000000000L, AddressFamily.INET6), "mh", 0x19, 0,
                128, "sip"), e.service());
        assertEquals(new IpvsStats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), e.stats());
        assertEquals("Fwm 4000000000 inet6", e.service().key().toString());
    }

    @Test
    void destinationWithFamilyTunnelAndCounters() throws Exception {
        IpvsDestinationEntry e = IpvsReplyDecoder.destination(reply(CMD_NEW_DEST, nest(CMD_ATTR_DEST,
                attr(DEST_ATTR_ADDR, "20010db8000100000000000000000002"), be16(DEST_ATTR_PORT, 80),
                u32(DEST_ATTR_FWD_METHOD, 2), u32(DEST_ATTR_WEIGHT, 7), u8(DEST_ATTR_TUN_TYPE, 1),
                be16(DEST_ATTR_TUN_PORT, 6080), u16(DEST_ATTR_TUN_FLAGS, 2), u32(DEST_ATTR_U_THRESH, 50),
                u32(DEST_ATTR_L_THRESH, 5), u32(DEST_ATTR_ACTIVE_CONNS, 11), u32(DEST_ATTR_INACT_CONNS, 12),
                u32(DEST_ATTR_PERSIST_CONNS, 13), u16(DEST_ATTR_ADDR_FAMILY, 10), stats32(DEST_ATTR_STATS))),
                AddressFamily.INET);
        IpvsDestination expected = IpvsDestination.of(InetAddress.getByName("2001:db8:1::2"), 80,
                ForwardingMethod.TUNNEL, 7).withThresholds(50, 5).withTunnel(TunnelType.GUE, 6080, 2);
        assertEquals(new IpvsDestinationEntry(expected, 11, 12, 13, new IpvsStats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)), e);
    }

    @Test
    void destinationWithoutFamilyTakesTheServiceFamily() throws Exception {
        IpvsDestinationEntry e = IpvsReplyDecoder.destination(reply(CMD_NEW_DEST, nest(CMD_ATTR_DEST,
                attr(DEST_ATTR_ADDR, "c6336402" + "00".repeat(12)), be16(DEST_ATTR_PORT, 8080),
                u32(DEST_ATTR_FWD_METHOD, 0), u32(DEST_ATTR_WEIGHT, 1), u32(DEST_ATTR_U_THRESH, 0),
                u32(DEST_ATTR_L_THRESH, 0), u32(DEST_ATTR_ACTIVE_CONNS, 0), u32(DEST_ATTR_INACT_CONNS, 0),
                u32(DEST_ATTR_PERSIST_CONNS, 0))), AddressFamily.INET);
        assertEquals(IpvsDestination.of(InetAddress.getByName("198.51.100.2"), 8080, ForwardingMethod.NAT, 1),
                e.destination());
        assertEquals(IpvsStats.ZERO, e.stats());
    }

    @Test
    void syncDaemonAndConfigAndInfo() throws Exception {
        SyncDaemon d = IpvsReplyDecoder.daemon(reply(CMD_NEW_DAEMON, nest(CMD_ATTR_DAEMON,
                u32(DAEMON_ATTR_STATE, 1), string(DAEMON_ATTR_MCAST_IFN, "eth0"), u32(DAEMON_ATTR_SYNC_ID, 9),
                u16(DAEMON_ATTR_SYNC_MAXLEN, 1472), u16(DAEMON_ATTR_MCAST_PORT, 8848), u8(DAEMON_ATTR_MCAST_TTL, 1),
                attr(DAEMON_ATTR_MCAST_GROUP, "e0000051"))));
        assertEquals(new SyncDaemon(SyncDaemon.State.MASTER, "eth0", 9, 1472, InetAddress.getByName("224.0.0.81"),
                8848, 1), d);

        assertEquals(new IpvsTimeouts(900, 120, 300), IpvsReplyDecoder.timeouts(reply(CMD_SET_CONFIG,
                u32(CMD_ATTR_TIMEOUT_TCP, 900), u32(CMD_ATTR_TIMEOUT_TCP_FIN, 120),
                u32(CMD_ATTR_TIMEOUT_UDP, 300))));

        IpvsInfo info = IpvsReplyDecoder.info(reply(CMD_SET_INFO, u32(INFO_ATTR_VERSION, 0x010201),
                u32(INFO_ATTR_CONN_TAB_SIZE, 4096)));
        assertEquals(new IpvsInfo(0x010201, 4096), info);
        assertEquals("1.2.1", info.versionString());
    }

    @Test
    void missingOrWrongSizedAttributesAreRefusedByName() {
        var noSched = assertThrows(IpvsReplyDecoder.MalformedReplyException.class,
                () -> IpvsReplyDecoder.service(reply(CMD_NEW_SERVICE, nest(CMD_ATTR_SERVICE, u16(SVC_ATTR_AF, 2),
                        u16(SVC_ATTR_PROTOCOL, 6), V4_ADDR, be16(SVC_ATTR_PORT, 80),
                        attr(SVC_ATTR_FLAGS, le32(0) + le32(0)), u32(SVC_ATTR_TIMEOUT, 0),
                        attr(SVC_ATTR_NETMASK, "ffffffff")))));
        assertTrue(noSched.getMessage().contains("IPVS_SVC_ATTR_SCHED_NAME"), noSched.getMessage());

        var widePort = assertThrows(IpvsReplyDecoder.MalformedReplyException.class,
                () -> IpvsReplyDecoder.service(reply(CMD_NEW_SERVICE, nest(CMD_ATTR_SERVICE, u16(SVC_ATTR_AF, 2),
                        u16(SVC_ATTR_PROTOCOL, 6), V4_ADDR, u32(SVC_ATTR_PORT, 80),
                        string(SVC_ATTR_SCHED_NAME, "rr")))));
        assertTrue(widePort.getMessage().contains("IPVS_SVC_ATTR_PORT"), widePort.getMessage());

        var shortFlags = assertThrows(IpvsReplyDecoder.MalformedReplyException.class,
                () -> IpvsReplyDecoder.service(reply(CMD_NEW_SERVICE, nest(CMD_ATTR_SERVICE, u16(SVC_ATTR_AF, 2),
                        u32(SVC_ATTR_FWMARK, 1), string(SVC_ATTR_SCHED_NAME, "rr"), u32(SVC_ATTR_FLAGS, 0),
                        u32(SVC_ATTR_TIMEOUT, 0), attr(SVC_ATTR_NETMASK, "ffffffff")))));
        assertTrue(shortFlags.getMessage().contains("not 8"), shortFlags.getMessage());

        var badFamily = assertThrows(IpvsReplyDecoder.MalformedReplyException.class,
                () -> IpvsReplyDecoder.service(reply(CMD_NEW_SERVICE, nest(CMD_ATTR_SERVICE, u16(SVC_ATTR_AF, 7)))));
        assertTrue(badFamily.getMessage().contains("address family 7"), badFamily.getMessage());

        var noDest = assertThrows(IpvsReplyDecoder.MalformedReplyException.class,
                () -> IpvsReplyDecoder.destination(reply(CMD_NEW_DEST), AddressFamily.INET));
        assertTrue(noDest.getMessage().contains("IPVS_CMD_ATTR_DEST"), noDest.getMessage());
    }

    @Test
    void truncatedAttributeIsRefused() {
        // A nested service whose inner attribute claims 12 bytes but only 8 follow.
        String bad = nest(CMD_ATTR_SERVICE, "0c00010002000000");
        var e = assertThrows(IpvsReplyDecoder.MalformedReplyException.class,
                () -> IpvsReplyDecoder.service(reply(CMD_NEW_SERVICE, bad)));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }
}
