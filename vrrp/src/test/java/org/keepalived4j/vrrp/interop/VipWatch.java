package org.keepalived4j.vrrp.interop;

import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.keepalived4j.netlink.netns.NetNamespace;
import org.keepalived4j.netlink.rtnl.IfAddress;
import org.keepalived4j.netlink.rtnl.LinkMonitor;
import org.keepalived4j.netlink.rtnl.LinkMonitorThread;
import org.keepalived4j.netlink.rtnl.RtnlEvent;
import org.keepalived4j.netlink.rtnl.Rtnetlink;

/**
 * The addresses of one network namespace as rtnetlink reports them: a monitor subscribed to address events on a
 * thread inside the namespace, then one dump, so nothing is missed. Each address carries the
 * {@link System#nanoTime()} at which its {@code RTM_NEWADDR} arrived, which is what the failover tests and the
 * benchmark measure against. No process is started per look.
 */
public final class VipWatch implements AutoCloseable {
    private final String namespace;
    private final Map<InetAddress, Long> present = new ConcurrentHashMap<>();
    private final Map<InetAddress, Long> presentWallUs = new ConcurrentHashMap<>();
    private final LinkMonitorThread thread;

    private VipWatch(String namespace) {
        this.namespace = namespace;
        this.thread = LinkMonitorThread.start("vips-" + namespace, () -> {
            NetNamespace.enterOnCurrentThread(namespace);
            LinkMonitor m = Rtnetlink.openMonitor();
            try (Rtnetlink rtnl = Rtnetlink.open()) {
                long now = System.nanoTime();
                for (IfAddress a : rtnl.addresses().list()) {
                    present.putIfAbsent(a.address(), now);
                }
            }
            return m;
        }, this::onEvent, e -> System.err.println("VipWatch(" + namespace + "): " + e));
    }

    /** Starts watching {@code namespace}. */
    public static VipWatch start(String namespace) {
        return new VipWatch(namespace);
    }

    private void onEvent(RtnlEvent e) {
        long now = System.nanoTime();
        switch (e) {
            case RtnlEvent.AddressAdded(IfAddress a) -> {
                presentWallUs.put(a.address(), wallUs());
                present.put(a.address(), now);
            }
            case RtnlEvent.AddressRemoved(IfAddress a) -> {
                present.remove(a.address());
                presentWallUs.remove(a.address());
            }
            default -> {
            }
        }
    }

    /** Whether {@code address} is on any interface of the namespace now. */
    public boolean has(String address) {
        return present.containsKey(addr(address));
    }

    /** When {@code address} last appeared ({@link System#nanoTime()}), or null when it is absent. */
    public Long addedAtNs(String address) {
        return present.get(addr(address));
    }

    /**
     * When {@code address} last appeared on the wall clock (µs since the epoch, comparable with tcpdump's
     * {@code -tt} packet times), or null when it is absent or was there before the watch started.
     */
    public Long addedAtWallUs(String address) {
        return presentWallUs.get(addr(address));
    }

    private static long wallUs() {
        java.time.Instant i = java.time.Instant.now();
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000;
    }

    private static InetAddress addr(String s) {
        try {
            return InetAddress.getByName(s);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(s, e);
        }
    }

    @Override
    public String toString() {
        return namespace + " " + present.keySet();
    }

    @Override
    public void close() {
        thread.close();
    }
}
