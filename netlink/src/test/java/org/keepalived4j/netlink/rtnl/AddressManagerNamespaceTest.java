package org.keepalived4j.netlink.rtnl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.netlink.Errno;
import org.keepalived4j.netlink.NetlinkException;
import org.keepalived4j.netlink.msg.Rtnl;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real RTM_NEWADDR/RTM_DELADDR in a fresh namespace, checked against {@code ip addr}. Root. */
class AddressManagerNamespaceTest {
    private NamespaceFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = NamespaceFixture.create("addr");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void addsListsAndDeletesAnIpv4AddressWithBroadcastAndLabel() throws Exception {
        IfAddress vip = IfAddress.of(f.veth0, InetAddress.getByName("10.1.0.1"), 24)
                .withBroadcast(InetAddress.getByName("10.1.0.255")).withLabel("veth0:1");
        assertTrue(f.on(() -> f.rtnl.addresses().add(vip)));
        assertTrue(f.ip("-4 addr show dev veth0").contains("inet 10.1.0.1/24 brd 10.1.0.255 scope global veth0:1"),
                () -> f.ip("-4 addr show dev veth0"));
        assertFalse(f.on(() -> f.rtnl.addresses().add(vip)), "second add is EEXIST, reported as false");

        List<IfAddress> listed = f.on(() -> f.rtnl.addresses().list(f.veth0));
        IfAddress got = listed.stream().filter(vip::sameAddress).findFirst().orElseThrow();
        assertEquals("veth0:1", got.label());
        assertEquals(InetAddress.getByName("10.1.0.255"), got.broadcast());
        assertEquals(Rtnl.RT_SCOPE_UNIVERSE, got.scope());
        assertEquals(Rtnl.IFA_F_PERMANENT, got.flags() & Rtnl.IFA_F_PERMANENT);

        assertTrue(f.on(() -> f.rtnl.addresses().delete(vip)));
        assertFalse(f.ip("-4 addr show dev veth0").contains("10.1.0.1"));
        assertFalse(f.on(() -> f.rtnl.addresses().delete(vip)), "second delete is EADDRNOTAVAIL, reported as false");
    }

    @Test
    void addsAnIpv6AddressWithNodadAndNoprefixroute() throws Exception {
        IfAddress vip = IfAddress.of(f.veth0, InetAddress.getByName("2001:db8::1"), 64)
                .withFlags(Rtnl.IFA_F_NODAD | Rtnl.IFA_F_NOPREFIXROUTE);
        assertTrue(f.on(() -> f.rtnl.addresses().add(vip)));
        String shown = f.ip("-6 addr show dev veth0");
        assertTrue(shown.contains("inet6 2001:db8::1/64 scope global nodad noprefixroute"), shown);
        assertFalse(f.ip("-6 route show dev veth0").contains("2001:db8::/64"), "noprefixroute: no prefix route");
        IfAddress got = f.on(() -> f.rtnl.addresses().list(f.veth0)).stream().filter(vip::sameAddress)
                .findFirst().orElseThrow();
        assertEquals(Rtnl.IFA_F_NODAD | Rtnl.IFA_F_NOPREFIXROUTE,
                got.flags() & (Rtnl.IFA_F_NODAD | Rtnl.IFA_F_NOPREFIXROUTE));
        assertTrue(f.on(() -> f.rtnl.addresses().delete(vip)));
        assertFalse(f.ip("-6 addr show dev veth0").contains("2001:db8::1"));
    }

    @Test
    void aDeprecatedIpv6AddressCarriesPreferredLifetimeZero() throws Exception {
        IfAddress vip = IfAddress.of(f.veth0, InetAddress.getByName("2001:db8::7"), 64)
                .withFlags(Rtnl.IFA_F_NODAD).withPreferredLifetime(0);
        assertTrue(f.on(() -> f.rtnl.addresses().add(vip)));
        String shown = f.ip("-6 addr show dev veth0");
        assertTrue(shown.contains("2001:db8::7/64 scope global nodad deprecated"), shown);
        assertTrue(shown.contains("preferred_lft 0sec"), shown);
        IfAddress got = f.on(() -> f.rtnl.addresses().list(f.veth0)).stream().filter(vip::sameAddress)
                .findFirst().orElseThrow();
        assertEquals(0, got.preferredLifetimeSec());
    }

    @Test
    void aRefusedAddCarriesErrnoAndKernelText() throws Exception {
        IfAddress onMissingInterface = IfAddress.of(9999, InetAddress.getByName("10.3.0.1"), 24);
        NetlinkException e = assertThrows(NetlinkException.class,
                () -> f.on(() -> f.rtnl.addresses().add(onMissingInterface)));
        assertEquals(Errno.ENODEV, e.errno());
        assertNotNull(e.extAckMessage(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Netlink: RTM_NEWADDR(20) seq="), e.getMessage());
    }
}
