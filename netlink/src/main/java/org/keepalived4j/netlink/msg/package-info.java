/**
 * Netlink wire format, pure (no socket): flyweights over {@code MemorySegment} for {@code nlmsghdr}
 * ({@link org.keepalived4j.netlink.msg.NlMsgHdrFlyweight}), {@code genlmsghdr}, {@code nlattr} (a cursor,
 * {@link org.keepalived4j.netlink.msg.NlAttrFlyweight}), {@code nlmsgerr} with extended ack, and the rtnetlink
 * family headers ({@code ifaddrmsg}, {@code ifinfomsg}, {@code rtmsg}, {@code fib_rule_hdr});
 * {@link org.keepalived4j.netlink.msg.NlMessageWriter} builds a request in a caller buffer;
 * {@link org.keepalived4j.netlink.msg.ReplyReader} follows an answer (sequence numbers, multi-part,
 * {@code NLMSG_DONE}, {@code NLMSG_ERROR}, {@code NLM_F_DUMP_INTR}); {@link org.keepalived4j.netlink.msg.AttrDecoder}
 * turns attributes into {@link org.keepalived4j.netlink.msg.Attr} records with
 * {@link org.keepalived4j.netlink.msg.Attr.UnknownAttr} for what a schema does not know.
 *
 * <p>Byte order: netlink headers and most attributes are host order (little-endian on x86-64 and arm64);
 * addresses and ports are network order.
 */
package org.keepalived4j.netlink.msg;
