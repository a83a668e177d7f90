package org.keepalived4j.config.model.lvs;

import org.keepalived4j.config.SourcePosition;

/**
 * A {@code fwmark N [inet|inet6]} entry of a {@code virtual_server_group}.
 *
 * @param fwmark   the firewall mark, 0 to 2^32-1
 * @param family   the family given, or {@code null} when none was (the virtual server's family is used)
 * @param position where the entry was written
 */
public record VsgFwmark(long fwmark, AddressFamily family, SourcePosition position) {
}
