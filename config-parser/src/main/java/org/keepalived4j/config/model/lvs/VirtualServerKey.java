package org.keepalived4j.config.model.lvs;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * What a {@code virtual_server} line names: {@code virtual_server IP PORT}, {@code virtual_server fwmark N} or
 * {@code virtual_server group NAME}.
 */
public sealed interface VirtualServerKey {

    /**
     * {@code virtual_server IP [PORT]}.
     *
     * @param address the address and port (port 0 when none was given: only valid for persistent services)
     */
    record Address(InetSocketAddress address) implements VirtualServerKey {
        public Address {
            Objects.requireNonNull(address, "address");
        }
    }

    /**
     * {@code virtual_server fwmark N}.
     *
     * @param fwmark the firewall mark, 0 to 2^32-1
     */
    record Fwmark(long fwmark) implements VirtualServerKey {
    }

    /**
     * {@code virtual_server group NAME}, resolved.
     *
     * @param group       the group
     * @param memberIndex this virtual server's index among those naming the same group (keepalived stores it in
     *                    the port and prints it as {@code [NAME]:index})
     */
    record Group(VirtualServerGroup group, int memberIndex) implements VirtualServerKey {
        public Group {
            Objects.requireNonNull(group, "group");
        }
    }
}
