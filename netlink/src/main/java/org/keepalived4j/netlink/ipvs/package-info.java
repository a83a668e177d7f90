/**
 * Linux IPVS (the kernel's layer-4 load balancer, {@code ip_vs}) over generic netlink, family {@code "IPVS"}
 * ({@code <linux/ip_vs.h>}): the records keepalived's {@code virtual_server} and {@code real_server} blocks turn
 * into, the {@link org.keepalived4j.netlink.ipvs.IpvsTable} interface the checkers' reconciler talks to, its
 * generic-netlink implementation and an in-memory fake with the kernel's error semantics.
 *
 * <p>Wire rules worth knowing (kernel {@code net/netfilter/ipvs/ip_vs_ctl.c}): addresses travel as 16 bytes
 * ({@code union nf_inet_addr}, IPv4 in the first four); ports and the IPv4 persistence netmask are big-endian;
 * the IPv6 "netmask" is a prefix length in host order; service flags travel as {@code struct ip_vs_flags} (flags,
 * mask). Kernel errors keep their errno: {@code EEXIST} (already there), {@code ESRCH} (no such service or sync
 * daemon), {@code ENOENT} (no such destination, or unknown scheduler on add/edit).
 */
package org.keepalived4j.netlink.ipvs;
