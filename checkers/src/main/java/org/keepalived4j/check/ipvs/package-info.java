/**
 * The IPVS side of the checkers: the table they want ({@link org.keepalived4j.check.ipvs.DesiredIpvsTable}, in the
 * netlink module's {@code org.keepalived4j.netlink.ipvs} records), built from the virtual servers' health by
 * {@link org.keepalived4j.check.ipvs.DesiredTableBuilder} (keepalived's {@code ipvswrapper.c} decisions: group
 * expansion, ports for DR/TUN and fwmark services, inhibit weight 0, sorry server), and the
 * {@link org.keepalived4j.check.ipvs.IpvsReconciler} that makes the kernel's table match it, heals drift and runs the
 * connection sync daemon.
 */
package org.keepalived4j.check.ipvs;
