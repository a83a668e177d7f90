package org.keepalived4j.netlink.rtnl.internal;

import org.keepalived4j.netlink.msg.NlAttrFlyweight;
import org.keepalived4j.netlink.msg.NlMessageWriter;
import org.keepalived4j.netlink.msg.NlMsgHdrFlyweight;
import org.keepalived4j.netlink.msg.RtMsgFlyweight;
import org.keepalived4j.netlink.msg.Rtnl;
import org.keepalived4j.netlink.rtnl.IpFamily;
import org.keepalived4j.netlink.rtnl.Route;
import org.keepalived4j.netlink.rtnl.RouteType;

import java.net.InetAddress;

/**
 * {@code RTM_NEWROUTE}/{@code RTM_DELROUTE} bodies, after keepalived's {@code netlink_route}: tables above 255 in
 * {@code RTA_TABLE} (with {@code rtm_table} = {@code RT_TABLE_UNSPEC}), a delete with scope
 * {@code RT_SCOPE_NOWHERE} so the kernel matches any scope, and decoding dumped routes. Pure.
 */
final class RouteCodec {
    /** {@code RTM_F_CLONED}: a cache entry, not a configured route. */
    static final int RTM_F_CLONED = 0x200;

    private final RtMsgFlyweight rtm = new RtMsgFlyweight();
    private final NlAttrFlyweight attr = new NlAttrFlyweight();

    /** @param w after {@code begin(RTM_GETROUTE, DUMP)} @param family family */
    void encodeDump(NlMessageWriter w, IpFamily family) {
        rtm.wrap(w.buffer(), w.reserve(RtMsgFlyweight.SIZE)).family(family.code());
    }

    /** @param w after {@code begin(RTM_NEWROUTE or RTM_DELROUTE)} @param r the route @param add whether adding */
    void encode(NlMessageWriter w, Route r, boolean add) {
        rtm.wrap(w.buffer(), w.reserve(RtMsgFlyweight.SIZE)).family(r.family().code())
                .dstLength(r.destinationPrefix()).srcLength(r.sourcePrefix()).tos(r.tos())
                .table(r.table() < 256 ? r.table() : Rtnl.RT_TABLE_UNSPEC)
                .protocol(r.protocol())
                .scope(add ? r.scope() : Rtnl.RT_SCOPE_NOWHERE)
                .type(r.type().code());
        if (r.table() >= 256) {
            w.putU32(Rtnl.RTA_TABLE, r.table());
        }
        if (r.destination() != null) {
            w.putAddress(Rtnl.RTA_DST, r.destination());
        }
        if (r.source() != null) {
            w.putAddress(Rtnl.RTA_SRC, r.source());
        }
        if (r.preferredSource() != null) {
            w.putAddress(Rtnl.RTA_PREFSRC, r.preferredSource());
        }
        if (r.gateway() != null) {
            w.putAddress(Rtnl.RTA_GATEWAY, r.gateway());
        }
        if (r.outIfIndex() != 0) {
            w.putU32(Rtnl.RTA_OIF, r.outIfIndex());
        }
        if (r.metric() != Route.UNSET) {
            w.putU32(Rtnl.RTA_PRIORITY, (int) r.metric());
        }
    }

    /**
     * @param m an {@code RTM_NEWROUTE} message
     * @return the route, or {@code null} for cache entries and families other than IPv4/IPv6
     */
    Route decode(NlMsgHdrFlyweight m) {
        rtm.wrap(m.segment(), m.payloadOffset());
        IpFamily family = IpFamily.fromCode(rtm.family());
        if (family == null || (rtm.flags() & RTM_F_CLONED) != 0) {
            return null;
        }
        Route.Builder b = Route.builder(family).scope(rtm.scope()).protocol(rtm.protocol())
                .type(RouteType.fromCode(rtm.type())).tos(rtm.tos()).table(rtm.table());
        InetAddress dst = null;
        InetAddress src = null;
        attr.wrap(m.segment(), rtm.end(), m.end());
        while (attr.next()) {
            switch (attr.type()) {
                case Rtnl.RTA_TABLE -> b.table(attr.u32());
                case Rtnl.RTA_DST -> dst = attr.address();
                case Rtnl.RTA_SRC -> src = attr.address();
                case Rtnl.RTA_GATEWAY -> b.gateway(attr.address());
                case Rtnl.RTA_PREFSRC -> b.preferredSource(attr.address());
                case Rtnl.RTA_OIF -> b.outIfIndex(attr.u32());
                case Rtnl.RTA_PRIORITY -> b.metric(Integer.toUnsignedLong(attr.u32()));
                default -> {
                    // metrics, multipath, cache info...: not part of the model
                }
            }
        }
        if (dst != null) {
            b.destination(dst, rtm.dstLength());
        }
        if (src != null) {
            b.source(src, rtm.srcLength());
        }
        return b.build();
    }
}
