package org.keepalived4j.config.model.lvs;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a check connects: keepalived's {@code conn_opts_t}.
 *
 * <p>The destination starts as the real server's address and port <em>as written on the {@code real_server}
 * line</em> (keepalived copies it when the check block opens, before it fixes up real-server ports), then
 * {@code connect_ip} replaces the address and {@code connect_port} the port.
 *
 * @param destination    {@code connect_ip} / {@code connect_port}, else the real server's
 * @param bindAddress    {@code bindto}, or {@code null}
 * @param bindPort       {@code bind_port}, 0 when not set
 * @param bindInterface  {@code bind_if}, or {@code null} (needed for IPv6 link-local destinations)
 * @param connectTimeout {@code connect_timeout} of the check, else the real server's, else the virtual server's
 *                       (default 5 s)
 * @param fwmark         {@code fwmark}: the SO_MARK of the check's socket, 0 when not set
 */
public record CheckConnection(InetSocketAddress destination, InetAddress bindAddress, int bindPort,
                              String bindInterface, Duration connectTimeout, long fwmark) {

    public CheckConnection {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
    }
}
