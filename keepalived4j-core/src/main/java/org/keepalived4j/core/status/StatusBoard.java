package org.keepalived4j.core.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.keepalived4j.check.VirtualServerStatus;
import org.keepalived4j.vrrp.VrrpRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's {@link StatusSource}: the composition root hands it the parts' status suppliers as it builds them,
 * and it listens to the VRRP runtime's state changes to count transitions per instance and state.
 *
 * <pre>{@code
 * StatusBoard board = new StatusBoard();
 * board.attach(vrrpRuntime);                 // status() + a state listener
 * board.lvs(lvsRuntime::status);
 * board.ipvs(() -> ...);
 * }</pre>
 *
 * <p>Thread-safe. {@link #onStateChange} runs on the VRRP thread and only bumps a counter. A supplier that throws
 * (a part stopping) leaves its section empty and is marked down in {@link StatusSnapshot#sources()}; it is logged
 * once per failure streak.
 */
public final class StatusBoard implements StatusSource, VrrpRuntime.StateListener {

    private static final Logger LOG = LoggerFactory.getLogger(StatusBoard.class);

    private final long startNs = System.nanoTime();
    private final Map<String, Map<String, Long>> transitions = new ConcurrentHashMap<>();
    private final Map<String, Boolean> failing = new ConcurrentHashMap<>();
    private volatile Supplier<List<VrrpRuntime.InstanceStatus>> vrrp;
    private volatile Supplier<List<VirtualServerStatus>> lvs;
    private volatile Supplier<IpvsCounters> ipvs;

    /** @param supplier the VRRP instances' status */
    public void vrrp(Supplier<List<VrrpRuntime.InstanceStatus>> supplier) {
        this.vrrp = supplier;
    }

    /** Reads {@code runtime}'s status and counts its transitions. */
    public void attach(VrrpRuntime runtime) {
        vrrp(runtime::status);
        runtime.addStateListener(this);
    }

    /** @param supplier the virtual servers' status */
    public void lvs(Supplier<List<VirtualServerStatus>> supplier) {
        this.lvs = supplier;
    }

    /** @param supplier the IPVS reconciler's counters */
    public void ipvs(Supplier<IpvsCounters> supplier) {
        this.ipvs = supplier;
    }

    @Override
    public void onStateChange(String instance, String state, int priority) {
        transitions.computeIfAbsent(instance, k -> new ConcurrentHashMap<>()).merge(state, 1L, Long::sum);
    }

    @Override
    public StatusSnapshot snapshot() {
        Map<String, Boolean> sources = new LinkedHashMap<>();
        List<VrrpRuntime.InstanceStatus> instances = read("vrrp", vrrp, sources);
        List<VirtualServerStatus> servers = read("checker", lvs, sources);
        IpvsCounters counters = read("ipvs", ipvs, sources);
        return new StatusSnapshot(instances == null ? List.of() : instances, servers == null ? List.of() : servers,
                copy(), counters, sources, (System.nanoTime() - startNs) / 1e9);
    }

    private Map<String, Map<String, Long>> copy() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        transitions.forEach((k, v) -> out.put(k, Map.copyOf(v)));
        return out;
    }

    private <T> T read(String name, Supplier<T> supplier, Map<String, Boolean> sources) {
        if (supplier == null) {
            return null;
        }
        try {
            T value = supplier.get();
            sources.put(name, true);
            if (failing.remove(name) != null) {
                LOG.info("Status of the {} part readable again", name);
            }
            return value;
        } catch (RuntimeException e) {
            sources.put(name, false);
            if (failing.put(name, true) == null) {
                LOG.warn("Cannot read the status of the {} part: {}", name, e.toString());
            }
            return null;
        }
    }
}
