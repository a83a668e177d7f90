/**
 * rtnetlink API: interfaces ({@link org.keepalived4j.netlink.rtnl.AddressManager},
 * {@link org.keepalived4j.netlink.rtnl.LinkManager}, {@link org.keepalived4j.netlink.rtnl.RouteManager},
 * {@link org.keepalived4j.netlink.rtnl.RuleManager}, {@link org.keepalived4j.netlink.rtnl.LinkMonitor}) and records
 * ({@link org.keepalived4j.netlink.rtnl.IfAddress}, {@link org.keepalived4j.netlink.rtnl.Link},
 * {@link org.keepalived4j.netlink.rtnl.Route}, {@link org.keepalived4j.netlink.rtnl.Rule},
 * {@link org.keepalived4j.netlink.rtnl.RtnlEvent}) shaped after keepalived's {@code virtual_ipaddress},
 * {@code virtual_routes}, {@code virtual_rules} and {@code use_vmac}. Start at
 * {@link org.keepalived4j.netlink.rtnl.Rtnetlink}. In-memory fakes ship in the module's test-jar
 * ({@code org.keepalived4j.netlink.rtnl.fake}).
 */
package org.keepalived4j.netlink.rtnl;
