package org.keepalived4j.netlink.rtnl;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.netlink.NetlinkException;
import org.keepalived4j.netlink.ffm.Interfaces;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real RTM_*LINK in a fresh namespace: listing, macvlan ({@code use_vmac}) life cycle, up/down. Root. */
class LinkManagerNamespaceTest {
    private NamespaceFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = NamespaceFixture.create("link");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void listsLinksWithKindMacAndFlags() throws Exception {
        List<Link> links = f.on(() -> f.rtnl.links().list());
        Link lo = links.stream().filter(l -> l.name().equals("lo")).findFirst().orElseThrow();
        assertTrue(lo.up());
        Link veth0 = links.stream().filter(l -> l.name().equals("veth0")).findFirst().orElseThrow();
        assertEquals("veth", veth0.kind());
        assertEquals(f.veth0, veth0.index());
        assertTrue(veth0.up() && veth0.running() && veth0.usable(), veth0::toString);
        assertNotNull(veth0.mac());
        assertTrue(f.ip("link show dev veth0").contains("link/ether " + veth0.mac()), veth0.mac()::toString);
        assertEquals(1500, veth0.mtu());
        assertEquals(Optional.of(veth0.name()), f.on(() -> f.rtnl.links().byIndex(f.veth0)).map(Link::name));
        assertEquals(Optional.empty(), f.on(() -> f.rtnl.links().byName("nosuch0")));
        assertEquals(Optional.empty(), f.on(() -> f.rtnl.links().byIndex(99999)));
    }

    @Test
    void createsAPrivateMacvlanWithTheVirtualMacThenDeletesIt() throws Exception {
        MacAddress vmac = MacAddress.parse("00:00:5e:00:01:33");
        Link created = f.on(() -> f.rtnl.links().createMacvlan(MacvlanSpec.privateMode("vrrp.51", f.veth0, vmac)));
        assertEquals("vrrp.51", created.name());
        assertEquals("macvlan", created.kind());
        assertEquals(MacvlanMode.PRIVATE, created.macvlanMode());
        assertEquals(f.veth0, created.parentIndex());
        assertEquals(vmac, created.mac());
        String shown = f.ip("-d link show dev vrrp.51");
        assertTrue(shown.contains("link/ether 00:00:5e:00:01:33") && shown.contains("macvlan mode private"), shown);

        f.on(() -> {
            f.rtnl.links().disableIpv6AddressGeneration(created.index());
            f.rtnl.links().setUp(created.index(), true);
            return null;
        });
        shown = f.ip("-d link show dev vrrp.51");
        assertTrue(shown.contains("addrgenmode none"), shown);
        assertTrue(f.on(() -> f.rtnl.links().byName("vrrp.51")).orElseThrow().up());
        f.on(() -> {
            f.rtnl.links().setUp(created.index(), false);
            return null;
        });
        assertFalse(f.on(() -> f.rtnl.links().byName("vrrp.51")).orElseThrow().up());

        // the same name again is refused with the kernel's errno
        NetlinkException dup = assertThrows(NetlinkException.class, () -> f.on(
                () -> f.rtnl.links().createMacvlan(MacvlanSpec.privateMode("vrrp.51", f.veth0, vmac))));
        assertEquals(org.keepalived4j.netlink.Errno.EEXIST, dup.errno());

        assertTrue(f.on(() -> f.rtnl.links().delete(created.index())));
        assertFalse(f.ip("link show").contains("vrrp.51"));
        assertFalse(f.on(() -> f.rtnl.links().delete(created.index())), "already gone: ENODEV reported as false");
    }

    @Test
    void nameIndexLookupThroughLibcFollowsTheThreadsNamespace() throws Exception {
        assertEquals(OptionalInt.of(f.veth0), f.on(() -> Interfaces.indexOf("veth0")));
        assertEquals("veth0", f.on(() -> Interfaces.nameOf(f.veth0)));
        assertEquals(OptionalInt.empty(), f.on(() -> Interfaces.indexOf("nosuch0")));
        assertEquals(null, f.on(() -> Interfaces.nameOf(99999)));
    }
}
