package org.keepalived4j.vrrp.interop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keepalived4j.netlink.NetlinkException;
import org.keepalived4j.netlink.rtnl.IfAddress;
import org.keepalived4j.netlink.rtnl.Link;
import org.keepalived4j.netlink.rtnl.Rtnetlink;
import org.keepalived4j.vrrp.runtime.VipManager;
import org.keepalived4j.vrrp.state.VirtualAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TEST-ONLY {@link VipManager} over the netlink module's rtnetlink: one request and ack per address, on the VRRP
 * thread (the socket is opened there, on first use). IPv6 VIPs get {@code IFA_F_NODAD} as keepalived adds them.
 * Stands in for vrrp-integration's manager so that interop timings include a real netlink add, not a process
 * start.
 */
final class RtnlVipManager implements VipManager {
    private static final Logger LOG = LoggerFactory.getLogger(RtnlVipManager.class);
    private static final int IFA_F_NODAD = 0x02;
    private final Map<String, Integer> ifIndexes = new HashMap<>();
    private Rtnetlink rtnl;

    private Rtnetlink rtnl() {
        if (rtnl == null) {
            rtnl = Rtnetlink.open();
        }
        return rtnl;
    }

    private IfAddress toIfAddress(String ifName, VirtualAddress a) {
        String dev = a.device() == null ? ifName : a.device();
        int index = ifIndexes.computeIfAbsent(dev, d -> rtnl().links().byName(d).map(Link::index).orElse(0));
        IfAddress addr = IfAddress.of(index, a.address(), a.prefixLength());
        return a.ipv6() ? addr.withFlags(IFA_F_NODAD) : addr;
    }

    @Override
    public void addVips(String instanceName, String interfaceName, List<VirtualAddress> addresses) {
        for (VirtualAddress a : addresses) {
            try {
                rtnl().addresses().add(toIfAddress(interfaceName, a));
            } catch (NetlinkException e) {
                LOG.warn("({}) adding {} failed: {}", instanceName, a, e.getMessage());
            }
        }
    }

    @Override
    public void removeVips(String instanceName, String interfaceName, List<VirtualAddress> addresses) {
        for (VirtualAddress a : addresses) {
            try {
                rtnl().addresses().delete(toIfAddress(interfaceName, a));
            } catch (NetlinkException e) {
                LOG.warn("({}) removing {} failed: {}", instanceName, a, e.getMessage());
            }
        }
    }
}
