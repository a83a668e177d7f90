package org.keepalived4j.check.ipvs;

import java.net.InetSocketAddress;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.keepalived4j.netlink.ipvs.IpvsDestination;
import org.keepalived4j.netlink.ipvs.IpvsService;

/**
 * A service and the destinations it should have (keepalived's {@code ipvs_set_srule} plus one
 * {@code ipvs_set_drule} per real or sorry server in the pool).
 *
 * @param service      the service, as the kernel should hold it
 * @param destinations by address and port, in config order
 */
public record DesiredService(IpvsService service, Map<InetSocketAddress, IpvsDestination> destinations) {

    /** Copies the destinations, keeping their order. */
    public DesiredService {
        Objects.requireNonNull(service, "service");
        destinations = Collections.unmodifiableMap(new LinkedHashMap<>(destinations));
    }

    /** The key a destination is filed under: its address and port. */
    public static InetSocketAddress keyOf(IpvsDestination destination) {
        return new InetSocketAddress(destination.address(), destination.port());
    }
}
