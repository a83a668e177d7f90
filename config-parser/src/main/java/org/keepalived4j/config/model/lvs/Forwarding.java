package org.keepalived4j.config.model.lvs;

import java.util.Objects;

/**
 * A forwarding method with its tunnel options: {@code lb_kind}/{@code lvs_method NAT|DR|TUN [type ipip|gue|gre]
 * [port N] [nocsum|csum|remcsum]}.
 *
 * @param method     NAT, DR or TUN
 * @param tunnelType the encapsulation (IPIP unless TUN says otherwise)
 * @param tunnelPort the GUE destination port; 0 for other tunnel types and methods
 * @param checksum   the tunnel checksum option (NOCSUM unless given)
 */
public record Forwarding(ForwardingMethod method, TunnelType tunnelType, int tunnelPort, TunnelChecksum checksum) {

    /** NAT, keepalived's default when nothing is configured. */
    public static final Forwarding NAT = new Forwarding(ForwardingMethod.NAT, TunnelType.IPIP, 0, TunnelChecksum.NOCSUM);

    public Forwarding {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(tunnelType, "tunnelType");
        Objects.requireNonNull(checksum, "checksum");
    }

    /** A method without tunnel options. */
    public static Forwarding of(ForwardingMethod method) {
        return new Forwarding(method, TunnelType.IPIP, 0, TunnelChecksum.NOCSUM);
    }
}
