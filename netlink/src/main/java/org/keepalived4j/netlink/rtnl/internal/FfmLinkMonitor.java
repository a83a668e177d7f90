package org.keepalived4j.netlink.rtnl.internal;

import org.keepalived4j.netlink.msg.MessageHandler;
import org.keepalived4j.netlink.msg.NlMsgHdrFlyweight;
import org.keepalived4j.netlink.msg.Rtnl;
import org.keepalived4j.netlink.rtnl.IfAddress;
import org.keepalived4j.netlink.rtnl.LinkMonitor;
import org.keepalived4j.netlink.rtnl.RtnlEvent;
import org.keepalived4j.netlink.rtnl.RtnlGroup;
import org.keepalived4j.netlink.socket.NetlinkProtocol;
import org.keepalived4j.netlink.socket.NetlinkSocket;

import java.util.Set;
import java.util.function.Consumer;

/** {@link LinkMonitor} on a dedicated {@code NETLINK_ROUTE} socket joined to the chosen groups. */
public final class FfmLinkMonitor implements LinkMonitor {
    private final NetlinkSocket socket;
    private final LinkCodec links = new LinkCodec();
    private final AddressCodec addresses = new AddressCodec();
    private final Dispatcher dispatcher = new Dispatcher();

    private FfmLinkMonitor(NetlinkSocket socket) {
        this.socket = socket;
    }

    /**
     * @param groups groups to join
     * @return a monitor owned by the calling thread
     */
    public static FfmLinkMonitor open(Set<RtnlGroup> groups) {
        NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE);
        try {
            for (RtnlGroup g : groups) {
                s.joinGroup(g.number());
            }
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return new FfmLinkMonitor(s);
    }

    @Override
    public int poll(int timeoutMs, Consumer<? super RtnlEvent> sink) {
        dispatcher.sink = sink;
        dispatcher.count = 0;
        try {
            socket.receiveEvents(timeoutMs, dispatcher);
            return dispatcher.count;
        } finally {
            dispatcher.sink = null;
        }
    }

    @Override
    public void close() {
        socket.close();
    }

    /** Turns messages into events; one instance, re-pointed at the sink of each poll. */
    private final class Dispatcher implements MessageHandler {
        private Consumer<? super RtnlEvent> sink;
        private int count;

        @Override
        public void onMessage(NlMsgHdrFlyweight m) {
            RtnlEvent e = switch (m.type()) {
                case Rtnl.RTM_NEWLINK -> new RtnlEvent.LinkChanged(links.decode(m));
                case Rtnl.RTM_DELLINK -> new RtnlEvent.LinkRemoved(links.decode(m));
                case Rtnl.RTM_NEWADDR -> address(m, true);
                case Rtnl.RTM_DELADDR -> address(m, false);
                default -> null;
            };
            if (e != null) {
                count++;
                sink.accept(e);
            }
        }

        private RtnlEvent address(NlMsgHdrFlyweight m, boolean added) {
            IfAddress a = addresses.decode(m);
            if (a == null) {
                return null;
            }
            return added ? new RtnlEvent.AddressAdded(a) : new RtnlEvent.AddressRemoved(a);
        }

        @Override
        public void onEventsLost() {
            count++;
            sink.accept(new RtnlEvent.EventsLost());
        }
    }
}
