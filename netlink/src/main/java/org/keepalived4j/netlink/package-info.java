/**
 * Netlink on {@code java.lang.foreign}: the shared error types of the module.
 *
 * <table>
 * <caption>Packages</caption>
 * <tr><th>package</th><th>what</th></tr>
 * <tr><td>{@code ffm}</td><td>libc bindings ({@code Libc}) with per-caller errno capture; internal</td></tr>
 * <tr><td>{@code msg}</td><td>flyweights over {@code nlmsghdr}, {@code genlmsghdr}, {@code nlattr} and the rtnetlink
 *     headers; the attribute writer and decoder. Pure: no socket</td></tr>
 * <tr><td>{@code socket}</td><td>{@code NetlinkSocket}: request/ack, dumps, multicast events</td></tr>
 * <tr><td>{@code genl}</td><td>generic netlink: family resolution, {@code GenericNetlinkSocket}</td></tr>
 * <tr><td>{@code rtnl}</td><td>addresses, links, macvlans, routes, rules, link/address events (interfaces and
 *     records; FFM implementation in {@code rtnl.internal})</td></tr>
 * <tr><td>{@code netns}</td><td>running code inside a network namespace ({@code setns} is per thread)</td></tr>
 * </table>
 *
 * <p>Threading: every socket belongs to the thread that opened it (its buffers live in a confined arena), in the
 * style of Agrona's single-owner agents. Other threads talk to the owner through its command queue.
 */
package org.keepalived4j.netlink;
