/**
 * Test support shipped in the netlink test-jar: {@link org.keepalived4j.netlink.testing.SystemTests} (root gate
 * honouring {@code CI=true}) and {@link org.keepalived4j.netlink.testing.TestNetns} (throw-away namespaces).
 */
package org.keepalived4j.netlink.testing;
