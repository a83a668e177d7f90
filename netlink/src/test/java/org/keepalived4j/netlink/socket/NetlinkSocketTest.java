package org.keepalived4j.netlink.socket;

import org.junit.jupiter.api.Test;
import org.keepalived4j.netlink.msg.IfInfoMsgFlyweight;
import org.keepalived4j.netlink.msg.Nl;
import org.keepalived4j.netlink.msg.NlMessageWriter;
import org.keepalived4j.netlink.msg.Rtnl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real sockets in the test's own namespace; dumping links and joining a group need no privilege. */
class NetlinkSocketTest {

    @Test
    void dumpsLinksAcrossDatagramsAndSkipsNothing() {
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE)) {
            assertNotEquals(0, s.portId());
            List<Integer> indexes = new ArrayList<>();
            NlMessageWriter w = s.request(Rtnl.RTM_GETLINK, Nl.NLM_F_DUMP);
            w.reserve(IfInfoMsgFlyweight.SIZE);
            IfInfoMsgFlyweight ifi = new IfInfoMsgFlyweight();
            s.dump(w, m -> indexes.add(ifi.wrap(m.segment(), m.payloadOffset()).index()));
            assertFalse(indexes.isEmpty());
            assertTrue(indexes.contains(org.keepalived4j.netlink.ffm.Interfaces.indexOf("lo").getAsInt()));
            // the socket is reusable for a second dump with a fresh sequence number
            List<Integer> again = new ArrayList<>();
            NlMessageWriter w2 = s.request(Rtnl.RTM_GETLINK, Nl.NLM_F_DUMP);
            w2.reserve(IfInfoMsgFlyweight.SIZE);
            s.dump(w2, m -> again.add(ifi.wrap(m.segment(), m.payloadOffset()).index()));
            assertEquals(indexes, again);
        }
    }

    @Test
    void aSocketRefusesUseFromAnotherThread() throws Exception {
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE)) {
            CompletableFuture<Void> f = CompletableFuture.runAsync(() -> s.request(Rtnl.RTM_GETLINK, Nl.NLM_F_DUMP));
            ExecutionException e = assertThrows(ExecutionException.class, f::get);
            assertInstanceOf(WrongThreadException.class, e.getCause());
        }
    }

    @Test
    void nothingQueuedMeansANonBlockingReceiveReturnsZero() {
        try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE)) {
            s.joinGroup(Rtnl.RTNLGRP_IPV4_RULE);
            assertEquals(0, s.receiveEvents(0, m -> { }));
            s.leaveGroup(Rtnl.RTNLGRP_IPV4_RULE);
        }
    }

    @Test
    void aClosedSocketSaysSo() {
        NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.GENERIC);
        s.close();
        s.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.request(16, 0));
        assertEquals("netlink socket is closed", e.getMessage());
    }

    @Test
    void optionsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new NetlinkSocket.Options(100, 1 << 20, 1000));
    }
}
