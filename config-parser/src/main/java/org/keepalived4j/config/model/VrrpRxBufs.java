package org.keepalived4j.config.model;

/**
 * Receive buffer sizing of the VRRP sockets ({@code vrrp_rx_bufs_policy} and {@code vrrp_rx_bufs_multiplier}).
 *
 * @param policy     how the size is chosen
 * @param sizeBytes  the size for {@link Policy#SIZE}, else 0
 * @param multiplier the number of adverts (or MTUs) the buffer holds, default 3
 */
public record VrrpRxBufs(Policy policy, long sizeBytes, int multiplier) {

    /** The default: the kernel's buffer size, multiplier 3. */
    public static final VrrpRxBufs DEFAULT = new VrrpRxBufs(Policy.DEFAULT, 0, 3);

    /** {@code vrrp_rx_bufs_policy} values. */
    public enum Policy {
        /** The kernel's default. */
        DEFAULT,
        /** {@code MTU}: multiplier times the largest interface MTU. */
        MTU,
        /** {@code ADVERT}: multiplier times the largest advert. */
        ADVERT,
        /** A number: that many bytes. */
        SIZE
    }
}
