/**
 * The LVS half of keepalived.conf, typed: {@code virtual_server_group}, {@code virtual_server} with its
 * {@code real_server}s and their health checks (the sealed {@link org.keepalived4j.config.model.lvs.Check}), and the
 * checkers' {@code SSL} context.
 *
 * <p>Everything here is immutable and resolved as keepalived 2.2.7 resolves it after reading the file
 * ({@code validate_check_config}, {@code link_vsg_to_vs}): defaults applied, settings inherited from the virtual and
 * real server pushed down into each check, real-server ports fixed up for DR/TUN. The checkers and the IPVS runtime
 * read only these types; no string here still needs parsing.
 */
package org.keepalived4j.config.model.lvs;
