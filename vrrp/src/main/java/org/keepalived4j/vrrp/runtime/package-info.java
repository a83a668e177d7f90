/**
 * The VRRP runtime: {@link org.keepalived4j.vrrp.runtime.VrrpAgent} owns every instance on one thread (Agrona
 * style: {@code doWork(nowUs)}, commands drained at the top, absolute µs deadlines, blocking until the next
 * deadline or packet), frames go in and out through a {@link org.keepalived4j.vrrp.runtime.PacketIo} per interface
 * ({@link org.keepalived4j.vrrp.runtime.PcapPacketIo}: libpcap, opened through pcap4j, frames through
 * {@code java.lang.foreign}), VIPs through a
 * {@link org.keepalived4j.vrrp.runtime.VipManager} (rtnetlink, implemented in the netlink module), notify scripts
 * on {@link org.keepalived4j.vrrp.runtime.NotifyRunner}'s threads, never on the VRRP thread.
 */
package org.keepalived4j.vrrp.runtime;
