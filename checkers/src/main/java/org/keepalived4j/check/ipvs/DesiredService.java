package org.keepalived4j.check.ipvs;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Objects;

/**
 * A service and the destinations it should have.
 *
 * @param service      the service
 * @param destinations by address, in a stable order
 */
public record DesiredService(IpvsService service, Map<InetSocketAddress, IpvsDestination> destinations) {

    public DesiredService {
        Objects.requireNonNull(service, "service");
        destinations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(destinations));
    }
}
