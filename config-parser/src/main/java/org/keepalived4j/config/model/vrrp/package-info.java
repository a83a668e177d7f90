/**
 * The VRRP half of the configuration model: {@code vrrp_instance} ({@link org.keepalived4j.config.model.vrrp.VrrpInstance}),
 * {@code vrrp_sync_group}, {@code vrrp_script}, {@code track_file}, {@code vrrp_track_process}, {@code garp_group},
 * {@code static_ipaddress} / {@code static_routes} / {@code static_rules}, with every default and hidden rule of
 * keepalived 2.2.7 ({@code vrrp_complete_instance}, {@code vrrp_complete_init}) already applied. Addresses are
 * {@link java.net.InetAddress} (never resolved through DNS), timers {@link java.time.Duration}.
 */
package org.keepalived4j.config.model.vrrp;
