/**
 * The host side of VRRP over rtnetlink (the netlink module): {@link org.keepalived4j.vrrp.net.NetlinkThread} owns
 * the rtnetlink socket on a thread of its own; {@link org.keepalived4j.vrrp.net.RtnlVipManager} adds and removes
 * {@code virtual_ipaddress}, {@code virtual_routes} and {@code virtual_rules} when an instance becomes or stops
 * being MASTER (keepalived's {@code vrrp_handle_ipaddress}, {@code vrrp_handle_iproutes},
 * {@code vrrp_handle_iprules}); {@link org.keepalived4j.vrrp.net.StaticNetwork} sets {@code static_ipaddress},
 * {@code static_routes} and {@code static_rules}; {@link org.keepalived4j.vrrp.net.VmacManager} creates the
 * {@code use_vmac} macvlans; {@link org.keepalived4j.vrrp.net.RouteMapping} and
 * {@link org.keepalived4j.vrrp.net.RuleMapping} turn model lines into netlink requests.
 */
package org.keepalived4j.vrrp.net;
