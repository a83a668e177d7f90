package org.keepalived4j.vrrp.codec;

/**
 * How a VRRPv3 advertisement over IPv4 is checksummed (RFC 9568 section 5.2.8).
 *
 * <p>Sending uses the instance's configured mode; receiving accepts any of them and reports which one matched
 * ({@link ReceivedAdvert#checksumMode()}), so that a peer using another mode still pairs with us.
 *
 * <table>
 * <caption>Modes and the keepalived 2.2.7 setting that produces them</caption>
 * <tr><th>Mode</th><th>Checksum covers</th><th>keepalived</th></tr>
 * <tr><td>{@link #PSEUDO_HEADER}</td><td>IPv4 pseudo-header with the real destination + VRRP message</td>
 *     <td>default (RFC 9568 section 5.2.8)</td></tr>
 * <tr><td>{@link #PSEUDO_HEADER_MULTICAST_DESTINATION}</td><td>pseudo-header with 224.0.0.18 as destination even
 *     for unicast + message</td><td>{@code old_unicast_checksum} (keepalived 1.3.6 and earlier; auto-detected from
 *     received adverts unless {@code old_unicast_checksum never})</td></tr>
 * <tr><td>{@link #MESSAGE_ONLY}</td><td>VRRP message only, as for VRRPv2</td><td>no keyword in 2.2.7; some other
 *     implementations read RFC 5798 this way</td></tr>
 * </table>
 *
 * IPv6 always uses the IPv6 pseudo-header (RFC 8200 section 8.1).
 */
public enum V3ChecksumMode {
    /** Pseudo-header with the packet's destination address; keepalived's default and RFC 9568. */
    PSEUDO_HEADER,
    /** Pseudo-header with 224.0.0.18 as destination; keepalived's {@code old_unicast_checksum}. */
    PSEUDO_HEADER_MULTICAST_DESTINATION,
    /** The VRRP message alone. */
    MESSAGE_ONLY
}
