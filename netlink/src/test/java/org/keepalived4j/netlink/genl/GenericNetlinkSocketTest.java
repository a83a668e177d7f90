package org.keepalived4j.netlink.genl;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Real generic netlink sockets; needs no privilege. */
class GenericNetlinkSocketTest {

    @Test
    void resolvesTheControllerItself() {
        try (GenericNetlinkSocket genl = GenericNetlinkSocket.open()) {
            GenlFamily ctrl = genl.resolveFamily("nlctrl");
            assertEquals("nlctrl", ctrl.name());
            assertEquals(Genl.GENL_ID_CTRL, ctrl.id());
            assertEquals(2, ctrl.version());          // `genl ctrl get name nlctrl`: Version 0x2, header size 0
            assertEquals(0, ctrl.headerSize());
            assertTrue(ctrl.group("notify").isPresent(), () -> "groups: " + ctrl.groups());
        }
    }

    @Test
    void anAbsentFamilyIsACleanNotFound() {
        try (GenericNetlinkSocket genl = GenericNetlinkSocket.open()) {
            assertEquals(Optional.empty(), genl.findFamily("K4J_NOFAMILY"));
            assertEquals(Optional.empty(), genl.findFamily("A_NAME_TOO_LONG_FOR_GENL"));
            FamilyNotFoundException e = assertThrows(FamilyNotFoundException.class,
                    () -> genl.resolveFamily("K4J_NOFAMILY"));
            assertEquals("K4J_NOFAMILY", e.family());
            assertTrue(e.getMessage().startsWith("generic netlink family K4J_NOFAMILY not found"),
                    e.getMessage());
            // the socket is still usable after a refused request
            assertEquals("nlctrl", genl.resolveFamily("nlctrl").name());
        }
    }

    @Test
    void ipvsIsACleanNotFoundOnAKernelWithoutIpVs() {
        try (GenericNetlinkSocket genl = GenericNetlinkSocket.open()) {
            // a kernel with ip_vs available autoloads it on this very lookup; only then is IPVS present
            Optional<GenlFamily> ipvs = genl.findFamily("IPVS");
            assumeTrue(ipvs.isEmpty(), () -> "this kernel provides IPVS: " + ipvs);
            FamilyNotFoundException e = assertThrows(FamilyNotFoundException.class, () -> genl.resolveFamily("IPVS"));
            assertEquals(org.keepalived4j.netlink.Errno.ENOENT, e.errno());
            assertEquals("generic netlink family IPVS not found: No such file or directory(2): "
                    + "is the kernel module providing it loaded?", e.getMessage());
        }
    }
}
