package org.keepalived4j.config.model.lvs;

import java.net.InetSocketAddress;
import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * {@code sorry_server IP [PORT]}: the server IPVS gets (weight 1) while no real server is up, with
 * {@code sorry_server_inhibit} and {@code sorry_server_lvs_method}.
 *
 * @param address              the address; the port resolved as keepalived does (for DR/TUN the virtual server's port,
 *                             0 for fwmark services)
 * @param forwarding           its forwarding method (the virtual server's unless set)
 * @param inhibit              {@code sorry_server_inhibit}: set weight 0 rather than remove it
 * @param duplicatesRealServer true if it is also one of the real servers (then they share the IPVS destination)
 * @param position             where {@code sorry_server} was written
 */
public record SorryServer(InetSocketAddress address, Forwarding forwarding, boolean inhibit,
                          boolean duplicatesRealServer, SourcePosition position) {

    public SorryServer {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(forwarding, "forwarding");
        Objects.requireNonNull(position, "position");
    }
}
