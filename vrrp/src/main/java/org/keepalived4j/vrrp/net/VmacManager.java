package org.keepalived4j.vrrp.net;

import java.util.Optional;
import org.keepalived4j.netlink.rtnl.Link;
import org.keepalived4j.netlink.rtnl.MacAddress;
import org.keepalived4j.netlink.rtnl.MacvlanMode;
import org.keepalived4j.netlink.rtnl.MacvlanSpec;
import org.keepalived4j.vrrp.bind.VmacPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and deletes the macvlans of {@code use_vmac} as keepalived's {@code netlink_link_add_vmac}: private
 * mode on the instance's interface, the virtual MAC, no IPv6 address generation, brought up. A macvlan of the
 * right name that already exists on the same parent with the same MAC (left by an earlier run with {@code -V}) is
 * reused; any other interface of that name is an error.
 */
public final class VmacManager {
    private static final Logger LOG = LoggerFactory.getLogger(VmacManager.class);

    private final NetlinkThread netlink;

    /** @param netlink the thread owning the rtnetlink socket */
    public VmacManager(NetlinkThread netlink) {
        this.netlink = netlink;
    }

    /**
     * Creates (or reuses) the macvlan of {@code plan}.
     *
     * @return its interface index
     * @throws IllegalStateException when it cannot be created
     */
    public int create(VmacPlan plan) {
        try {
            return netlink.call(r -> {
                Link parent = r.links().byName(plan.parent()).orElseThrow(() -> new IllegalStateException(
                        "interface " + plan.parent() + " for vmac " + plan.name() + " does not exist"));
                MacAddress mac = MacAddress.of(plan.mac());
                Optional<Link> existing = r.links().byName(plan.name());
                Link link;
                if (existing.isPresent()) {
                    Link e = existing.get();
                    if (!"macvlan".equals(e.kind()) || e.parentIndex() != parent.index() || !mac.equals(e.mac())) {
                        throw new IllegalStateException("interface " + plan.name() + " exists and is not our vmac");
                    }
                    LOG.info("vmac {} already exists - reusing it", plan.name());
                    link = e;
                } else {
                    link = r.links().createMacvlan(new MacvlanSpec(plan.name(), parent.index(), mac,
                            MacvlanMode.PRIVATE));
                    LOG.info("Created vmac interface {} on {}", plan.name(), plan.parent());
                }
                r.links().disableIpv6AddressGeneration(link.index());
                r.links().setUp(link.index(), true);
                return link.index();
            });
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot create vmac " + plan.name() + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the macvlan of {@code plan}; logs failures. */
    public void delete(VmacPlan plan) {
        try {
            boolean deleted = netlink.call(r -> r.links().byName(plan.name())
                    .map(l -> r.links().delete(l.index())).orElse(false));
            if (deleted) {
                LOG.info("Removed vmac interface {}", plan.name());
            }
        } catch (RuntimeException e) {
            LOG.error("removing vmac {} failed: {}", plan.name(), e.getMessage());
        }
    }
}
