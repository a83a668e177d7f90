package org.keepalived4j.check;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.keepalived4j.netlink.rtnl.IfAddress;
import org.keepalived4j.netlink.rtnl.LinkMonitor;
import org.keepalived4j.netlink.rtnl.LinkMonitorThread;
import org.keepalived4j.netlink.rtnl.RtnlEvent;
import org.keepalived4j.netlink.rtnl.RtnlGroup;
import org.keepalived4j.netlink.rtnl.Rtnetlink;

/**
 * The checker side's own view of this host's addresses, for {@code ha_suspend} (keepalived's checker process runs
 * its own netlink reflector for it): an rtnetlink address monitor on a thread of its own, then a dump of every
 * address; a lost-events notice causes a new dump. What it learns is handed to callbacks (which post to the loop).
 */
final class AddressWatch implements AutoCloseable {

    /** Address events. */
    interface Listener {
        /** Every address now on the host (after a dump). */
        void all(List<IfAddress> addresses);

        /** One address appeared or went. */
        void changed(IfAddress address, boolean present);
    }

    private final LinkMonitorThread thread;

    private AddressWatch(LinkMonitorThread thread) {
        this.thread = thread;
    }

    /**
     * Subscribes, then dumps (so nothing in between is missed).
     *
     * @param listener gets the dump and every change, on the watch's thread
     * @param errors   gets a failure of the socket (the watch then ends)
     * @return the running watch
     * @throws IllegalStateException when the monitor cannot be opened
     */
    static AddressWatch start(Listener listener, Consumer<Throwable> errors) {
        LinkMonitorThread t = LinkMonitorThread.start("checker-addresses", () -> {
            LinkMonitor m = Rtnetlink.openMonitor(EnumSet.of(RtnlGroup.IPV4_ADDRESS, RtnlGroup.IPV6_ADDRESS));
            try {
                dump(listener);
            } catch (RuntimeException e) {
                m.close();
                throw e;
            }
            return m;
        }, event -> {
            switch (event) {
                case RtnlEvent.AddressAdded a -> listener.changed(a.address(), true);
                case RtnlEvent.AddressRemoved r -> listener.changed(r.address(), false);
                case RtnlEvent.EventsLost l -> dump(listener);
                case RtnlEvent.LinkChanged c -> {
                }
                case RtnlEvent.LinkRemoved r -> {
                }
            }
        }, errors);
        return new AddressWatch(t);
    }

    private static void dump(Listener listener) {
        try (Rtnetlink rtnl = Rtnetlink.open()) {
            listener.all(rtnl.addresses().list());
        }
    }

    @Override
    public void close() {
        thread.close();
    }
}
