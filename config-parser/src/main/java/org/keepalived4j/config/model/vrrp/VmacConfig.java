package org.keepalived4j.config.model.vrrp;

/**
 * {@code use_vmac [NAME] [MAC]} with {@code vmac_xmit_base} and {@code use_vmac_addr}: the instance runs on a
 * macvlan carrying the RFC 5798 §7.3 virtual MAC 00-00-5E-00-01-{VRID} (IPv6: 00-00-5E-00-02-{VRID}).
 *
 * @param interfaceName the macvlan's name, or null to let the runtime choose ({@code vrrp.VRID}, {@code vrrp1.VRID}...)
 * @param mac           a configured MAC address (6 bytes as hex text {@code 02:00:00:00:00:01}), or null for
 *                      the RFC one; when it was given with 5 octets the last is the VRID ({@link #macUsesVrid})
 * @param macUsesVrid   the last octet of {@link #mac} is the VRID
 * @param xmitBase      {@code vmac_xmit_base}: send adverts on the base interface
 * @param useVmacAddr   {@code use_vmac_addr}: addresses on other interfaces get VMACs too
 */
public record VmacConfig(String interfaceName, String mac, boolean macUsesVrid, boolean xmitBase,
                         boolean useVmacAddr) {
}
