/**
 * Real-IPVS tests in the VM ({@code org.keepalived4j.netlink.vm} from netlink's test-jar): Debian's keepalived and
 * our {@link org.keepalived4j.check.LvsRuntime} run the same config in one boot and must leave the same
 * {@code ipvsadm -Sn}.
 */
package org.keepalived4j.check.vm;
