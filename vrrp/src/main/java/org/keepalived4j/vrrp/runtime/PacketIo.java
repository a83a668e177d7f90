package org.keepalived4j.vrrp.runtime;

import java.io.IOException;

/**
 * Frames in and out of one interface for the VRRP thread: VRRP adverts (IP protocol 112, and 51 for AH) in,
 * adverts, gratuitous ARPs and unsolicited NAs out, as whole Ethernet frames; {@code unicast_peer} adverts out as
 * IP packets the kernel routes ({@link #sendUnicast}). Not thread-safe: the VRRP thread owns it.
 * {@link PcapPacketIo} is the libpcap implementation; tests use in-memory links.
 */
public interface PacketIo extends AutoCloseable {
    /** Interface name. */
    String interfaceName();

    /** The interface's MAC address (6 octets), the source of every frame (keepalived does not use the VMAC). */
    byte[] macAddress();

    /**
     * The interface's primary address of a family, used as the advert source and in the tie-break: the first IPv4
     * address, or the IPv6 link-local address (RFC 9568 section 5.1.2.1); null when it has none.
     */
    byte[] primaryAddress(boolean ipv6);

    /**
     * Copies the next received frame into {@code buffer} without blocking.
     *
     * @return the frame length, or 0 when nothing is waiting
     */
    int receive(byte[] buffer);

    /**
     * Sends one frame.
     *
     * @return true when the frame was handed to the interface; false after an error the implementation has logged
     */
    boolean send(byte[] frame, int length);

    /**
     * Makes {@link #sendUnicast} ready for one address family, before the agent starts (keepalived opens its
     * unicast send socket when it starts an instance with {@code unicast_peer}). Idempotent.
     *
     * <p>The default refuses: an implementation that cannot send unicast says so at start, not per advert.
     *
     * @throws IOException when the interface or the kernel refuses (no root or CAP_NET_RAW, interface gone)
     */
    default void openUnicast(boolean ipv6) throws IOException {
        throw new IOException("unicast_peer is not supported on " + interfaceName() + " by "
                + getClass().getSimpleName());
    }

    /**
     * Sends one IP packet, header included, to a {@code unicast_peer}: the kernel routes it out of this interface
     * and resolves the neighbour's MAC (ARP / ND), as for keepalived's raw IP socket. {@link #openUnicast} must
     * have been called for the family.
     *
     * @param packet      buffer holding the packet
     * @param offset      where the IP header starts
     * @param length      IP packet length
     * @param destination the peer, 4 or 16 octets (the family of the socket used)
     * @return true when the kernel took the packet; false after an error the implementation has logged (the
     *         default, for implementations whose {@link #openUnicast} refuses, always returns false)
     */
    default boolean sendUnicast(byte[] packet, int offset, int length, byte[] destination) {
        return false;
    }

    /** A file descriptor that polls readable when a frame is waiting, or -1 when there is none to poll. */
    int pollFd();

    /** Releases the interface. */
    @Override
    void close();
}
