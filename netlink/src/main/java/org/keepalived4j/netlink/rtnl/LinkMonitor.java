package org.keepalived4j.netlink.rtnl;

import java.util.function.Consumer;

/**
 * Receives link and address notifications ({@code RTNLGRP_LINK}, {@code RTNLGRP_IPV4_IFADDR},
 * {@code RTNLGRP_IPV6_IFADDR}) on a socket of its own.
 *
 * <p>Owned by the thread that opened it. Poll it from that thread's loop ({@code poll(0, sink)} never blocks), or
 * hand it to a {@link LinkMonitorThread}, which polls on a dedicated thread and passes events to a callback (for
 * example one that offers them to the VRRP agent's command queue).
 */
public interface LinkMonitor extends AutoCloseable {
    /**
     * Delivers the queued events.
     *
     * @param timeoutMs how long to wait for the first one: {@code 0} not at all, {@code -1} indefinitely
     * @param sink gets each event, in kernel order
     * @return how many events were delivered
     */
    int poll(int timeoutMs, Consumer<? super RtnlEvent> sink);

    /** Closes the socket. */
    @Override
    void close();
}
