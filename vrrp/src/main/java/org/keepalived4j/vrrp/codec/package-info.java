/**
 * VRRP wire codec: VRRPv2 (RFC 3768) and VRRPv3 (RFC 9568, which obsoletes RFC 5798) over IPv4 and IPv6.
 *
 * <p>Pure bytes, no I/O and no pcap types. {@link org.keepalived4j.vrrp.codec.VrrpAdvertFlyweight} is a view over a
 * reused buffer; {@link org.keepalived4j.vrrp.codec.VrrpPacketDecoder} parses a received frame into a reused
 * {@link org.keepalived4j.vrrp.codec.ReceivedAdvert}; {@link org.keepalived4j.vrrp.codec.AdvertValidator} applies
 * keepalived's receive rules ({@code vrrp.c vrrp_check_packet}) in keepalived's order and counts rejects in
 * {@link org.keepalived4j.vrrp.codec.VrrpStats}; {@link org.keepalived4j.vrrp.codec.VrrpAdvertEncoder},
 * {@link org.keepalived4j.vrrp.codec.GratuitousArpEncoder} and
 * {@link org.keepalived4j.vrrp.codec.UnsolicitedNaEncoder} write whole Ethernet frames into a caller's buffer.
 * Nothing on the packet path throws or allocates: outcomes are {@link org.keepalived4j.vrrp.codec.DecodeResult}
 * values.
 */
package org.keepalived4j.vrrp.codec;
