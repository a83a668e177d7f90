package org.keepalived4j.config.model;

/**
 * SNMP AgentX settings ({@code snmp_socket}, {@code enable_traps}, {@code enable_snmp_vrrp},
 * {@code enable_snmp_rfcv2}, {@code enable_snmp_rfcv3}, {@code enable_snmp_checker}). keepalived4j reads them but
 * has no SNMP agent yet.
 *
 * @param socket  the AgentX socket, or {@code null} for the default
 * @param traps   {@code enable_traps}
 * @param vrrp    {@code enable_snmp_vrrp} (alias {@code enable_snmp_keepalived})
 * @param rfcV2   {@code enable_snmp_rfcv2} (or {@code enable_snmp_rfc})
 * @param rfcV3   {@code enable_snmp_rfcv3} (or {@code enable_snmp_rfc})
 * @param checker {@code enable_snmp_checker}
 */
public record Snmp(String socket, boolean traps, boolean vrrp, boolean rfcV2, boolean rfcV3, boolean checker) {

    /** Nothing enabled. */
    public static final Snmp DISABLED = new Snmp(null, false, false, false, false, false);
}
