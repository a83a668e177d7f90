package org.keepalived4j.netlink.rtnl.internal;

import org.keepalived4j.netlink.msg.IfInfoMsgFlyweight;
import org.keepalived4j.netlink.msg.NlAttrFlyweight;
import org.keepalived4j.netlink.msg.NlMessageWriter;
import org.keepalived4j.netlink.msg.NlMsgHdrFlyweight;
import org.keepalived4j.netlink.msg.Rtnl;
import org.keepalived4j.netlink.rtnl.Link;
import org.keepalived4j.netlink.rtnl.MacAddress;
import org.keepalived4j.netlink.rtnl.MacvlanMode;
import org.keepalived4j.netlink.rtnl.MacvlanSpec;

/**
 * {@code RTM_*LINK} bodies: the macvlan creation of keepalived's {@code netlink_link_add_vmac}
 * ({@code IFLA_LINK}, {@code IFLA_IFNAME}, {@code IFLA_ADDRESS}, {@code IFLA_LINKINFO} { kind {@code macvlan},
 * {@code IFLA_INFO_DATA} { {@code IFLA_MACVLAN_MODE} } }), up/down through {@code ifi_change}, delete, the IPv6
 * address-generation mode, and decoding {@code RTM_NEWLINK}. Pure.
 */
final class LinkCodec {
    private static final int AF_UNSPEC = 0;
    private static final int AF_INET6 = 10;
    private static final String MACVLAN = "macvlan";

    private final IfInfoMsgFlyweight ifi = new IfInfoMsgFlyweight();
    private final NlAttrFlyweight attr = new NlAttrFlyweight();
    private final NlAttrFlyweight info = new NlAttrFlyweight();
    private final NlAttrFlyweight data = new NlAttrFlyweight();

    private IfInfoMsgFlyweight header(NlMessageWriter w, int index) {
        return ifi.wrap(w.buffer(), w.reserve(IfInfoMsgFlyweight.SIZE)).family(AF_UNSPEC).index(index);
    }

    /** @param w after {@code begin(RTM_GETLINK)} (dump) */
    void encodeDump(NlMessageWriter w) {
        header(w, 0);
    }

    /** @param w after {@code begin(RTM_GETLINK)} @param index wanted index, or 0 @param name wanted name, or null */
    void encodeGet(NlMessageWriter w, int index, String name) {
        header(w, index);
        if (name != null) {
            w.putString(Rtnl.IFLA_IFNAME, name);
        }
    }

    /** @param w after {@code begin(RTM_NEWLINK, CREATE|EXCL)} @param spec the macvlan */
    void encodeMacvlan(NlMessageWriter w, MacvlanSpec spec) {
        header(w, 0);
        w.putU32(Rtnl.IFLA_LINK, spec.parentIndex());
        w.putString(Rtnl.IFLA_IFNAME, spec.name());
        if (spec.mac() != null) {
            w.putBytes(Rtnl.IFLA_ADDRESS, spec.mac().bytes());
        }
        long linkInfo = w.beginNestedPlain(Rtnl.IFLA_LINKINFO);
        w.putStringNoNul(Rtnl.IFLA_INFO_KIND, MACVLAN);
        long infoData = w.beginNestedPlain(Rtnl.IFLA_INFO_DATA);
        w.putU32(Rtnl.IFLA_MACVLAN_MODE, spec.mode().code());
        w.endNested(infoData);
        w.endNested(linkInfo);
    }

    /** @param w after {@code begin(RTM_NEWLINK)} @param index interface @param up desired state */
    void encodeSetUp(NlMessageWriter w, int index, boolean up) {
        header(w, index).flags(up ? Rtnl.IFF_UP : 0).change(Rtnl.IFF_UP);
    }

    /** @param w after {@code begin(RTM_DELLINK)} @param index interface */
    void encodeDelete(NlMessageWriter w, int index) {
        header(w, index);
    }

    /** @param w after {@code begin(RTM_NEWLINK)} @param index interface */
    void encodeAddrGenModeNone(NlMessageWriter w, int index) {
        header(w, index);
        long afSpec = w.beginNestedPlain(Rtnl.IFLA_AF_SPEC);
        long inet6 = w.beginNestedPlain(AF_INET6);
        w.putU8(Rtnl.IFLA_INET6_ADDR_GEN_MODE, Rtnl.IN6_ADDR_GEN_MODE_NONE);
        w.endNested(inet6);
        w.endNested(afSpec);
    }

    /** @param m an {@code RTM_NEWLINK}/{@code RTM_DELLINK} message @return the link */
    Link decode(NlMsgHdrFlyweight m) {
        ifi.wrap(m.segment(), m.payloadOffset());
        String name = null;
        MacAddress mac = null;
        String kind = null;
        int parent = 0;
        int master = 0;
        int mtu = 0;
        MacvlanMode mode = null;
        attr.wrap(m.segment(), ifi.end(), m.end());
        while (attr.next()) {
            switch (attr.type()) {
                case Rtnl.IFLA_IFNAME -> name = attr.string();
                case Rtnl.IFLA_ADDRESS -> mac = attr.payloadLength() == 6 ? MacAddress.of(attr.bytes()) : null;
                case Rtnl.IFLA_MTU -> mtu = attr.u32();
                case Rtnl.IFLA_LINK -> parent = attr.u32();
                case Rtnl.IFLA_MASTER -> master = attr.u32();
                case Rtnl.IFLA_LINKINFO -> {
                    info.wrapPayloadOf(attr);
                    while (info.next()) {
                        if (info.type() == Rtnl.IFLA_INFO_KIND) {
                            kind = info.string();
                        } else if (info.type() == Rtnl.IFLA_INFO_DATA) {
                            data.wrapPayloadOf(info);
                            while (data.next()) {
                                if (data.type() == Rtnl.IFLA_MACVLAN_MODE && data.payloadLength() == 4) {
                                    mode = MacvlanMode.fromCode(data.u32());
                                }
                            }
                        }
                    }
                }
                default -> {
                    // statistics, qdisc, AF_SPEC...: not part of the model
                }
            }
        }
        return new Link(ifi.index(), name, ifi.flags(), mac, kind, parent, master, mtu,
                MACVLAN.equals(kind) ? mode : null);
    }
}
