/**
 * Interop with Debian's keepalived in network namespaces, shipped in the vrrp test-jar: the harness
 * ({@link org.keepalived4j.vrrp.interop.Lab} namespaces and veths, {@link org.keepalived4j.vrrp.interop.Node}s
 * started from the same {@link org.keepalived4j.vrrp.interop.Conf config text}, the
 * {@link org.keepalived4j.vrrp.interop.VipWatch rtnetlink address watch} and the
 * {@link org.keepalived4j.vrrp.interop.WireWatch tcpdump watch}), the scenario matrix
 * ({@link org.keepalived4j.vrrp.interop.KeepalivedInteropMatrix}, run by the daemon's module) and the failover
 * benchmark ({@link org.keepalived4j.vrrp.interop.FailoverBench}, {@code bench/vrrp-failover.sh}).
 */
package org.keepalived4j.vrrp.interop;
