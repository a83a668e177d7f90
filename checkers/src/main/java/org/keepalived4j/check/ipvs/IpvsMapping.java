package org.keepalived4j.check.ipvs;

import java.net.InetSocketAddress;
import org.keepalived4j.config.model.lvs.Forwarding;
import org.keepalived4j.config.model.lvs.Protocol;
import org.keepalived4j.config.model.lvs.ServiceFlag;
import org.keepalived4j.config.model.lvs.VirtualServer;
import org.keepalived4j.netlink.ipvs.AddressFamily;
import org.keepalived4j.netlink.ipvs.ForwardingMethod;
import org.keepalived4j.netlink.ipvs.IpvsDestination;
import org.keepalived4j.netlink.ipvs.IpvsProtocol;
import org.keepalived4j.netlink.ipvs.IpvsService;
import org.keepalived4j.netlink.ipvs.IpvsServiceKey;
import org.keepalived4j.netlink.ipvs.TunnelType;

/**
 * From the config model's LVS types to the kernel's IPVS records (keepalived's {@code ipvs_set_srule} and
 * {@code ipvs_set_drule}).
 *
 * <table>
 * <caption>mapping</caption>
 * <tr><th>model</th><th>IPVS</th></tr>
 * <tr><td>{@code lb_kind NAT|DR|TUN}</td><td>{@link ForwardingMethod#NAT}, {@link ForwardingMethod#DIRECT_ROUTE},
 * {@link ForwardingMethod#TUNNEL} with tunnel type, port and checksum flag</td></tr>
 * <tr><td>{@code persistence_timeout}</td><td>{@link IpvsService#FLAG_PERSISTENT}, timeout in seconds</td></tr>
 * <tr><td>{@code persistence_granularity}</td><td>IPv4 netmask (all ones when unset), IPv6 prefix (128 when
 * unset)</td></tr>
 * <tr><td>{@code uthreshold}, {@code lthreshold}</td><td>clamped to 0..2^31-1</td></tr>
 * </table>
 */
public final class IpvsMapping {

    private IpvsMapping() {
    }

    /** The kernel's family of a model family. */
    public static AddressFamily family(org.keepalived4j.config.model.lvs.AddressFamily family) {
        return family == org.keepalived4j.config.model.lvs.AddressFamily.INET6 ? AddressFamily.INET6
                : AddressFamily.INET;
    }

    /** The kernel's protocol of a model protocol (TCP, UDP, SCTP). */
    public static IpvsProtocol protocol(Protocol protocol) {
        return switch (protocol) {
            case TCP -> IpvsProtocol.TCP;
            case UDP -> IpvsProtocol.UDP;
            case SCTP -> IpvsProtocol.SCTP;
            case NONE -> throw new IllegalArgumentException("an address service needs a protocol");
        };
    }

    /** A fwmark key ({@code fwmark} is the unsigned 32-bit mark). */
    public static IpvsServiceKey fwmark(org.keepalived4j.config.model.lvs.AddressFamily family, long fwmark) {
        return IpvsServiceKey.fwmark((int) fwmark, family(family));
    }

    /** The port a service key carries: its port, or 0 for a fwmark service. */
    public static int port(IpvsServiceKey key) {
        return key instanceof IpvsServiceKey.Virtual v ? v.port() : 0;
    }

    /** The service of a virtual server under {@code key} (keepalived's {@code ipvs_set_srule}). */
    public static IpvsService service(VirtualServer vs, IpvsServiceKey key) {
        IpvsService service = IpvsService.of(key, vs.scheduler().keyword())
                .withFlags(ServiceFlag.bits(vs.flags()));
        if (vs.persistent()) {
            int granularity = vs.persistenceGranularity() == -1 ? service.netmask() : vs.persistenceGranularity();
            service = service.withPersistence((int) Math.min(vs.persistenceTimeout().toSeconds(), Integer.MAX_VALUE),
                    granularity);
            if (vs.persistenceEngine() != null) {
                service = service.withPersistenceEngine(vs.persistenceEngine());
            }
        }
        return service;
    }

    /**
     * A destination with keepalived's port rule: NAT keeps its own port, DR and TUN take the service's (0 for a
     * fwmark service).
     *
     * @return the destination, or {@code null} when the kernel would refuse it (lower threshold above upper:
     *         {@code ERANGE}), which {@link #thresholdProblem} words
     */
    public static IpvsDestination destination(InetSocketAddress address, Forwarding forwarding, IpvsServiceKey key,
                                              int weight, long upper, long lower) {
        int port = forwarding.method() == org.keepalived4j.config.model.lvs.ForwardingMethod.NAT
                ? address.getPort() : port(key);
        int u = clamp(upper);
        int l = clamp(lower);
        if (l > u) {
            return null;
        }
        IpvsDestination d = new IpvsDestination(address.getAddress(), port, method(forwarding), weight, u, l,
                TunnelType.IPIP, 0, 0);
        if (forwarding.method() == org.keepalived4j.config.model.lvs.ForwardingMethod.TUN) {
            d = d.withTunnel(tunnelType(forwarding), forwarding.tunnelPort(), forwarding.checksum().flag());
        }
        return d;
    }

    /**
     * keepalived's log line for a destination the kernel refuses because of its thresholds, or {@code null}.
     */
    public static String thresholdProblem(IpvsServiceKey key, InetSocketAddress address, Forwarding forwarding,
                                          long upper, long lower) {
        if (clamp(lower) <= clamp(upper)) {
            return null;
        }
        int port = forwarding.method() == org.keepalived4j.config.model.lvs.ForwardingMethod.NAT
                ? address.getPort() : port(key);
        return "IPVS cmd IP_VS_SO_SET_ADDDEST(1159) error: Numerical result out of range(34) (" + key + " -> "
                + org.keepalived4j.config.model.lvs.LvsNames.address(address.getAddress()) + ":" + port + ")";
    }

    private static ForwardingMethod method(Forwarding forwarding) {
        return switch (forwarding.method()) {
            case NAT -> ForwardingMethod.NAT;
            case DR -> ForwardingMethod.DIRECT_ROUTE;
            case TUN -> ForwardingMethod.TUNNEL;
        };
    }

    private static TunnelType tunnelType(Forwarding forwarding) {
        return switch (forwarding.tunnelType()) {
            case IPIP -> TunnelType.IPIP;
            case GUE -> TunnelType.GUE;
            case GRE -> TunnelType.GRE;
        };
    }

    private static int clamp(long v) {
        return (int) Math.clamp(v, 0, Integer.MAX_VALUE);
    }
}
