package org.keepalived4j.check.ipvs;

import java.net.InetAddress;
import java.util.Objects;
import org.keepalived4j.check.Trio;
import org.keepalived4j.config.model.lvs.AddressFamily;
import org.keepalived4j.config.model.lvs.Protocol;

/**
 * What identifies an IPVS service in the kernel: family plus either protocol, address and port, or a firewall mark.
 *
 * @param family   the address family
 * @param protocol the protocol ({@link Protocol#NONE} for fwmark services)
 * @param address  the virtual address, or null for a fwmark service
 * @param port     the virtual port (0 for fwmark services and port-less persistent services)
 * @param fwmark   the firewall mark, 0 for address services
 */
public record ServiceKey(AddressFamily family, Protocol protocol, InetAddress address, int port, long fwmark) {

    public ServiceKey {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(protocol, "protocol");
        if ((address == null) == (fwmark == 0)) {
            throw new IllegalArgumentException("a service has either an address or a fwmark");
        }
    }

    /** An address service. */
    public static ServiceKey of(Protocol protocol, InetAddress address, int port) {
        return new ServiceKey(AddressFamily.of(address), protocol, address, port, 0);
    }

    /** A fwmark service. */
    public static ServiceKey fwmark(AddressFamily family, long fwmark) {
        return new ServiceKey(family, Protocol.NONE, null, 0, fwmark);
    }

    /** True for a fwmark service. */
    public boolean isFwmark() {
        return fwmark != 0;
    }

    /** As keepalived prints a service: {@code [10.0.0.1]:tcp:80} or {@code FWM 1}. */
    @Override
    public String toString() {
        return isFwmark() ? "FWM " + fwmark
                : "[" + Trio.text(address) + "]:" + protocol.lowerName() + ":" + port;
    }
}
