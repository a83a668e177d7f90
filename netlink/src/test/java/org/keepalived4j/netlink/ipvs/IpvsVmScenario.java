package org.keepalived4j.netlink.ipvs;

import static org.keepalived4j.netlink.ipvs.Ips.ip;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.keepalived4j.netlink.vm.GuestScenario;
import org.keepalived4j.netlink.vm.GuestStep;

/**
 * Every {@link IpvsTable} command against the VM's kernel, each followed by what {@code ipvsadm} sees. The host
 * test ({@link IpvsKernelVmTest}) runs the same steps against {@link InMemoryIpvsTable} too and requires the same
 * outcome, so the fake is held to the kernel's behaviour. Outcomes are made order-independent (the kernel lists in
 * hash order).
 */
public final class IpvsVmScenario implements GuestScenario<IpvsTable> {
    static final String SAVE = "ipvsadm -Sn";
    static final String TIMEOUTS = "ipvsadm -Ln --timeout";
    static final String DAEMONS = "ipvsadm -Ln --daemon";

    static final IpvsServiceKey TCP80 = IpvsServiceKey.of(IpvsProtocol.TCP, ip("192.0.2.10"), 80);
    static final IpvsServiceKey UDP53 = IpvsServiceKey.of(IpvsProtocol.UDP, ip("192.0.2.10"), 53);
    static final IpvsServiceKey SCTP6 = IpvsServiceKey.of(IpvsProtocol.SCTP, ip("2001:db8::10"), 3868);
    static final IpvsServiceKey FWM7 = IpvsServiceKey.fwmark(7, AddressFamily.INET);
    static final IpvsServiceKey FWM8 = IpvsServiceKey.fwmark(8, AddressFamily.INET6);
    static final IpvsServiceKey MISSING = IpvsServiceKey.of(IpvsProtocol.TCP, ip("192.0.2.99"), 80);

    static final IpvsDestination NAT = IpvsDestination.of(ip("198.51.100.2"), 8080, ForwardingMethod.NAT, 3)
            .withThresholds(100, 10);
    static final IpvsDestination DR = IpvsDestination.of(ip("198.51.100.3"), 80, ForwardingMethod.DIRECT_ROUTE, 1);
    static final IpvsDestination GUE = IpvsDestination.of(ip("198.51.100.4"), 80, ForwardingMethod.TUNNEL, 2)
            .withTunnel(TunnelType.GUE, 6080, TunnelType.FLAG_CSUM);
    static final IpvsDestination GRE6 = IpvsDestination.of(ip("2001:db8:1::5"), 3868, ForwardingMethod.TUNNEL, 4)
            .withTunnel(TunnelType.GRE, 0, TunnelType.FLAG_REMCSUM);
    static final IpvsDestination IPIP4_IN_6 = IpvsDestination.of(ip("198.51.100.6"), 3868, ForwardingMethod.TUNNEL,
            1);

    /** Services and destinations for the multi-part dump steps. */
    static final int MANY = 300;
    /** Destinations added by the pipelined step: several datagrams' worth. */
    static final int PIPELINED = 2500;

    @Override
    public IpvsTable open() {
        return GenlIpvsTable.open();
    }

    @Override
    public List<GuestStep<IpvsTable>> steps() {
        List<GuestStep<IpvsTable>> s = new ArrayList<>();
        s.add(GuestStep.of("info", t -> t.info().versionString() + " size=" + t.info().connectionTableSize(),
                "ipvsadm -Ln | head -1"));
        s.add(GuestStep.of("add tcp service", t -> run(() -> t.addService(IpvsService.of(TCP80, "wlc"))), SAVE));
        s.add(GuestStep.of("add persistent udp sh service", t -> run(() -> t.addService(IpvsService.of(UDP53, "sh")
                .withPersistence(300, 0xFFFFFF00).withFlags(IpvsService.FLAG_PERSISTENT | IpvsService.FLAG_FALLBACK
                        | IpvsService.FLAG_PORT | IpvsService.FLAG_ONE_PACKET))), SAVE));
        s.add(GuestStep.of("add ipv6 sctp mh service", t -> run(() -> t.addService(IpvsService.of(SCTP6, "mh")
                .withPersistence(60, 64).withFlags(IpvsService.FLAG_PERSISTENT | IpvsService.FLAG_FALLBACK))), SAVE));
        s.add(GuestStep.of("add fwmark services", t -> run(() -> {
            t.addService(IpvsService.of(FWM7, "rr"));
            t.addService(IpvsService.of(FWM8, "wrr"));
        }), SAVE));
        s.add(GuestStep.of("list services", IpvsVmScenario::services));
        s.add(GuestStep.of("get service", t -> t.service(SCTP6).map(IpvsServiceEntry::service) + " / "
                + t.service(MISSING)));
        s.add(GuestStep.of("add existing service", t -> run(() -> t.addService(IpvsService.of(TCP80, "rr")))));
        s.add(GuestStep.of("add service with unknown scheduler",
                t -> run(() -> t.addService(IpvsService.of(MISSING, "nosuch")))));
        s.add(GuestStep.of("edit service", t -> run(() -> t.editService(IpvsService.of(TCP80, "rr")
                .withPersistence(30, 0xFFFF0000))), SAVE));
        s.add(GuestStep.of("edit missing service", t -> run(() -> t.editService(IpvsService.of(MISSING, "rr")))));
        s.add(GuestStep.of("add destinations", t -> run(() -> {
            t.addDestination(TCP80, NAT);
            t.addDestination(TCP80, DR);
            t.addDestination(TCP80, GUE);
            t.addDestination(SCTP6, GRE6);
            t.addDestination(SCTP6, IPIP4_IN_6);
        }), SAVE, "ipvsadm -Ln --thresholds -t 192.0.2.10:80"));
        s.add(GuestStep.of("start sync daemon while a mixed-family destination exists", t -> run(
                () -> t.startSyncDaemon(SyncDaemon.of(SyncDaemon.State.MASTER, "veth0", 5))), DAEMONS));
        s.add(GuestStep.of("list destinations", t -> destinations(t, TCP80) + " | " + destinations(t, SCTP6)));
        s.add(GuestStep.of("list destinations of a missing service", t -> destinations(t, MISSING)));
        s.add(GuestStep.of("add existing destination", t -> run(() -> t.addDestination(TCP80, DR))));
        s.add(GuestStep.of("add destination to missing service", t -> run(() -> t.addDestination(MISSING, DR))));
        s.add(GuestStep.of("add nat destination of another family",
                t -> run(() -> t.addDestination(TCP80, IpvsDestination.of(ip("2001:db8::7"), 80,
                        ForwardingMethod.NAT, 1)))));
        s.add(GuestStep.of("edit destination", t -> run(() -> t.editDestination(TCP80, NAT.withWeight(5)
                .withThresholds(0, 0))), SAVE));
        s.add(GuestStep.of("edit missing destination", t -> run(() -> t.editDestination(TCP80,
                IpvsDestination.of(ip("198.51.100.9"), 80, ForwardingMethod.NAT, 1)))));
        s.add(GuestStep.of("delete destinations", t -> run(() -> {
            t.deleteDestination(TCP80, DR.address(), 80);
            t.deleteDestination(SCTP6, IPIP4_IN_6.address(), IPIP4_IN_6.port());
        }), SAVE));
        s.add(GuestStep.of("delete missing destination",
                t -> run(() -> t.deleteDestination(TCP80, DR.address(), 80))));
        s.add(GuestStep.of("delete destination of missing service",
                t -> run(() -> t.deleteDestination(MISSING, DR.address(), 80))));
        s.add(GuestStep.of("zero", t -> run(() -> {
            t.zero(TCP80);
            t.zero();
        })));
        s.add(GuestStep.of("zero missing service", t -> run(() -> t.zero(MISSING))));
        s.add(GuestStep.of("get timeouts", IpvsTable::timeouts, TIMEOUTS));
        s.add(GuestStep.of("set timeouts", t -> {
            t.setTimeouts(new IpvsTimeouts(7200, 0, 60));
            return t.timeouts();
        }, TIMEOUTS));
        s.add(GuestStep.of("start sync daemons", t -> {
            t.startSyncDaemon(new SyncDaemon(SyncDaemon.State.MASTER, "veth0", 5, 1400, ip("239.1.2.3"), 8849, 2));
            t.startSyncDaemon(SyncDaemon.of(SyncDaemon.State.BACKUP, "dummy0", 6));
            return null;
        }, DAEMONS));
        s.add(GuestStep.of("list sync daemons", t -> t.syncDaemons().stream()
                .sorted(Comparator.comparing(SyncDaemon::state)).map(d -> d.state() + " " + d.interfaceName() + " "
                        + d.syncId()).toList()));
        s.add(GuestStep.of("start running sync daemon",
                t -> run(() -> t.startSyncDaemon(SyncDaemon.of(SyncDaemon.State.MASTER, "veth0", 5)))));
        s.add(GuestStep.of("stop sync daemons", t -> run(() -> {
            t.stopSyncDaemon(SyncDaemon.State.MASTER);
            t.stopSyncDaemon(SyncDaemon.State.BACKUP);
        }), DAEMONS));
        s.add(GuestStep.of("stop stopped sync daemon", t -> run(() -> t.stopSyncDaemon(SyncDaemon.State.MASTER))));
        s.add(GuestStep.of("delete service", t -> run(() -> t.deleteService(UDP53)), SAVE));
        s.add(GuestStep.of("delete missing service", t -> run(() -> t.deleteService(UDP53))));
        s.add(GuestStep.of("flush", t -> {
            t.flush();
            return t.services().size();
        }, SAVE));
        s.add(GuestStep.of("multi-part dumps", IpvsVmScenario::many, SAVE + " | wc -l"));
        s.add(GuestStep.of("pipelined commands", IpvsVmScenario::pipelined, SAVE + " | wc -l"));
        s.add(GuestStep.of("clean up", t -> {
            t.flush();
            t.setTimeouts(new IpvsTimeouts(900, 120, 300));
            return null;
        }, SAVE));
        return s;
    }

    private static Object run(Runnable r) {
        r.run();
        return null;
    }

    private static String services(IpvsTable t) {
        return t.services().stream().map(e -> e.service().toString()).sorted().collect(Collectors.joining("\n"));
    }

    private static String destinations(IpvsTable t, IpvsServiceKey key) {
        return t.destinations(key).stream().map(IpvsDestinationEntry::toString).sorted()
                .collect(Collectors.joining("\n"));
    }

    private static String many(IpvsTable t) {
        for (int i = 0; i < MANY; i++) {
            t.addService(IpvsService.of(IpvsServiceKey.of(IpvsProtocol.TCP, ip("192.0.2.20"), 10000 + i), "rr"));
        }
        IpvsServiceKey big = IpvsServiceKey.of(IpvsProtocol.TCP, ip("192.0.2.20"), 10000);
        for (int i = 0; i < MANY; i++) {
            t.addDestination(big, IpvsDestination.of(ip("10.1." + (i / 250) + "." + (1 + i % 250)), 80,
                    ForwardingMethod.DIRECT_ROUTE, 1));
        }
        return t.services().size() + " services, " + t.destinations(big).size() + " destinations";
    }

    /** More commands than one datagram holds, three of them failing in the middle: each failure by its index. */
    private static String pipelined(IpvsTable t) {
        t.flush();
        IpvsServiceKey a = IpvsServiceKey.of(IpvsProtocol.TCP, ip("192.0.2.30"), 80);
        List<IpvsCommand> c = new ArrayList<>();
        c.add(new IpvsCommand.AddService(IpvsService.of(a, "wrr")));
        for (int i = 0; i < PIPELINED; i++) {
            c.add(new IpvsCommand.AddDestination(a, IpvsDestination.of(ip("10.2." + (i / 250) + "." + (1 + i % 250)),
                    80, ForwardingMethod.DIRECT_ROUTE, 1)));
        }
        c.add(new IpvsCommand.AddDestination(MISSING, DR));
        c.add(new IpvsCommand.AddService(IpvsService.of(a, "wrr")));
        c.add(new IpvsCommand.EditDestination(a, IpvsDestination.of(ip("10.3.0.1"), 80,
                ForwardingMethod.DIRECT_ROUTE, 5)));
        c.add(new IpvsCommand.DeleteDestination(a, ip("10.2.0.1"), 80));
        c.add(new IpvsCommand.EditService(IpvsService.of(a, "rr")));
        List<String> failed = new ArrayList<>();
        t.execute(c, (i, e) -> failed.add(i + ":" + e.errno()));
        return failed + " " + t.services().size() + " services, " + t.destinations(a).size() + " destinations, "
                + t.service(a).orElseThrow().service().scheduler();
    }
}
