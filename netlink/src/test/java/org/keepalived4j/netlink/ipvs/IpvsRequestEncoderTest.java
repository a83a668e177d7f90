package org.keepalived4j.netlink.ipvs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keepalived4j.netlink.ipvs.IpvsGenl.*;
import static org.keepalived4j.netlink.ipvs.Nla.*;

import java.lang.foreign.MemorySegment;
import java.net.InetAddress;
import java.util.HexFormat;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.keepalived4j.netlink.msg.Nl;
import org.keepalived4j.netlink.msg.NlMessageWriter;

/** Byte vectors for every request the IPVS table sends. */
class IpvsRequestEncoderTest {
    private static final int FAMILY_ID = 0x22;
    private static final InetAddress VIP = addr("192.0.2.10");
    private static final InetAddress VIP6 = addr("2001:db8::10");
    private static final InetAddress RIP = addr("198.51.100.2");
    private static final IpvsServiceKey TCP80 = IpvsServiceKey.of(IpvsProtocol.TCP, VIP, 80);

    private static String encode(int cmd, Consumer<NlMessageWriter> attrs) {
        MemorySegment buf = MemorySegment.ofArray(new byte[4096]);
        NlMessageWriter w = new NlMessageWriter().wrap(buf).begin(FAMILY_ID, Nl.NLM_F_REQUEST | Nl.NLM_F_ACK, 7, 0);
        w.genlHeader(cmd, 1);
        attrs.accept(w);
        int len = w.finish();
        return HexFormat.of().formatHex(buf.asSlice(0, len).toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
    }

    private static String expect(int cmd, String... attrs) {
        return message(FAMILY_ID, Nl.NLM_F_REQUEST | Nl.NLM_F_ACK, 7, cmd, String.join("", attrs));
    }

    @Test
    void newServiceIsByteExact() {
        // Written out in full once: nlmsghdr, genlmsghdr, then the nested service.
        String expected = "68000000 2200 0500 07000000 00000000" // len 104, type, REQUEST|ACK, seq 7, pid 0
                + "01 01 0000"                                  // IPVS_CMD_NEW_SERVICE, version 1
                + "5400 0180"                                   // IPVS_CMD_ATTR_SERVICE | NLA_F_NESTED, 84 bytes
                + "0600 0100 0200 0000"                         // AF = AF_INET
                + "0600 0200 0600 0000"                         // PROTOCOL = TCP
                + "1400 0300 c000020a 00000000 00000000 00000000" // ADDR, 16 bytes
                + "0600 0400 0050 0000"                         // PORT 80, big-endian
                + "0800 0600 776c6300"                          // SCHED_NAME "wlc\0"
                + "0c00 0700 00000000 ffffffff"                 // FLAGS {flags 0, mask ~0}
                + "0800 0800 00000000"                          // TIMEOUT 0
                + "0800 0900 ffffffff";                         // NETMASK 255.255.255.255, big-endian
        assertEquals(expected.replace(" ", ""), encode(CMD_NEW_SERVICE,
                w -> IpvsRequestEncoder.service(w, IpvsService.of(TCP80, "wlc"), IpvsRequestEncoder.ALL_FLAGS)));
    }

    @Test
    void persistentIpv4ServiceSendsTheNetmaskBigEndian() {
        IpvsService s = IpvsService.of(IpvsServiceKey.of(IpvsProtocol.UDP, VIP, 53), "sh")
                .withPersistence(300, 0xFFFFFF00).withFlags(IpvsService.FLAG_PERSISTENT | IpvsService.FLAG_FALLBACK
                        | IpvsService.FLAG_PORT | IpvsService.FLAG_ONE_PACKET);
        assertEquals(expect(CMD_SET_SERVICE, nest(CMD_ATTR_SERVICE,
                        u16(SVC_ATTR_AF, 2), u16(SVC_ATTR_PROTOCOL, 17),
                        attr(SVC_ATTR_ADDR, "c000020a" + "00".repeat(12)), be16(SVC_ATTR_PORT, 53),
                        string(SVC_ATTR_SCHED_NAME, "sh"), attr(SVC_ATTR_FLAGS, le32(0x1d) + "ffffffff"),
                        u32(SVC_ATTR_TIMEOUT, 300), attr(SVC_ATTR_NETMASK, "ffffff00"))),
                encode(CMD_SET_SERVICE, w -> IpvsRequestEncoder.service(w, s, IpvsRequestEncoder.ALL_FLAGS)));
    }

    @Test
    void ipv6ServiceSendsThePrefixLengthInHostOrderAndTheFlagMask() {
        IpvsService s = IpvsService.of(IpvsServiceKey.of(IpvsProtocol.SCTP, VIP6, 3868), "mh")
                .withPersistence(60, 64).withPersistenceEngine("sip");
        assertEquals(expect(CMD_NEW_SERVICE, nest(CMD_ATTR_SERVICE,
                        u16(SVC_ATTR_AF, 10), u16(SVC_ATTR_PROTOCOL, 132),
                        attr(SVC_ATTR_ADDR, "20010db8000000000000000000000010"), be16(SVC_ATTR_PORT, 3868),
                        string(SVC_ATTR_SCHED_NAME, "mh"), string(SVC_ATTR_PE_NAME, "sip"),
                        attr(SVC_ATTR_FLAGS, le32(1) + le32(0x19)), u32(SVC_ATTR_TIMEOUT, 60),
                        attr(SVC_ATTR_NETMASK, "40000000"))),
                encode(CMD_NEW_SERVICE, w -> IpvsRequestEncoder.service(w, s, 0x19)));
    }

    @Test
    void fwmarkServiceKeyHasOnlyFamilyAndMark() {
        IpvsServiceKey key = IpvsServiceKey.fwmark(0xFFFFFFFE, AddressFamily.INET6);
        assertEquals(expect(CMD_DEL_SERVICE, nest(CMD_ATTR_SERVICE, u16(SVC_ATTR_AF, 10),
                        u32(SVC_ATTR_FWMARK, 0xFFFFFFFEL))),
                encode(CMD_DEL_SERVICE, w -> IpvsRequestEncoder.serviceKey(w, key)));
    }

    @Test
    void getServiceAndGetDestNameTheServiceOnly() {
        String key = nest(CMD_ATTR_SERVICE, u16(SVC_ATTR_AF, 2), u16(SVC_ATTR_PROTOCOL, 6),
                attr(SVC_ATTR_ADDR, "c000020a" + "00".repeat(12)), be16(SVC_ATTR_PORT, 80));
        assertEquals(expect(CMD_GET_SERVICE, key),
                encode(CMD_GET_SERVICE, w -> IpvsRequestEncoder.serviceKey(w, TCP80)));
        assertEquals(expect(CMD_GET_DEST, key), encode(CMD_GET_DEST, w -> IpvsRequestEncoder.serviceKey(w, TCP80)));
        assertEquals(expect(CMD_ZERO, key), encode(CMD_ZERO, w -> IpvsRequestEncoder.serviceKey(w, TCP80)));
    }

    @Test
    void natDestinationWithThresholds() {
        IpvsDestination d = IpvsDestination.of(RIP, 8080, ForwardingMethod.NAT, 3).withThresholds(100, 10);
        assertEquals(expect(CMD_NEW_DEST, nest(CMD_ATTR_SERVICE, u16(SVC_ATTR_AF, 2), u16(SVC_ATTR_PROTOCOL, 6),
                                attr(SVC_ATTR_ADDR, "c000020a" + "00".repeat(12)), be16(SVC_ATTR_PORT, 80)),
                        nest(CMD_ATTR_DEST, u16(DEST_ATTR_ADDR_FAMILY, 2),
                                attr(DEST_ATTR_ADDR, "c6336402" + "00".repeat(12)), be16(DEST_ATTR_PORT, 8080),
                                u32(DEST_ATTR_FWD_METHOD, 0), u32(DEST_ATTR_WEIGHT, 3),
                                u32(DEST_ATTR_U_THRESH, 100), u32(DEST_ATTR_L_THRESH, 10))),
                encode(CMD_NEW_DEST, w -> {
                    IpvsRequestEncoder.serviceKey(w, TCP80);
                    IpvsRequestEncoder.destination(w, d);
                }));
    }

    @Test
    void tunnelAttributesFollowTheTunnelType() {
        IpvsDestination gue = IpvsDestination.of(RIP, 80, ForwardingMethod.DIRECT_ROUTE, 1)
                .withTunnel(TunnelType.GUE, 6080, TunnelType.FLAG_CSUM);
        assertEquals(nest(CMD_ATTR_DEST, u16(DEST_ATTR_ADDR_FAMILY, 2),
                        attr(DEST_ATTR_ADDR, "c6336402" + "00".repeat(12)), be16(DEST_ATTR_PORT, 80),
                        u32(DEST_ATTR_FWD_METHOD, 2), u32(DEST_ATTR_WEIGHT, 1), u8(DEST_ATTR_TUN_TYPE, 1),
                        be16(DEST_ATTR_TUN_PORT, 6080), u16(DEST_ATTR_TUN_FLAGS, 1), u32(DEST_ATTR_U_THRESH, 0),
                        u32(DEST_ATTR_L_THRESH, 0)),
                attrsOf(CMD_SET_DEST, w -> IpvsRequestEncoder.destination(w, gue)));

        IpvsDestination gre = gue.withTunnel(TunnelType.GRE, 0, TunnelType.FLAG_REMCSUM);
        assertEquals(nest(CMD_ATTR_DEST, u16(DEST_ATTR_ADDR_FAMILY, 2),
                        attr(DEST_ATTR_ADDR, "c6336402" + "00".repeat(12)), be16(DEST_ATTR_PORT, 80),
                        u32(DEST_ATTR_FWD_METHOD, 2), u32(DEST_ATTR_WEIGHT, 1), u8(DEST_ATTR_TUN_TYPE, 2),
                        u16(DEST_ATTR_TUN_FLAGS, 2), u32(DEST_ATTR_U_THRESH, 0), u32(DEST_ATTR_L_THRESH, 0)),
                attrsOf(CMD_SET_DEST, w -> IpvsRequestEncoder.destination(w, gre)));

        IpvsDestination ipip6 = IpvsDestination.of(addr("2001:db8:1::2"), 80, ForwardingMethod.TUNNEL, 5);
        assertEquals(nest(CMD_ATTR_DEST, u16(DEST_ATTR_ADDR_FAMILY, 10),
                        attr(DEST_ATTR_ADDR, "20010db8000100000000000000000002"), be16(DEST_ATTR_PORT, 80),
                        u32(DEST_ATTR_FWD_METHOD, 2), u32(DEST_ATTR_WEIGHT, 5), u8(DEST_ATTR_TUN_TYPE, 0),
                        u32(DEST_ATTR_U_THRESH, 0), u32(DEST_ATTR_L_THRESH, 0)),
                attrsOf(CMD_SET_DEST, w -> IpvsRequestEncoder.destination(w, ipip6)));
    }

    @Test
    void deleteDestinationNamesAddressAndPort() {
        assertEquals(nest(CMD_ATTR_DEST, u16(DEST_ATTR_ADDR_FAMILY, 2),
                        attr(DEST_ATTR_ADDR, "c6336402" + "00".repeat(12)), be16(DEST_ATTR_PORT, 443)),
                attrsOf(CMD_DEL_DEST, w -> IpvsRequestEncoder.destinationKey(w, RIP, 443)));
    }

    @Test
    void timeoutsAreThreeTopLevelU32() {
        assertEquals(expect(CMD_SET_CONFIG, u32(CMD_ATTR_TIMEOUT_TCP, 7200), u32(CMD_ATTR_TIMEOUT_TCP_FIN, 0),
                        u32(CMD_ATTR_TIMEOUT_UDP, 60)),
                encode(CMD_SET_CONFIG, w -> IpvsRequestEncoder.timeouts(w, new IpvsTimeouts(7200, 0, 60))));
    }

    @Test
    void syncDaemonStartAndStop() {
        SyncDaemon full = new SyncDaemon(SyncDaemon.State.MASTER, "eth0", 5, 1472, addr("239.1.2.3"), 8849, 2);
        assertEquals(expect(CMD_NEW_DAEMON, nest(CMD_ATTR_DAEMON, u32(DAEMON_ATTR_STATE, 1),
                        string(DAEMON_ATTR_MCAST_IFN, "eth0"), u32(DAEMON_ATTR_SYNC_ID, 5),
                        u16(DAEMON_ATTR_SYNC_MAXLEN, 1472), u16(DAEMON_ATTR_MCAST_PORT, 8849),
                        u8(DAEMON_ATTR_MCAST_TTL, 2), attr(DAEMON_ATTR_MCAST_GROUP, "ef010203"))),
                encode(CMD_NEW_DAEMON, w -> IpvsRequestEncoder.daemon(w, full)));

        SyncDaemon v6 = new SyncDaemon(SyncDaemon.State.BACKUP, "veth0", 0, 0, addr("ff02::81"), 0, 0);
        assertEquals(nest(CMD_ATTR_DAEMON, u32(DAEMON_ATTR_STATE, 2), string(DAEMON_ATTR_MCAST_IFN, "veth0"),
                        u32(DAEMON_ATTR_SYNC_ID, 0),
                        attr(DAEMON_ATTR_MCAST_GROUP6, "ff020000000000000000000000000081")),
                attrsOf(CMD_NEW_DAEMON, w -> IpvsRequestEncoder.daemon(w, v6)));

        assertEquals(expect(CMD_DEL_DAEMON, nest(CMD_ATTR_DAEMON, u32(DAEMON_ATTR_STATE, 2))),
                encode(CMD_DEL_DAEMON, w -> IpvsRequestEncoder.daemonState(w, SyncDaemon.State.BACKUP)));
    }

    @Test
    void commandsWithoutAttributesAreJustTheHeaders() {
        for (int cmd : new int[] {CMD_FLUSH, CMD_ZERO, CMD_GET_INFO, CMD_GET_CONFIG, CMD_GET_SERVICE,
                CMD_GET_DAEMON}) {
            assertEquals(String.format("14000000220005000700000000000000%02x010000", cmd), encode(cmd, w -> { }));
        }
    }

    private static String attrsOf(int cmd, Consumer<NlMessageWriter> attrs) {
        return encode(cmd, attrs).substring(40);
    }

    private static InetAddress addr(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
