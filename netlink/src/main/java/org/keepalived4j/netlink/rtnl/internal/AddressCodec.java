package org.keepalived4j.netlink.rtnl.internal;

import org.keepalived4j.netlink.msg.IfAddrMsgFlyweight;
import org.keepalived4j.netlink.msg.NlAttrFlyweight;
import org.keepalived4j.netlink.msg.NlMessageWriter;
import org.keepalived4j.netlink.msg.NlMsgHdrFlyweight;
import org.keepalived4j.netlink.msg.Rtnl;
import org.keepalived4j.netlink.rtnl.IfAddress;
import org.keepalived4j.netlink.rtnl.IpFamily;

import java.lang.foreign.MemorySegment;
import java.net.InetAddress;

import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;

/**
 * {@code RTM_NEWADDR}/{@code RTM_DELADDR} bodies, following what keepalived's {@code netlink_ipaddress} sends:
 * {@code IFA_LOCAL} always; on add {@code IFA_BROADCAST}, {@code IFA_FLAGS}, {@code IFA_LABEL}, the peer in
 * {@code IFA_ADDRESS} and {@code IFA_CACHEINFO} for a finite IPv6 preferred lifetime; on an IPv4 delete
 * {@code IFA_ADDRESS} (the peer, else the local address). Pure.
 */
final class AddressCodec {
    private static final int CACHEINFO_SIZE = 16;

    private final IfAddrMsgFlyweight ifa = new IfAddrMsgFlyweight();
    private final NlAttrFlyweight attr = new NlAttrFlyweight();

    /**
     * @param w a writer after {@code begin(RTM_NEWADDR or RTM_DELADDR, ...)}
     * @param a the address
     * @param add whether this is an add
     */
    void encode(NlMessageWriter w, IfAddress a, boolean add) {
        ifa.wrap(w.buffer(), w.reserve(IfAddrMsgFlyweight.SIZE)).family(a.family().code())
                .prefixLength(a.prefixLength()).scope(a.scope()).index(a.ifIndex())
                .flags(add ? a.flags() & 0xff : 0);
        w.putAddress(Rtnl.IFA_LOCAL, a.address());
        if (add) {
            if (a.family() == IpFamily.INET && a.broadcast() != null) {
                w.putAddress(Rtnl.IFA_BROADCAST, a.broadcast());
            }
            if (a.peer() != null) {
                w.putAddress(Rtnl.IFA_ADDRESS, a.peer());
            }
            if (a.flags() != 0) {
                w.putU32(Rtnl.IFA_FLAGS, a.flags());
            }
            if (a.label() != null) {
                w.putString(Rtnl.IFA_LABEL, a.label());
            }
            if (a.family() == IpFamily.INET6 && a.preferredLifetimeSec() != IfAddress.INFINITE_LIFETIME) {
                byte[] ci = new byte[CACHEINFO_SIZE];
                MemorySegment s = MemorySegment.ofArray(ci);
                s.set(JAVA_INT_UNALIGNED, 0, (int) a.preferredLifetimeSec());
                s.set(JAVA_INT_UNALIGNED, 4, (int) IfAddress.INFINITE_LIFETIME);
                w.putBytes(Rtnl.IFA_CACHEINFO, ci);
            }
        } else if (a.family() == IpFamily.INET) {
            w.putAddress(Rtnl.IFA_ADDRESS, a.peer() != null ? a.peer() : a.address());
        }
    }

    /**
     * @param m an {@code RTM_NEWADDR} or {@code RTM_DELADDR} message
     * @return the address, or {@code null} for a family other than IPv4/IPv6 or one without an address
     */
    IfAddress decode(NlMsgHdrFlyweight m) {
        ifa.wrap(m.segment(), m.payloadOffset());
        if (IpFamily.fromCode(ifa.family()) == null) {
            return null;
        }
        InetAddress local = null;
        InetAddress address = null;
        InetAddress broadcast = null;
        String label = null;
        int flags = ifa.flags();
        long preferred = IfAddress.INFINITE_LIFETIME;
        attr.wrap(m.segment(), ifa.end(), m.end());
        while (attr.next()) {
            switch (attr.type()) {
                case Rtnl.IFA_LOCAL -> local = attr.address();
                case Rtnl.IFA_ADDRESS -> address = attr.address();
                case Rtnl.IFA_BROADCAST -> broadcast = attr.address();
                case Rtnl.IFA_LABEL -> label = attr.string();
                case Rtnl.IFA_FLAGS -> flags = attr.u32();
                case Rtnl.IFA_CACHEINFO -> {
                    if (attr.payloadLength() >= 8) {
                        preferred = Integer.toUnsignedLong(attr.u32());
                    }
                }
                default -> {
                    // other attributes (IFA_RT_PRIORITY, IFA_PROTO...) are not part of the model
                }
            }
        }
        InetAddress own = local != null ? local : address;
        if (own == null) {
            return null;
        }
        InetAddress peer = local != null && address != null && !address.equals(local) ? address : null;
        return new IfAddress(ifa.index(), own, ifa.prefixLength(), peer, broadcast, ifa.scope(), label, flags,
                preferred);
    }
}
