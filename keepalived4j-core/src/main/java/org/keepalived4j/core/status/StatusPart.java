package org.keepalived4j.core.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.core.daemon.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status endpoint as a part of the daemon ({@code --status-address}). A bind failure is logged as an error and
 * the daemon runs on without the endpoint: monitoring must never keep VRRP or the checkers from running.
 */
public final class StatusPart implements Part {

    private static final Logger LOG = LoggerFactory.getLogger(StatusPart.class);

    private final StatusAddress address;
    private final StatusSource source;
    private StatusServer server;

    /**
     * @param address where to listen
     * @param source  what to serve (the daemon's {@link StatusBoard})
     */
    public StatusPart(StatusAddress address, StatusSource source) {
        this.address = address;
        this.source = source;
    }

    /** The bound address, or null when not listening. */
    public InetSocketAddress localAddress() {
        StatusServer s = server;
        return s == null ? null : s.localAddress();
    }

    @Override
    public String name() {
        return "status";
    }

    @Override
    public void start() {
        try {
            server = StatusServer.bind(address, source);
            InetSocketAddress a = server.localAddress();
            LOG.info("Status endpoint on {} (/metrics, /status)",
                    new StatusAddress(a.getAddress().getHostAddress(), a.getPort()).url());
        } catch (IOException e) {
            LOG.error("Status endpoint disabled: {}", e.getMessage());
        }
    }

    @Override
    public void reload(KeepalivedConfig config) {
        // The suppliers read the live parts; nothing to change.
    }

    @Override
    public void dumpData(Appendable out) {
        // Not part of keepalived's dumps.
    }

    @Override
    public void dumpStats(Appendable out) {
        // Not part of keepalived's dumps.
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
