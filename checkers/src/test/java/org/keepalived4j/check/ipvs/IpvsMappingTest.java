package org.keepalived4j.check.ipvs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.keepalived4j.check.Fixtures.addr;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keepalived4j.check.Fixtures;
import org.keepalived4j.config.model.lvs.AddressFamily;
import org.keepalived4j.config.model.lvs.Forwarding;
import org.keepalived4j.config.model.lvs.ForwardingMethod;
import org.keepalived4j.config.model.lvs.Protocol;
import org.keepalived4j.config.model.lvs.Scheduler;
import org.keepalived4j.config.model.lvs.ServiceFlag;
import org.keepalived4j.config.model.lvs.TunnelChecksum;
import org.keepalived4j.config.model.lvs.TunnelType;
import org.keepalived4j.config.model.lvs.VirtualServer;
import org.keepalived4j.config.model.lvs.VirtualServerKey;
import org.keepalived4j.netlink.ipvs.IpvsDestination;
import org.keepalived4j.netlink.ipvs.IpvsProtocol;
import org.keepalived4j.netlink.ipvs.IpvsService;
import org.keepalived4j.netlink.ipvs.IpvsServiceKey;

class IpvsMappingTest {

    private static VirtualServer vs(String ip, Duration persistence, int granularity, String engine) {
        return new VirtualServer(new VirtualServerKey.Address(addr(ip, 80)), AddressFamily.of(addr(ip, 80)
                .getAddress()), Protocol.TCP, Scheduler.SH, Set.of(ServiceFlag.SCHED1, ServiceFlag.SCHED2),
                Forwarding.NAT, persistence, engine, granularity, false, null, false, false, false, 1, 0, null, null,
                Duration.ofSeconds(6), null, List.of(Fixtures.rs("10.0.0.2", 80, 1, false, List.of())), null,
                Fixtures.POS);
    }

    @Test
    void persistenceAndFlags() {
        IpvsServiceKey key = IpvsServiceKey.of(IpvsProtocol.TCP, addr("192.0.2.1", 80).getAddress(), 80);
        IpvsService s = IpvsMapping.service(vs("192.0.2.1", Duration.ofSeconds(300), 0xFFFFFF00, "sip"), key);
        assertEquals(IpvsService.FLAG_PERSISTENT | IpvsService.FLAG_FALLBACK | IpvsService.FLAG_PORT, s.flags());
        assertEquals(300, s.timeoutSeconds());
        assertEquals(0xFFFFFF00, s.netmask());
        assertEquals("sip", s.persistenceEngine());
        assertEquals("sh", s.scheduler());

        IpvsService plain = IpvsMapping.service(vs("192.0.2.1", Duration.ZERO, -1, null), key);
        assertEquals(IpvsService.of(key, "sh").withFlags(IpvsService.FLAG_FALLBACK | IpvsService.FLAG_PORT), plain);
    }

    @Test
    void ipv6PersistenceDefaultsToPrefix128() {
        IpvsServiceKey key = IpvsServiceKey.of(IpvsProtocol.TCP, addr("2001:db8::1", 80).getAddress(), 80);
        IpvsService s = IpvsMapping.service(vs("2001:db8::1", Duration.ofSeconds(60), -1, null), key);
        assertEquals(128, s.netmask());
        assertEquals(64, IpvsMapping.service(vs("2001:db8::1", Duration.ofSeconds(60), 64, null), key).netmask());
    }

    @Test
    void tunnelDestinationsTakeTheServicePortAndTheirEncapsulation() {
        IpvsServiceKey key = IpvsServiceKey.of(IpvsProtocol.TCP, addr("192.0.2.1", 80).getAddress(), 443);
        IpvsDestination gue = IpvsMapping.destination(addr("10.0.0.2", 8443),
                new Forwarding(ForwardingMethod.TUN, TunnelType.GUE, 6080, TunnelChecksum.REMCSUM), key, 3, 50, 5);
        assertEquals(443, gue.port());
        assertEquals(org.keepalived4j.netlink.ipvs.ForwardingMethod.TUNNEL, gue.forwarding());
        assertEquals(org.keepalived4j.netlink.ipvs.TunnelType.GUE, gue.tunnelType());
        assertEquals(6080, gue.tunnelPort());
        assertEquals(2, gue.tunnelFlags());
        assertEquals(50, gue.upperThreshold());
        assertEquals(5, gue.lowerThreshold());

        IpvsDestination fw = IpvsMapping.destination(addr("10.0.0.2", 80), Forwarding.of(ForwardingMethod.DR),
                IpvsServiceKey.fwmark(7, org.keepalived4j.netlink.ipvs.AddressFamily.INET), 1, 0, 0);
        assertEquals(0, fw.port(), "DR on a fwmark service: port 0");
        assertEquals(8080, IpvsMapping.destination(addr("10.0.0.2", 8080), Forwarding.NAT, key, 1, 0, 0).port());
    }

    @Test
    void lowerThresholdAboveUpperIsRefusedAsTheKernelWould() {
        IpvsServiceKey key = IpvsServiceKey.of(IpvsProtocol.TCP, addr("192.0.2.1", 80).getAddress(), 80);
        assertNull(IpvsMapping.destination(addr("10.0.0.2", 80), Forwarding.NAT, key, 1, 5, 10));
        assertEquals("IPVS cmd IP_VS_SO_SET_ADDDEST(1159) error: Numerical result out of range(34) "
                        + "(192.0.2.1:tcp:80 -> 10.0.0.2:80)",
                IpvsMapping.thresholdProblem(key, addr("10.0.0.2", 80), Forwarding.NAT, 5, 10));
    }
}
