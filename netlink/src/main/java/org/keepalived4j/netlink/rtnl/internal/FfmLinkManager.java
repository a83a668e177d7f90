package org.keepalived4j.netlink.rtnl.internal;

import org.keepalived4j.netlink.Errno;
import org.keepalived4j.netlink.NetlinkException;
import org.keepalived4j.netlink.msg.Nl;
import org.keepalived4j.netlink.msg.NlMessageWriter;
import org.keepalived4j.netlink.msg.Rtnl;
import org.keepalived4j.netlink.rtnl.Link;
import org.keepalived4j.netlink.rtnl.LinkManager;
import org.keepalived4j.netlink.rtnl.MacvlanSpec;
import org.keepalived4j.netlink.socket.NetlinkSocket;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link LinkManager} over the client's socket. */
final class FfmLinkManager implements LinkManager {
    private final NetlinkSocket socket;
    private final LinkCodec codec = new LinkCodec();

    FfmLinkManager(NetlinkSocket socket) {
        this.socket = socket;
    }

    @Override
    public List<Link> list() {
        List<Link> out = new ArrayList<>();
        NlMessageWriter w = socket.request(Rtnl.RTM_GETLINK, Nl.NLM_F_DUMP);
        codec.encodeDump(w);
        socket.dump(w, new CollectingHandler<>(out, m -> m.type() == Rtnl.RTM_NEWLINK ? codec.decode(m) : null));
        return out;
    }

    @Override
    public Optional<Link> byName(String name) {
        if (name.isEmpty() || name.length() > 15) {
            return Optional.empty();
        }
        return get(0, name);
    }

    @Override
    public Optional<Link> byIndex(int index) {
        return index <= 0 ? Optional.empty() : get(index, null);
    }

    private Optional<Link> get(int index, String name) {
        NlMessageWriter w = socket.request(Rtnl.RTM_GETLINK, 0);
        codec.encodeGet(w, index, name);
        List<Link> out = new ArrayList<>(1);
        try {
            socket.transact(w, new CollectingHandler<>(out,
                    m -> m.type() == Rtnl.RTM_NEWLINK ? codec.decode(m) : null));
        } catch (NetlinkException e) {
            if (e.errno() == Errno.ENODEV) {
                return Optional.empty();
            }
            throw e;
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.getFirst());
    }

    @Override
    public Link createMacvlan(MacvlanSpec spec) {
        NlMessageWriter w = socket.request(Rtnl.RTM_NEWLINK, Nl.NLM_F_CREATE | Nl.NLM_F_EXCL);
        codec.encodeMacvlan(w, spec);
        socket.ack(w);
        return byName(spec.name()).orElseThrow(() -> new NetlinkException(
                "Netlink: macvlan " + spec.name() + " was created but is gone again"));
    }

    @Override
    public boolean delete(int index) {
        NlMessageWriter w = socket.request(Rtnl.RTM_DELLINK, 0);
        codec.encodeDelete(w, index);
        return FfmRtnetlink.ackUnless(socket, w, Errno.ENODEV);
    }

    @Override
    public void setUp(int index, boolean up) {
        NlMessageWriter w = socket.request(Rtnl.RTM_NEWLINK, 0);
        codec.encodeSetUp(w, index, up);
        socket.ack(w);
    }

    @Override
    public void disableIpv6AddressGeneration(int index) {
        NlMessageWriter w = socket.request(Rtnl.RTM_NEWLINK, 0);
        codec.encodeAddrGenModeNone(w, index);
        socket.ack(w);
    }
}
