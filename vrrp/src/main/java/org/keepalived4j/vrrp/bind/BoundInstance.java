package org.keepalived4j.vrrp.bind;

import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.model.vrrp.IpFamily;
import org.keepalived4j.config.model.vrrp.VirtualRoute;
import org.keepalived4j.config.model.vrrp.VirtualRule;
import org.keepalived4j.config.model.vrrp.VrrpInstance;
import org.keepalived4j.vrrp.state.InstanceParams;

/**
 * One {@code vrrp_instance} ready to run: the state machine's parameters plus what the runtime around it needs
 * (VMAC, virtual routes and rules, what it tracks).
 *
 * @param params    the state machine's parameters ({@code interfaceName} is the VMAC with {@code use_vmac})
 * @param source    the model instance
 * @param vmac      the VMAC plan, or null
 * @param tracking  everything the instance tracks, its sync group's entries included
 */
public record BoundInstance(InstanceParams params, VrrpInstance source, VmacPlan vmac, List<TrackEntry> tracking) {
    /** Checks and copies. */
    public BoundInstance {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(source, "source");
        tracking = List.copyOf(tracking);
    }

    /** The instance name. */
    public String name() {
        return params.name();
    }

    /** The configured {@code interface} (the VMAC's parent with {@code use_vmac}). */
    public String baseInterface() {
        return source.interfaceName();
    }

    /** {@code virtual_routes}. */
    public List<VirtualRoute> routes() {
        return source.virtualRoutes();
    }

    /** {@code virtual_rules}. */
    public List<VirtualRule> rules() {
        return source.virtualRules();
    }

    /**
     * keepalived's {@code vrrp_exist}: the same instance across a reload has the same VRID, family, configured
     * interface and unicast-ness (and, for unicast, the same source address).
     */
    public boolean sameIdentity(BoundInstance other) {
        VrrpInstance a = source;
        VrrpInstance b = other.source;
        if (a.virtualRouterId() != b.virtualRouterId() || a.family() != b.family()
                || !Objects.equals(a.interfaceName(), b.interfaceName()) || a.unicast() != b.unicast()) {
            return false;
        }
        return !a.unicast() || Objects.equals(a.sourceAddress(), b.sourceAddress());
    }

    /**
     * Whether a reload may leave the running instance alone: same parameters, VMAC, routes, rules and tracking,
     * source positions aside.
     */
    public boolean sameRuntime(BoundInstance other) {
        return params.equals(other.params) && Objects.equals(vmac, other.vmac)
                && ConfigEquality.sameRoutes(routes(), other.routes())
                && ConfigEquality.sameRules(rules(), other.rules()) && tracking.equals(other.tracking);
    }

    /** Whether the instance is IPv6. */
    public boolean ipv6() {
        return source.family() == IpFamily.INET6;
    }
}
