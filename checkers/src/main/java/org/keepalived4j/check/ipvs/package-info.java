/**
 * The IPVS table the checkers want: services and destinations as plain records
 * ({@link org.keepalived4j.check.ipvs.DesiredIpvsTable}), built from the virtual servers' health by
 * {@link org.keepalived4j.check.ipvs.DesiredTableBuilder} (keepalived's {@code ipvswrapper.c} decisions: group
 * expansion, ports for DR/TUN and fwmark services, inhibit weight 0, sorry server). Applying it to the kernel is the
 * reconciler's job, not this package's.
 */
package org.keepalived4j.check.ipvs;
