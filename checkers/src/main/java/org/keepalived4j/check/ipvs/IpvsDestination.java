package org.keepalived4j.check.ipvs;

import java.net.InetSocketAddress;
import java.util.Objects;
import org.keepalived4j.check.Trio;
import org.keepalived4j.config.model.lvs.Forwarding;

/**
 * A destination (real server or sorry server) as IPVS wants it (keepalived's {@code ipvs_set_drule}).
 *
 * @param address        the address and port (for DR/TUN the service's port, for fwmark services 0 unless NAT)
 * @param forwarding     forwarding method and tunnel options
 * @param weight         the weight; 0 for an inhibited (failed, {@code inhibit_on_failure}) server
 * @param upperThreshold {@code uthreshold}, 0 for none
 * @param lowerThreshold {@code lthreshold}, 0 for none
 */
public record IpvsDestination(InetSocketAddress address, Forwarding forwarding, int weight, long upperThreshold,
                              long lowerThreshold) {

    public IpvsDestination {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(forwarding, "forwarding");
    }

    @Override
    public String toString() {
        return Trio.pair(address) + " " + forwarding.method() + " weight " + weight;
    }
}
