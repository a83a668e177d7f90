package org.keepalived4j.check.ipvs;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.keepalived4j.check.health.RealServerHealth;
import org.keepalived4j.check.health.VirtualServerHealth;
import org.keepalived4j.config.model.lvs.AddressFamily;
import org.keepalived4j.config.model.lvs.SorryServer;
import org.keepalived4j.config.model.lvs.VirtualServer;
import org.keepalived4j.config.model.lvs.VirtualServerKey;
import org.keepalived4j.config.model.lvs.VsgFwmark;
import org.keepalived4j.config.model.lvs.VsgRange;
import org.keepalived4j.netlink.ipvs.IpvsDestination;
import org.keepalived4j.netlink.ipvs.IpvsService;
import org.keepalived4j.netlink.ipvs.IpvsServiceKey;

/**
 * Turns virtual-server health into the desired IPVS table, following keepalived's {@code ipvswrapper.c}:
 *
 * <ul>
 *   <li>{@code virtual_server group NAME}: one service per address of every range entry (port from the entry) and
 *       one per {@code fwmark} entry (family from the entry, else the virtual server's);</li>
 *   <li>destination port: NAT keeps the real server's port; DR and TUN use the service's port (0 for fwmark
 *       services), because those methods cannot change it;</li>
 *   <li>destinations: alive real servers at their weight; failed ones with {@code inhibit_on_failure} at weight 0,
 *       others absent; while the sorry server is in use, only it (weight 1) plus inhibited real servers at weight 0;
 *       with {@code sorry_server_inhibit} the idle sorry server stays at weight 0;</li>
 *   <li>persistence: the persistent flag, timeout, netmask ({@code persistence_granularity}) and engine.</li>
 * </ul>
 * Virtual servers that map to the same service (two virtual servers on one group and protocol) share it; their
 * destinations are merged.
 */
public final class DesiredTableBuilder {

    /** Weight IPVS gives an active sorry server. */
    public static final int SORRY_SERVER_WEIGHT = 1;

    private DesiredTableBuilder() {
    }

    /** Builds the table for the given virtual servers, in their order. */
    public static DesiredIpvsTable build(Iterable<VirtualServerHealth> virtualServers) {
        Map<IpvsServiceKey, DesiredService> services = new LinkedHashMap<>();
        for (VirtualServerHealth vsh : virtualServers) {
            VirtualServer vs = vsh.config();
            switch (vs.key()) {
                case VirtualServerKey.Address a -> add(services, vsh,
                        IpvsServiceKey.of(IpvsMapping.protocol(vs.protocol()), a.address().getAddress(),
                                a.address().getPort()));
                case VirtualServerKey.Fwmark f -> add(services, vsh, IpvsMapping.fwmark(vs.family(), f.fwmark()));
                case VirtualServerKey.Group g -> {
                    for (VsgRange range : g.group().ranges()) {
                        for (InetAddress address : expand(range)) {
                            add(services, vsh, IpvsServiceKey.of(IpvsMapping.protocol(vs.protocol()), address,
                                    range.port()));
                        }
                    }
                    for (VsgFwmark fw : g.group().fwmarks()) {
                        AddressFamily family = fw.family() != null ? fw.family() : vs.family();
                        add(services, vsh, IpvsMapping.fwmark(family, fw.fwmark()));
                    }
                }
            }
        }
        return new DesiredIpvsTable(services);
    }

    private static void add(Map<IpvsServiceKey, DesiredService> services, VirtualServerHealth vsh,
                            IpvsServiceKey key) {
        Map<InetSocketAddress, IpvsDestination> dests = new LinkedHashMap<>();
        DesiredService existing = services.get(key);
        if (existing != null) {
            dests.putAll(existing.destinations());
        }
        destinations(vsh, key, dests);
        IpvsService service = existing != null ? existing.service() : IpvsMapping.service(vsh.config(), key);
        services.put(key, new DesiredService(service, dests));
    }

    private static void destinations(VirtualServerHealth vsh, IpvsServiceKey key,
                                     Map<InetSocketAddress, IpvsDestination> out) {
        for (RealServerHealth rs : vsh.realServers()) {
            boolean inhibit = rs.config().inhibitOnFailure();
            int weight;
            if (vsh.sorryActive()) {
                if (!inhibit) {
                    continue;
                }
                weight = 0;
            } else if (rs.alive()) {
                weight = rs.ipvsWeight();
            } else if (inhibit) {
                weight = 0;
            } else {
                continue;
            }
            put(out, IpvsMapping.destination(rs.config().address(), rs.config().forwarding(), key, weight,
                    rs.config().upperThreshold(), rs.config().lowerThreshold()), false);
        }
        SorryServer sorry = vsh.config().sorryServer();
        if (sorry != null) {
            if (vsh.sorryActive()) {
                put(out, IpvsMapping.destination(sorry.address(), sorry.forwarding(), key, SORRY_SERVER_WEIGHT, 0, 0),
                        false);
            } else if (sorry.inhibit()) {
                put(out, IpvsMapping.destination(sorry.address(), sorry.forwarding(), key, 0, 0, 0), true);
            }
        }
    }

    private static void put(Map<InetSocketAddress, IpvsDestination> out, IpvsDestination d, boolean ifAbsent) {
        if (d == null) {
            return; // refused by the kernel (thresholds); LvsRuntime logs it once at start
        }
        if (ifAbsent) {
            out.putIfAbsent(DesiredService.keyOf(d), d);
        } else {
            out.put(DesiredService.keyOf(d), d);
        }
    }

    /** Every address of a group entry, first to last. */
    static Iterable<InetAddress> expand(VsgRange range) {
        BigInteger first = new BigInteger(1, range.first().getAddress());
        BigInteger last = new BigInteger(1, range.last().getAddress());
        int length = range.first().getAddress().length;
        java.util.List<InetAddress> list = new java.util.ArrayList<>();
        for (BigInteger a = first; a.compareTo(last) <= 0; a = a.add(BigInteger.ONE)) {
            list.add(toAddress(a, length));
        }
        return list;
    }

    private static InetAddress toAddress(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        byte[] bytes = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, bytes, length - copy, copy);
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("address of length " + length, e);
        }
    }
}
