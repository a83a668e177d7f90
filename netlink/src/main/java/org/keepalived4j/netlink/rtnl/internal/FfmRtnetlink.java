package org.keepalived4j.netlink.rtnl.internal;

import org.keepalived4j.netlink.Errno;
import org.keepalived4j.netlink.NetlinkException;
import org.keepalived4j.netlink.msg.Nl;
import org.keepalived4j.netlink.msg.NlMessageWriter;
import org.keepalived4j.netlink.msg.Rtnl;
import org.keepalived4j.netlink.rtnl.AddressManager;
import org.keepalived4j.netlink.rtnl.IfAddress;
import org.keepalived4j.netlink.rtnl.IpFamily;
import org.keepalived4j.netlink.rtnl.LinkManager;
import org.keepalived4j.netlink.rtnl.Route;
import org.keepalived4j.netlink.rtnl.RouteManager;
import org.keepalived4j.netlink.rtnl.Rtnetlink;
import org.keepalived4j.netlink.rtnl.Rule;
import org.keepalived4j.netlink.rtnl.RuleManager;
import org.keepalived4j.netlink.socket.NetlinkProtocol;
import org.keepalived4j.netlink.socket.NetlinkSocket;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link Rtnetlink} over one {@link NetlinkSocket}: the address, route and rule managers live here, links in
 * {@link FfmLinkManager}. Owned by the opening thread (the socket's arena is confined to it).
 */
public final class FfmRtnetlink implements Rtnetlink, AddressManager, RouteManager, RuleManager {
    private final NetlinkSocket socket;
    private final AddressCodec addressCodec = new AddressCodec();
    private final RouteCodec routeCodec = new RouteCodec();
    private final RuleCodec ruleCodec = new RuleCodec();
    private final FfmLinkManager links;

    private FfmRtnetlink(NetlinkSocket socket) {
        this.socket = socket;
        this.links = new FfmLinkManager(socket);
    }

    /** @return a client on a new socket in the calling thread's network namespace */
    public static FfmRtnetlink open() {
        return new FfmRtnetlink(NetlinkSocket.open(NetlinkProtocol.ROUTE));
    }

    @Override
    public AddressManager addresses() {
        return this;
    }

    @Override
    public LinkManager links() {
        return links;
    }

    @Override
    public RouteManager routes() {
        return this;
    }

    @Override
    public RuleManager rules() {
        return this;
    }

    @Override
    public void close() {
        socket.close();
    }

    /** Sends, returning {@code false} when the kernel answers one of the "already so" errors. */
    static boolean ackUnless(NetlinkSocket socket, NlMessageWriter w, Errno... benign) {
        try {
            socket.ack(w);
            return true;
        } catch (NetlinkException e) {
            for (Errno b : benign) {
                if (e.errno() == b) {
                    return false;
                }
            }
            throw e;
        }
    }

    // --- addresses -------------------------------------------------------------------------------------------

    @Override
    public boolean add(IfAddress address) {
        NlMessageWriter w = socket.request(Rtnl.RTM_NEWADDR, Nl.NLM_F_CREATE | Nl.NLM_F_EXCL);
        addressCodec.encode(w, address, true);
        return ackUnless(socket, w, Errno.EEXIST);
    }

    @Override
    public boolean delete(IfAddress address) {
        NlMessageWriter w = socket.request(Rtnl.RTM_DELADDR, 0);
        addressCodec.encode(w, address, false);
        return ackUnless(socket, w, Errno.EADDRNOTAVAIL, Errno.ENODEV);
    }

    @Override
    public List<IfAddress> list() {
        List<IfAddress> out = new ArrayList<>();
        NlMessageWriter w = socket.request(Rtnl.RTM_GETADDR, Nl.NLM_F_DUMP);
        w.reserve(org.keepalived4j.netlink.msg.IfAddrMsgFlyweight.SIZE);
        socket.dump(w, new CollectingHandler<>(out, m -> m.type() == Rtnl.RTM_NEWADDR ? addressCodec.decode(m) : null));
        return out;
    }

    // --- routes ----------------------------------------------------------------------------------------------

    @Override
    public boolean add(Route route) {
        NlMessageWriter w = socket.request(Rtnl.RTM_NEWROUTE, Nl.NLM_F_CREATE | Nl.NLM_F_EXCL);
        routeCodec.encode(w, route, true);
        return ackUnless(socket, w, Errno.EEXIST);
    }

    @Override
    public void replace(Route route) {
        NlMessageWriter w = socket.request(Rtnl.RTM_NEWROUTE, Nl.NLM_F_CREATE | Nl.NLM_F_REPLACE);
        routeCodec.encode(w, route, true);
        socket.ack(w);
    }

    @Override
    public boolean delete(Route route) {
        NlMessageWriter w = socket.request(Rtnl.RTM_DELROUTE, 0);
        routeCodec.encode(w, route, false);
        return ackUnless(socket, w, Errno.ESRCH);
    }

    @Override
    public List<Route> list(IpFamily family, int table) {
        List<Route> out = new ArrayList<>();
        NlMessageWriter w = socket.request(Rtnl.RTM_GETROUTE, Nl.NLM_F_DUMP);
        routeCodec.encodeDump(w, family);
        socket.dump(w, new CollectingHandler<>(out, m -> {
            Route r = m.type() == Rtnl.RTM_NEWROUTE ? routeCodec.decode(m) : null;
            return r != null && r.table() == table && r.family() == family ? r : null;
        }));
        return out;
    }

    // --- rules -----------------------------------------------------------------------------------------------

    @Override
    public boolean add(Rule rule) {
        NlMessageWriter w = socket.request(Rtnl.RTM_NEWRULE, Nl.NLM_F_CREATE | Nl.NLM_F_EXCL);
        ruleCodec.encode(w, rule);
        return ackUnless(socket, w, Errno.EEXIST);
    }

    @Override
    public boolean delete(Rule rule) {
        NlMessageWriter w = socket.request(Rtnl.RTM_DELRULE, 0);
        ruleCodec.encode(w, rule);
        return ackUnless(socket, w, Errno.ENOENT);
    }

    @Override
    public List<Rule> list(IpFamily family) {
        List<Rule> out = new ArrayList<>();
        NlMessageWriter w = socket.request(Rtnl.RTM_GETRULE, Nl.NLM_F_DUMP);
        ruleCodec.encodeDump(w, family);
        socket.dump(w, new CollectingHandler<>(out, m -> m.type() == Rtnl.RTM_NEWRULE ? ruleCodec.decode(m) : null));
        return out;
    }
}
