package org.keepalived4j.config.build;

import org.keepalived4j.config.HostView;

/**
 * Interface look-ups of the VRRP configuration, as keepalived's {@code if_get_by_ifname(name, IF_CREATE_IF_DYNAMIC)}:
 * a name that doesn't exist on the host is remembered, and once the whole config is read keepalived refuses it
 * ({@code Non-existent interface specified in configuration}), unless {@code dynamic_interfaces} is set.
 */
final class VrrpInterfaces {

    /** keepalived's DFLT_INT, used for static addresses without {@code dev} and no {@code default_interface}. */
    static final String DEFAULT_INTERFACE = "eth0";

    private final HostView host;
    private final boolean dynamic;
    private boolean missing;

    /**
     * @param dynamic {@code dynamic_interfaces}: a missing interface is accepted (the instance waits for it)
     */
    VrrpInterfaces(HostView host, boolean dynamic) {
        this.host = host;
        this.dynamic = dynamic;
    }

    /**
     * True if the interface exists or {@code dynamic_interfaces} allows it to appear later; otherwise it is
     * remembered and false.
     */
    boolean lookup(String name) {
        if (dynamic || host.interfaceExists(name)) {
            return true;
        }
        missing = true;
        return false;
    }

    /** True if the interface exists; nothing is remembered (keepalived's IF_NO_CREATE). */
    boolean exists(String name) {
        return host.interfaceExists(name);
    }

    /** True if some interface named by the config doesn't exist. */
    boolean anyMissing() {
        return missing;
    }
}
