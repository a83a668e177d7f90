/**
 * {@link org.keepalived4j.netlink.socket.NetlinkSocket}: an {@code AF_NETLINK} socket owned by one thread, with
 * request/ack, dumps (re-dumped when interrupted) and multicast event groups.
 */
package org.keepalived4j.netlink.socket;
