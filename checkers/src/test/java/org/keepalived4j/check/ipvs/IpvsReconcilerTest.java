package org.keepalived4j.check.ipvs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.model.LvsFlushOnStop;
import org.keepalived4j.netlink.ipvs.ForwardingMethod;
import org.keepalived4j.netlink.ipvs.IpvsDestination;
import org.keepalived4j.netlink.ipvs.IpvsException;
import org.keepalived4j.netlink.ipvs.IpvsOperation;
import org.keepalived4j.netlink.ipvs.IpvsProtocol;
import org.keepalived4j.netlink.ipvs.IpvsService;
import org.keepalived4j.netlink.ipvs.IpvsServiceKey;

/** The reconciler against the in-memory kernel: minimal commands, ownership, drift healing, errors. */
class IpvsReconcilerTest {

    private final RecordingIpvsTable table = new RecordingIpvsTable();
    private final List<String> infos = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final IpvsReconciler reconciler = new IpvsReconciler(table, new IpvsLog() {
        @Override
        public void info(String line) {
            infos.add(line);
        }

        @Override
        public void error(String line) {
            errors.add(line);
        }
    });

    private static InetAddress ip(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(s, e);
        }
    }

    private static final IpvsServiceKey WEB = IpvsServiceKey.of(IpvsProtocol.TCP, ip("192.0.2.10"), 80);
    private static final IpvsServiceKey DNS = IpvsServiceKey.of(IpvsProtocol.UDP, ip("192.0.2.10"), 53);

    private static IpvsDestination dest(String address, int weight) {
        return IpvsDestination.of(ip(address), 80, ForwardingMethod.NAT, weight);
    }

    private static DesiredIpvsTable desired(Object... serviceThenDestinations) {
        Map<IpvsServiceKey, DesiredService> services = new LinkedHashMap<>();
        IpvsService current = null;
        Map<InetSocketAddress, IpvsDestination> dests = new LinkedHashMap<>();
        for (Object o : serviceThenDestinations) {
            if (o instanceof IpvsService s) {
                if (current != null) {
                    services.put(current.key(), new DesiredService(current, dests));
                }
                current = s;
                dests = new LinkedHashMap<>();
            } else {
                IpvsDestination d = (IpvsDestination) o;
                dests.put(DesiredService.keyOf(d), d);
            }
        }
        if (current != null) {
            services.put(current.key(), new DesiredService(current, dests));
        }
        return new DesiredIpvsTable(services);
    }

    private static IpvsService web() {
        return IpvsService.of(WEB, "wlc");
    }

    @Test
    void firstApplyAddsEverythingThenOnlyTheDifference() {
        reconciler.apply(desired(web(), dest("10.0.0.2", 1), dest("10.0.0.3", 1), IpvsService.of(DNS, "rr"),
                dest("10.0.0.4", 2)));
        assertEquals(List.of("add 192.0.2.10:tcp:80", "add 192.0.2.10:tcp:80 -> 10.0.0.2:80",
                "add 192.0.2.10:tcp:80 -> 10.0.0.3:80", "add 192.0.2.10:udp:53",
                "add 192.0.2.10:udp:53 -> 10.0.0.4:80"), table.calls());
        table.clear();

        // One real server fails: one delete; the other's weight changes: one edit; nothing else, no reads.
        reconciler.apply(desired(web(), dest("10.0.0.2", 5), IpvsService.of(DNS, "rr"), dest("10.0.0.4", 2)));
        assertEquals(List.of("edit 192.0.2.10:tcp:80 -> 10.0.0.2:80 w5", "del 192.0.2.10:tcp:80 -> 10.0.0.3:80"),
                table.calls());
        assertEquals(0, table.reads());
        table.clear();

        // Same table again: nothing at all.
        reconciler.apply(desired(web(), dest("10.0.0.2", 5), IpvsService.of(DNS, "rr"), dest("10.0.0.4", 2)));
        assertEquals(List.of(), table.calls());
        assertEquals(Set.of(WEB, DNS), reconciler.ownedServices());
    }

    @Test
    void changedServiceSettingsAreEditedNotReplaced() {
        reconciler.apply(desired(web(), dest("10.0.0.2", 1)));
        table.clear();
        reconciler.apply(desired(web().withScheduler("rr").withPersistence(300, 0xFFFFFF00), dest("10.0.0.2", 1)));
        assertEquals(List.of("edit 192.0.2.10:tcp:80"), table.calls());
        assertEquals("rr", table.kernel().service(WEB).orElseThrow().service().scheduler());
        assertEquals(300, table.kernel().service(WEB).orElseThrow().service().timeoutSeconds());
        assertEquals(1, table.kernel().destinations(WEB).size(), "destinations survive the edit");
    }

    @Test
    void existingServicesAreAdoptedAndForeignOnesLeftAlone() {
        IpvsServiceKey foreign = IpvsServiceKey.of(IpvsProtocol.TCP, ip("192.0.2.99"), 22);
        table.kernel().addService(IpvsService.of(foreign, "rr"));
        table.kernel().addDestination(foreign, dest("10.9.9.9", 1));
        table.kernel().addService(web()); // left over by an earlier run
        table.kernel().addDestination(WEB, dest("10.0.0.2", 1));
        table.kernel().addDestination(WEB, dest("10.0.0.7", 1)); // no longer configured

        reconciler.apply(desired(web(), dest("10.0.0.2", 1), dest("10.0.0.3", 1)));
        assertEquals(List.of("add 192.0.2.10:tcp:80 -> 10.0.0.3:80", "del 192.0.2.10:tcp:80 -> 10.0.0.7:80"),
                table.calls());

        reconciler.release(LvsFlushOnStop.NONE);
        assertEquals(List.of(foreign), table.kernel().services().stream().map(e -> e.service().key()).toList());
        assertEquals(1, table.kernel().destinations(foreign).size());
    }

    @Test
    void serviceDroppedFromTheConfigIsDeleted() {
        reconciler.apply(desired(web(), dest("10.0.0.2", 1), IpvsService.of(DNS, "rr")));
        table.clear();
        reconciler.apply(desired(web(), dest("10.0.0.2", 1)));
        assertEquals(List.of("del 192.0.2.10:udp:53"), table.calls());
        assertEquals(Set.of(WEB), reconciler.ownedServices());
    }

    @Test
    void resyncRestoresWhatWasDeletedOrAlteredBehindItsBack() {
        reconciler.apply(desired(web(), dest("10.0.0.2", 3), dest("10.0.0.3", 1), IpvsService.of(DNS, "rr"),
                dest("10.0.0.4", 1)));
        table.kernel().deleteDestination(WEB, ip("10.0.0.3"), 80);
        table.kernel().editDestination(WEB, dest("10.0.0.2", 9));
        table.kernel().addDestination(WEB, dest("10.0.0.66", 1));
        table.kernel().deleteService(DNS);
        table.clear();

        reconciler.resync();
        assertEquals(List.of("edit 192.0.2.10:tcp:80 -> 10.0.0.2:80 w3", "add 192.0.2.10:tcp:80 -> 10.0.0.3:80",
                "del 192.0.2.10:tcp:80 -> 10.0.0.66:80", "add 192.0.2.10:udp:53",
                "add 192.0.2.10:udp:53 -> 10.0.0.4:80"), table.calls());
        assertEquals(4, reconciler.repairs());
        assertEquals(4, infos.size(), infos::toString);
        assertTrue(infos.contains("IPVS: service 192.0.2.10:udp:53 was removed behind our back; restoring it"),
                infos::toString);
        table.clear();

        reconciler.resync();
        assertEquals(List.of(), table.calls(), "nothing drifted since");
    }

    @Test
    void releaseRemovesOnlyOwnedEntriesPerFlushMode() {
        IpvsServiceKey foreign = IpvsServiceKey.of(IpvsProtocol.TCP, ip("192.0.2.99"), 22);
        table.kernel().addService(IpvsService.of(foreign, "rr"));
        reconciler.apply(desired(web(), dest("10.0.0.2", 1), dest("10.0.0.3", 1)));
        table.clear();
        reconciler.release(LvsFlushOnStop.NONE);
        assertEquals(List.of("del 192.0.2.10:tcp:80 -> 10.0.0.2:80", "del 192.0.2.10:tcp:80 -> 10.0.0.3:80",
                "del 192.0.2.10:tcp:80"), table.calls());
        assertEquals(1, table.kernel().services().size());

        reconciler.apply(desired(web(), dest("10.0.0.2", 1)));
        table.clear();
        reconciler.release(LvsFlushOnStop.VS);
        assertEquals(List.of("del 192.0.2.10:tcp:80"), table.calls());

        reconciler.apply(desired(web(), dest("10.0.0.2", 1)));
        table.clear();
        reconciler.release(LvsFlushOnStop.ALL);
        assertEquals(List.of("flush"), table.calls());
        assertTrue(table.kernel().services().isEmpty());
    }

    @Test
    void eexistOnAddBecomesEditAndEnoentOnDeleteIsAlreadyGone() {
        reconciler.apply(desired(web()));
        // Someone adds the destination between our reads: the add gets EEXIST and becomes an edit.
        table.kernel().addDestination(WEB, dest("10.0.0.2", 7));
        table.clear();
        reconciler.apply(desired(web(), dest("10.0.0.2", 1)));
        assertEquals(List.of("add 192.0.2.10:tcp:80 -> 10.0.0.2:80", "edit 192.0.2.10:tcp:80 -> 10.0.0.2:80 w1"),
                table.calls());
        assertEquals(1, table.kernel().destinations(WEB).getFirst().destination().weight());

        // Someone deletes it before we do: ENOENT on delete is success.
        table.kernel().deleteDestination(WEB, ip("10.0.0.2"), 80);
        reconciler.apply(desired(web()));
        assertEquals(List.of(), errors);
        assertEquals(0, reconciler.failures());
    }

    @Test
    void editOfAVanishedDestinationAddsIt() {
        reconciler.apply(desired(web(), dest("10.0.0.2", 1)));
        table.kernel().deleteDestination(WEB, ip("10.0.0.2"), 80);
        table.clear();
        reconciler.apply(desired(web(), dest("10.0.0.2", 4)));
        assertEquals(List.of("edit 192.0.2.10:tcp:80 -> 10.0.0.2:80 w4", "add 192.0.2.10:tcp:80 -> 10.0.0.2:80"),
                table.calls());
        assertEquals(4, table.kernel().destinations(WEB).getFirst().destination().weight());
    }

    @Test
    void kernelErrorsAreLoggedOnceAndRetried() {
        table.failNext(IpvsOperation.ADD_DESTINATION, IpvsException.EINVAL);
        table.failNext(IpvsOperation.ADD_DESTINATION, IpvsException.EINVAL);
        reconciler.apply(desired(web(), dest("10.0.0.2", 1)));
        assertEquals(List.of("IPVS cmd IP_VS_SO_SET_ADDDEST(1159) error: Invalid operation.  Possibly wrong module "
                + "version, address not unicast, ...(22) (192.0.2.10:tcp:80)"), errors);
        assertTrue(table.kernel().destinations(WEB).isEmpty());

        reconciler.resync(); // fails again: counted, not logged twice
        assertEquals(1, errors.size());
        assertEquals(2, reconciler.failures());

        reconciler.resync(); // the kernel accepts it now
        assertEquals(1, table.kernel().destinations(WEB).size());
    }

    @Test
    void unknownSchedulerIsReportedAndTheServiceRetried() {
        reconciler.apply(desired(IpvsService.of(WEB, "nosuch"), dest("10.0.0.2", 1)));
        assertEquals(List.of("IPVS cmd IP_VS_SO_SET_ADD(1154) error: Scheduler or persistence engine not found(2) "
                + "(192.0.2.10:tcp:80)"), errors);
        // Pipelined with its service, the destination is tried too; its ESRCH is not logged a second time.
        assertEquals(List.of("add 192.0.2.10:tcp:80", "add 192.0.2.10:tcp:80 -> 10.0.0.2:80"), table.calls());
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(reconciler.ownedServices().isEmpty());
        assertTrue(table.kernel().services().isEmpty());
    }

    @Test
    void failedKernelReadKeepsTheBeliefAndRetries() {
        reconciler.apply(desired(web(), dest("10.0.0.2", 1)));
        table.failNext(IpvsOperation.GET_SERVICES, 105);
        table.clear();
        reconciler.resync();
        assertEquals(List.of(), table.calls());
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.getFirst().contains("No buffer space available(105)"), errors::toString);
    }

    @Test
    void serviceThatVanishedBeforeAnEditIsAddedAgainWithItsDestinations() {
        reconciler.apply(desired(web(), dest("10.0.0.2", 1)));
        table.kernel().deleteService(WEB);
        table.clear();
        reconciler.apply(desired(IpvsService.of(WEB, "rr"), dest("10.0.0.2", 1)));
        assertEquals(List.of("edit 192.0.2.10:tcp:80", "add 192.0.2.10:tcp:80", "add 192.0.2.10:tcp:80 -> 10.0.0.2:80"),
                table.calls());
        assertEquals("rr", table.kernel().service(WEB).orElseThrow().service().scheduler());
        assertEquals(1, table.kernel().destinations(WEB).size());
        assertEquals(List.of(), errors);
    }

    @Test
    void serviceCreatedBehindItsBackIsAdoptedWithinABatch() {
        reconciler.apply(desired());
        table.kernel().addService(web());
        table.kernel().addDestination(WEB, dest("10.0.0.3", 1));
        table.clear();
        reconciler.apply(desired(web(), dest("10.0.0.2", 1)));
        assertEquals(List.of("10.0.0.2"), table.kernel().destinations(WEB).stream()
                .map(d -> d.destination().address().getHostAddress()).toList(), table.calls()::toString);
        assertEquals(Set.of(WEB), reconciler.ownedServices());
        assertEquals(List.of(), errors);
    }

    @Test
    void batchWithUnknownOutcomeIsReportedAndReadBackFromTheKernel() {
        table.loseNextBatch();
        reconciler.apply(desired(web(), dest("10.0.0.2", 1), dest("10.0.0.3", 1)));
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.getFirst().contains("No buffer space available(105)"), errors::toString);
        table.clear();
        reconciler.apply(desired(web(), dest("10.0.0.2", 1), dest("10.0.0.3", 1)));
        assertEquals(List.of(), table.calls(), "the kernel holds it all: nothing to send after reading it back");
        assertEquals(Set.of(WEB), reconciler.ownedServices());
    }

    @Test
    void resyncReadsALargeTableInTurns() {
        int n = 3 * IpvsReconciler.SERVICES_PER_RESYNC;
        Object[] spec = new Object[2 * n];
        for (int i = 0; i < n; i++) {
            spec[2 * i] = IpvsService.of(IpvsServiceKey.of(IpvsProtocol.TCP, ip("192.0.2.10"), 1000 + i), "rr");
            spec[2 * i + 1] = dest("10.0.0.2", 1);
        }
        DesiredIpvsTable big = desired(spec);
        reconciler.apply(big);
        IpvsServiceKey last = IpvsServiceKey.of(IpvsProtocol.TCP, ip("192.0.2.10"), 1000 + n - 1);
        IpvsServiceKey beforeLast = IpvsServiceKey.of(IpvsProtocol.TCP, ip("192.0.2.10"), 1000 + n - 2);
        table.kernel().deleteDestination(last, ip("10.0.0.2"), 80);
        table.kernel().deleteService(beforeLast);
        table.clear();
        reconciler.resync();
        assertEquals(2 * IpvsReconciler.SERVICES_PER_RESYNC, table.reads(),
                "a window: each service and its destinations");
        int resyncs = 1;
        while (table.kernel().destinations(last).isEmpty() && resyncs < 10) {
            reconciler.resync();
            resyncs++;
        }
        assertEquals(3, resyncs, "the last third of the services is read on the third resync");
        assertEquals(1, table.kernel().destinations(last).size());
        assertEquals(1, table.kernel().destinations(beforeLast).size(), "the service came back with its destination");
        assertEquals(List.of("IPVS: service " + beforeLast + " was removed behind our back; restoring it",
                "IPVS: destination 10.0.0.2:80 NAT weight 1 of " + last + " was removed behind our back; restoring it"),
                infos.stream().filter(l -> l.contains("behind")).toList());
    }
}
