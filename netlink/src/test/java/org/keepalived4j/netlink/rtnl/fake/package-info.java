/**
 * In-memory rtnetlink for unit tests of other modules (netlink test-jar):
 * {@link org.keepalived4j.netlink.rtnl.fake.FakeRtnetlink} and its
 * {@link org.keepalived4j.netlink.rtnl.fake.FakeLinkMonitor}.
 */
package org.keepalived4j.netlink.rtnl.fake;
