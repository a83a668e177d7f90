package org.keepalived4j.netlink.ipvs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keepalived4j.netlink.ipvs.Ips.ip;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The fake answers with the kernel's errnos (the same sequences are checked against the kernel in the VM). */
class InMemoryIpvsTableTest {
    private final InMemoryIpvsTable table = new InMemoryIpvsTable();
    private final IpvsServiceKey key = IpvsServiceKey.of(IpvsProtocol.TCP, ip("192.0.2.10"), 80);
    private final IpvsDestination rs = IpvsDestination.of(ip("198.51.100.2"), 80, ForwardingMethod.NAT, 1);

    @Test
    void servicesAreAddedEditedListedAndDeleted() {
        table.addService(IpvsService.of(key, "rr"));
        IpvsService edited = IpvsService.of(key, "wlc").withPersistence(60, 0xFFFFFF00);
        table.editService(edited);
        assertEquals(List.of(new IpvsServiceEntry(edited, IpvsStats.ZERO)), table.services());
        assertEquals(Optional.of(new IpvsServiceEntry(edited, IpvsStats.ZERO)), table.service(key));
        table.deleteService(key);
        assertEquals(List.of(), table.services());
        assertEquals(Optional.empty(), table.service(key));
    }

    @Test
    void serviceErrorsTellTheCasesApart() {
        table.addService(IpvsService.of(key, "rr"));
        IpvsException exists = assertThrows(IpvsException.class, () -> table.addService(IpvsService.of(key, "nope")));
        assertTrue(exists.alreadyExists(), exists::getMessage); // EEXIST is checked before the scheduler
        IpvsServiceKey other = IpvsServiceKey.of(IpvsProtocol.UDP, ip("192.0.2.10"), 80);
        IpvsException sched = assertThrows(IpvsException.class, () -> table.addService(IpvsService.of(other, "xx")));
        assertTrue(sched.schedulerNotFound(), sched::getMessage);
        assertEquals("IPVS cmd IP_VS_SO_SET_ADD(1154) error: Scheduler or persistence engine not found(2)"
                + " (192.0.2.10:udp:80)", sched.getMessage());
        assertTrue(assertThrows(IpvsException.class, () -> table.editService(IpvsService.of(other, "rr")))
                .noSuchService());
        assertTrue(assertThrows(IpvsException.class, () -> table.deleteService(other)).noSuchService());
        assertTrue(assertThrows(IpvsException.class, () -> table.zero(other)).noSuchService());
    }

    @Test
    void destinationErrorsTellTheCasesApart() {
        IpvsException noService = assertThrows(IpvsException.class, () -> table.addDestination(key, rs));
        assertTrue(noService.noSuchService(), noService::getMessage);
        assertEquals("IPVS cmd IP_VS_SO_SET_ADDDEST(1159) error: No such service(3)"
                + " (192.0.2.10:tcp:80 -> 198.51.100.2:80)", noService.getMessage());
        table.addService(IpvsService.of(key, "rr"));
        table.addDestination(key, rs);
        assertTrue(assertThrows(IpvsException.class, () -> table.addDestination(key, rs)).alreadyExists());
        IpvsDestination missing = IpvsDestination.of(ip("198.51.100.3"), 80, ForwardingMethod.NAT, 1);
        IpvsException noDest = assertThrows(IpvsException.class, () -> table.editDestination(key, missing));
        assertTrue(noDest.noSuchDestination(), noDest::getMessage);
        assertEquals("IPVS cmd IP_VS_SO_SET_EDITDEST(1161) error: No such destination(2)"
                + " (192.0.2.10:tcp:80 -> 198.51.100.3:80)", noDest.getMessage());
        assertTrue(assertThrows(IpvsException.class,
                () -> table.deleteDestination(key, missing.address(), 80)).noSuchDestination());
        IpvsDestination v6 = IpvsDestination.of(ip("2001:db8::2"), 80, ForwardingMethod.NAT, 1);
        assertEquals(IpvsException.EINVAL,
                assertThrows(IpvsException.class, () -> table.addDestination(key, v6)).errno());
        table.addDestination(key, v6.withTunnel(TunnelType.IPIP, 0, 0));

        table.editDestination(key, rs.withWeight(5));
        assertEquals(5, table.destinations(key).getFirst().destination().weight());
        table.deleteDestination(key, rs.address(), rs.port());
        assertEquals(1, table.destinations(key).size());
        assertEquals(List.of(), table.destinations(IpvsServiceKey.fwmark(1, AddressFamily.INET)));
    }

    @Test
    void timeoutsZeroMeansUnchanged() {
        assertEquals(new IpvsTimeouts(900, 120, 300), table.timeouts());
        table.setTimeouts(new IpvsTimeouts(0, 30, 0));
        assertEquals(new IpvsTimeouts(900, 30, 300), table.timeouts());
    }

    @Test
    void syncDaemonsStartOncePerState() {
        SyncDaemon master = SyncDaemon.of(SyncDaemon.State.MASTER, "eth0", 1);
        table.startSyncDaemon(master);
        IpvsException twice = assertThrows(IpvsException.class, () -> table.startSyncDaemon(master));
        assertEquals("IPVS cmd IP_VS_SO_SET_STARTDAEMON(1163) error: Daemon has already run(17)", twice.getMessage());
        assertEquals(List.of(master), table.syncDaemons());
        table.stopSyncDaemon(SyncDaemon.State.MASTER);
        IpvsException none = assertThrows(IpvsException.class, () -> table.stopSyncDaemon(SyncDaemon.State.BACKUP));
        assertEquals("IPVS cmd IP_VS_SO_SET_STOPDAEMON(1164) error: No daemon is running(3)", none.getMessage());
    }

    @Test
    void flushEmptiesAndInfoReportsTheVersion() {
        table.addService(IpvsService.of(key, "rr"));
        table.flush();
        assertEquals(List.of(), table.services());
        assertEquals("1.2.1", table.info().versionString());
    }
}
