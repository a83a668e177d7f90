package org.keepalived4j.netlink.ipvs;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link IpvsTable} in memory, for unit tests of the code above it. It answers as the kernel does
 * ({@code net/netfilter/ipvs/ip_vs_ctl.c}): the same errno for the same mistake, unknown schedulers refused, a
 * destination of another address family refused unless tunnelled, no sync daemon started while such a
 * mixed-family destination exists, defaults 900/120/300 s for the timeouts.
 * Counters stay at zero. Services are listed in insertion order (the kernel uses hash order).
 */
public final class InMemoryIpvsTable implements IpvsTable {
    /** Schedulers Debian's kernel ships. */
    public static final Set<String> SCHEDULERS =
            Set.of("rr", "wrr", "lc", "wlc", "lblc", "lblcr", "dh", "sh", "sed", "nq", "fo", "ovf", "mh");
    /** Persistence engines the kernel ships. */
    public static final Set<String> PERSISTENCE_ENGINES = Set.of("sip");
    /** {@code IP_VS_VERSION_CODE} of current kernels. */
    public static final int VERSION = 0x010201;

    private final Map<IpvsServiceKey, IpvsService> services = new LinkedHashMap<>();
    private final Map<IpvsServiceKey, Map<DestinationKey, IpvsDestination>> destinations = new LinkedHashMap<>();
    private final Map<SyncDaemon.State, SyncDaemon> daemons = new EnumMap<>(SyncDaemon.State.class);
    private IpvsTimeouts timeouts = new IpvsTimeouts(900, 120, 300);

    private record DestinationKey(InetAddress address, int port) {
    }

    @Override
    public void addService(IpvsService service) {
        if (services.containsKey(service.key())) {
            throw new IpvsException(IpvsOperation.ADD_SERVICE, IpvsException.EEXIST, service.key().toString());
        }
        checkNames(IpvsOperation.ADD_SERVICE, service);
        services.put(service.key(), service);
        destinations.put(service.key(), new LinkedHashMap<>());
    }

    @Override
    public void editService(IpvsService service) {
        require(IpvsOperation.EDIT_SERVICE, service.key(), "");
        checkNames(IpvsOperation.EDIT_SERVICE, service);
        services.put(service.key(), service);
    }

    @Override
    public void deleteService(IpvsServiceKey key) {
        require(IpvsOperation.DELETE_SERVICE, key, "");
        services.remove(key);
        destinations.remove(key);
    }

    @Override
    public List<IpvsServiceEntry> services() {
        return services.values().stream().map(s -> new IpvsServiceEntry(s, IpvsStats.ZERO)).toList();
    }

    @Override
    public Optional<IpvsServiceEntry> service(IpvsServiceKey key) {
        return Optional.ofNullable(services.get(key)).map(s -> new IpvsServiceEntry(s, IpvsStats.ZERO));
    }

    @Override
    public void addDestination(IpvsServiceKey service, IpvsDestination destination) {
        String subject = service + " -> " + IpvsFormat.address(destination.address()) + ":" + destination.port();
        require(IpvsOperation.ADD_DESTINATION, service, subject);
        if (destination.family() != service.family() && destination.forwarding() != ForwardingMethod.TUNNEL) {
            throw new IpvsException(IpvsOperation.ADD_DESTINATION, IpvsException.EINVAL, subject);
        }
        Map<DestinationKey, IpvsDestination> dests = destinations.get(service);
        DestinationKey dk = new DestinationKey(destination.address(), destination.port());
        if (dests.containsKey(dk)) {
            throw new IpvsException(IpvsOperation.ADD_DESTINATION, IpvsException.EEXIST, subject);
        }
        dests.put(dk, destination);
    }

    @Override
    public void editDestination(IpvsServiceKey service, IpvsDestination destination) {
        String subject = service + " -> " + IpvsFormat.address(destination.address()) + ":" + destination.port();
        require(IpvsOperation.EDIT_DESTINATION, service, subject);
        Map<DestinationKey, IpvsDestination> dests = destinations.get(service);
        DestinationKey dk = new DestinationKey(destination.address(), destination.port());
        if (!dests.containsKey(dk)) {
            throw new IpvsException(IpvsOperation.EDIT_DESTINATION, IpvsException.ENOENT, subject);
        }
        dests.put(dk, destination);
    }

    @Override
    public void deleteDestination(IpvsServiceKey service, InetAddress address, int port) {
        String subject = service + " -> " + IpvsFormat.address(address) + ":" + port;
        require(IpvsOperation.DELETE_DESTINATION, service, subject);
        if (destinations.get(service).remove(new DestinationKey(address, port)) == null) {
            throw new IpvsException(IpvsOperation.DELETE_DESTINATION, IpvsException.ENOENT, subject);
        }
    }

    @Override
    public List<IpvsDestinationEntry> destinations(IpvsServiceKey service) {
        Map<DestinationKey, IpvsDestination> dests = destinations.getOrDefault(service, Map.of());
        List<IpvsDestinationEntry> out = new ArrayList<>(dests.size());
        for (IpvsDestination d : dests.values()) {
            out.add(new IpvsDestinationEntry(d, 0, 0, 0, IpvsStats.ZERO));
        }
        return out;
    }

    @Override
    public IpvsTimeouts timeouts() {
        return timeouts;
    }

    @Override
    public void setTimeouts(IpvsTimeouts t) {
        timeouts = new IpvsTimeouts(t.tcpSeconds() != 0 ? t.tcpSeconds() : timeouts.tcpSeconds(),
                t.tcpFinSeconds() != 0 ? t.tcpFinSeconds() : timeouts.tcpFinSeconds(),
                t.udpSeconds() != 0 ? t.udpSeconds() : timeouts.udpSeconds());
    }

    @Override
    public void startSyncDaemon(SyncDaemon daemon) {
        // The sync protocol cannot carry mixed-family services: the kernel refuses while such a destination exists.
        boolean mixed = destinations.entrySet().stream().anyMatch(e -> e.getValue().values().stream()
                .anyMatch(d -> d.family() != e.getKey().family()));
        if (mixed) {
            throw new IpvsException(IpvsOperation.START_DAEMON, IpvsException.EINVAL, "");
        }
        if (daemons.containsKey(daemon.state())) {
            throw new IpvsException(IpvsOperation.START_DAEMON, IpvsException.EEXIST, "");
        }
        daemons.put(daemon.state(), daemon);
    }

    @Override
    public void stopSyncDaemon(SyncDaemon.State state) {
        if (daemons.remove(state) == null) {
            throw new IpvsException(IpvsOperation.STOP_DAEMON, IpvsException.ESRCH, "");
        }
    }

    @Override
    public List<SyncDaemon> syncDaemons() {
        return List.copyOf(daemons.values());
    }

    @Override
    public void flush() {
        services.clear();
        destinations.clear();
    }

    @Override
    public void zero() {
        // Counters are always zero here.
    }

    @Override
    public void zero(IpvsServiceKey key) {
        require(IpvsOperation.ZERO, key, "");
    }

    @Override
    public IpvsInfo info() {
        return new IpvsInfo(VERSION, 4096);
    }

    @Override
    public void close() {
        // Nothing to release.
    }

    private void require(IpvsOperation op, IpvsServiceKey key, String subject) {
        if (!services.containsKey(key)) {
            throw new IpvsException(op, IpvsException.ESRCH, subject.isEmpty() ? key.toString() : subject);
        }
    }

    private static void checkNames(IpvsOperation op, IpvsService service) {
        if (!SCHEDULERS.contains(service.scheduler()) || !(service.persistenceEngine().isEmpty()
                || PERSISTENCE_ENGINES.contains(service.persistenceEngine()))) {
            throw new IpvsException(op, IpvsException.ENOENT, service.key().toString());
        }
    }
}
