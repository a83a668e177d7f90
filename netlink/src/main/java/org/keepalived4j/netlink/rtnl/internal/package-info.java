/**
 * FFM implementation of the rtnetlink API: pure codecs ({@code AddressCodec}, {@code LinkCodec},
 * {@code RouteCodec}, {@code RuleCodec}) and the socket-backed managers. Internal: other modules use
 * {@link org.keepalived4j.netlink.rtnl.Rtnetlink}.
 */
package org.keepalived4j.netlink.rtnl.internal;
