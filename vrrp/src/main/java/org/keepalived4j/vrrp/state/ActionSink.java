package org.keepalived4j.vrrp.state;

/**
 * Where a {@link VrrpInstance} puts its side effects. Called on the VRRP thread, in the order keepalived performs
 * them (e.g. becoming MASTER: advert, add VIPs, gratuitous burst, notify). Implementations must not block: the
 * runtime turns these into frames on the wire, netlink requests and notify-executor tasks.
 */
public interface ActionSink {
    /** Send one advert with {@code priority} (0 when stopping or entering FAULT). */
    void sendAdvert(VrrpInstance instance, int priority);

    /** Add the instance's VIPs (keepalived's "setting VIPs."). */
    void addVips(VrrpInstance instance);

    /** Remove the instance's VIPs (keepalived's "removing VIPs."). */
    void removeVips(VrrpInstance instance);

    /**
     * Send a gratuitous ARP (IPv4) or unsolicited NA (IPv6) burst: every VIP, {@code repeat} times, spaced by
     * {@code garp_interval} / {@code gna_interval} if set.
     */
    void sendGratuitous(VrrpInstance instance, int repeat);

    /** The instance entered {@code state}: run notify scripts and notify_fifo. */
    void notifyState(VrrpInstance instance, VrrpState state);

    /** keepalived's {@code notify_master_rx_lower_pri} event: MASTER heard a lower-priority advert. */
    default void masterReceivedLowerPriority(VrrpInstance instance) {
    }
}
