package org.keepalived4j.check.ipvs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.keepalived4j.check.Fixtures.addr;
import static org.keepalived4j.check.Fixtures.dr;
import static org.keepalived4j.check.Fixtures.rs;
import static org.keepalived4j.check.Fixtures.vs;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.check.Fixtures;
import org.keepalived4j.check.Fixtures.Recorder;
import org.keepalived4j.check.health.VirtualServerHealth;
import org.keepalived4j.config.model.lvs.Forwarding;
import org.keepalived4j.config.model.lvs.VirtualServer;
import org.keepalived4j.config.model.lvs.VirtualServerGroup;
import org.keepalived4j.config.model.lvs.VirtualServerKey;
import org.keepalived4j.config.model.lvs.VsgFwmark;
import org.keepalived4j.config.model.lvs.VsgRange;
import org.keepalived4j.netlink.ipvs.IpvsProtocol;
import org.keepalived4j.netlink.ipvs.IpvsServiceKey;

class DesiredTableBuilderTest {

    private static DesiredIpvsTable table(VirtualServer vs) {
        VirtualServerHealth vsh = new VirtualServerHealth(vs, new Recorder());
        vsh.init();
        return DesiredTableBuilder.build(List.of(vsh));
    }

    @Test
    void natKeepsTheRealServerPortDrTakesTheServicePort() {
        DesiredIpvsTable t = table(vs(new VirtualServerKey.Address(addr("10.0.0.100", 80)), Forwarding.NAT, 1, 0, null,
                List.of(rs("10.0.0.2", 8080, 3, false, Forwarding.NAT, List.of()),
                        rs("10.0.0.3", 8080, 1, false, dr(), List.of()))));
        DesiredService s = t.services().get(IpvsServiceKey.of(IpvsProtocol.TCP, addr("10.0.0.100", 80).getAddress(), 80));
        assertEquals("wlc", s.service().scheduler());
        assertEquals(0xffffffff, s.service().netmask());
        assertEquals(3, s.destinations().get(addr("10.0.0.2", 8080)).weight());
        assertEquals(1, s.destinations().get(addr("10.0.0.3", 80)).weight(), "DR: port forced to the service's");
    }

    @Test
    void groupExpandsToOneServicePerAddressAndFwmark() throws Exception {
        VirtualServerGroup g = new VirtualServerGroup("web",
                List.of(new VsgRange(InetAddress.getByName("10.0.0.1"), InetAddress.getByName("10.0.0.3"), 443,
                        Fixtures.POS)),
                List.of(new VsgFwmark(7, null, Fixtures.POS)), Fixtures.POS);
        DesiredIpvsTable t = table(vs(new VirtualServerKey.Group(g, 0), dr(), 1, 0, null,
                List.of(rs("10.0.0.2", 0, 1, false, dr(), List.of()))));
        assertEquals(4, t.services().size(), t.dump());
        DesiredService second = t.services().get(IpvsServiceKey.of(IpvsProtocol.TCP, InetAddress.getByName("10.0.0.2"), 443));
        assertEquals(addr("10.0.0.2", 443), second.destinations().keySet().iterator().next());
        DesiredService fw = t.services().get(IpvsServiceKey.fwmark(7, org.keepalived4j.netlink.ipvs.AddressFamily.INET));
        assertEquals(addr("10.0.0.2", 0), fw.destinations().keySet().iterator().next(), "fwmark DR: port 0");
    }
}
