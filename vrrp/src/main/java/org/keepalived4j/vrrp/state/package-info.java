/**
 * The VRRP state machine, pure: no I/O, no clock, no threads. Laid out to be read beside RFC 9568 section 6.4
 * (6.4.1 Initialize, 6.4.2 Backup, 6.4.3 Active/Master) with keepalived's FAULT state and its extensions
 * (preempt_delay, nopreempt, garp_* schedule, lower-priority re-advertising, sync groups).
 *
 * <p>{@link org.keepalived4j.vrrp.state.VrrpInstance} is driven by events carrying the time in microseconds from
 * the caller's monotonic clock ({@code onAdvert}, {@code onTimer}, {@code onTrackerChange}, {@code onShutdown})
 * and answers with actions on an {@link org.keepalived4j.vrrp.state.ActionSink} (send advert, gratuitous ARP/NA
 * burst, add/remove VIPs, notify). {@link org.keepalived4j.vrrp.state.SyncGroup} moves a
 * {@code vrrp_sync_group}'s members together. {@link org.keepalived4j.vrrp.state.InstanceParams} is the immutable
 * input a mapper fills from the config model.
 */
package org.keepalived4j.vrrp.state;
