package org.keepalived4j.vrrp.runtime;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.keepalived4j.vrrp.state.VirtualAddress;

/** Test {@link VipManager}: remembers which addresses are "on the host" and the calls made. Thread-safe reads. */
public final class InMemoryVipManager implements VipManager {
    private final Set<String> present = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public void addVips(String instanceName, String interfaceName, List<VirtualAddress> addresses) {
        for (VirtualAddress a : addresses) {
            present.add(key(interfaceName, a));
        }
        calls.add(instanceName + " add");
    }

    @Override
    public void removeVips(String instanceName, String interfaceName, List<VirtualAddress> addresses) {
        for (VirtualAddress a : addresses) {
            present.remove(key(interfaceName, a));
        }
        calls.add(instanceName + " remove");
    }

    private static String key(String interfaceName, VirtualAddress a) {
        return (a.device() == null ? interfaceName : a.device()) + " " + a.address().getHostAddress() + "/"
                + a.prefixLength();
    }

    /** Addresses present, as "dev address/prefix". */
    public Set<String> present() {
        synchronized (present) {
            return Set.copyOf(present);
        }
    }

    /** Calls made, as "instance add|remove". */
    public List<String> calls() {
        return List.copyOf(calls);
    }
}
