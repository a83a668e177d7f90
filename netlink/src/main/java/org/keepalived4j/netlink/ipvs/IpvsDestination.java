package org.keepalived4j.netlink.ipvs;

import java.net.InetAddress;
import java.util.Objects;

/**
 * A real server of a service ({@code IPVS_CMD_ATTR_DEST}); keepalived's {@code real_server}.
 *
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>Field</th><th>keepalived keyword</th><th>Wire</th></tr>
 *   <tr><td>{@code address}, {@code port}</td><td>{@code real_server IP PORT}</td><td>{@code ADDR} (16 bytes),
 *       {@code PORT} big-endian, {@code ADDR_FAMILY}</td></tr>
 *   <tr><td>{@code forwarding}</td><td>{@code lb_kind} NAT|DR|TUN</td><td>{@code FWD_METHOD}</td></tr>
 *   <tr><td>{@code weight}</td><td>{@code weight}</td><td>{@code WEIGHT}, 0 stops new connections</td></tr>
 *   <tr><td>{@code upperThreshold}, {@code lowerThreshold}</td><td>{@code uthreshold}, {@code lthreshold}</td>
 *       <td>{@code U_THRESH}, {@code L_THRESH}; 0 = none</td></tr>
 *   <tr><td>{@code tunnelType}, {@code tunnelPort}, {@code tunnelFlags}</td><td>{@code tunnel_type ipip|gue PORT|gre},
 *       {@code tunnel_nocsum|csum|remcsum}</td><td>{@code TUN_TYPE}, {@code TUN_PORT} big-endian (GUE only),
 *       {@code TUN_FLAGS} (GUE and GRE); sent only with {@link ForwardingMethod#TUNNEL}</td></tr>
 * </table>
 *
 * @param address real server address; its family may differ from the service's only for tunnels
 * @param port real server port (ignored by the kernel for DR and TUN, which keep the service port)
 * @param forwarding forwarding method
 * @param weight 0 or more
 * @param upperThreshold maximum connections, 0 for no limit
 * @param lowerThreshold connections below which a server over its upper threshold is used again
 * @param tunnelType encapsulation, for {@link ForwardingMethod#TUNNEL}
 * @param tunnelPort GUE destination port, 0 otherwise
 * @param tunnelFlags {@link TunnelType#FLAG_CSUM}-style bits, for GUE and GRE
 */
public record IpvsDestination(InetAddress address, int port, ForwardingMethod forwarding, int weight,
                              int upperThreshold, int lowerThreshold, TunnelType tunnelType, int tunnelPort,
                              int tunnelFlags) {

    /** Checks the fields against what the kernel accepts. */
    public IpvsDestination {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(forwarding, "forwarding");
        Objects.requireNonNull(tunnelType, "tunnelType");
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("real server port " + port + " is not in 0..65535");
        }
        if (weight < 0) {
            throw new IllegalArgumentException("real server weight " + weight + " is negative");
        }
        if (upperThreshold < 0 || lowerThreshold < 0) {
            throw new IllegalArgumentException("connection thresholds must not be negative");
        }
        if (lowerThreshold > upperThreshold) {
            throw new IllegalArgumentException("lower threshold " + lowerThreshold + " is above upper threshold "
                    + upperThreshold);
        }
        if (tunnelPort < 0 || tunnelPort > 0xFFFF) {
            throw new IllegalArgumentException("tunnel port " + tunnelPort + " is not in 0..65535");
        }
        if (tunnelFlags < 0 || tunnelFlags > 0xFFFF) {
            throw new IllegalArgumentException("tunnel flags " + tunnelFlags + " do not fit 16 bits");
        }
        if (tunnelType == TunnelType.GUE && forwarding == ForwardingMethod.TUNNEL && tunnelPort == 0) {
            throw new IllegalArgumentException("a GUE tunnel needs a tunnel port");
        }
    }

    /**
     * A destination without thresholds or tunnel settings.
     *
     * @param address real server address
     * @param port real server port
     * @param forwarding forwarding method
     * @param weight 0 or more
     * @return the destination
     */
    public static IpvsDestination of(InetAddress address, int port, ForwardingMethod forwarding, int weight) {
        return new IpvsDestination(address, port, forwarding, weight, 0, 0, TunnelType.IPIP, 0, 0);
    }

    /** @return the family of {@link #address()} */
    public AddressFamily family() {
        return AddressFamily.of(address);
    }

    /** @param newWeight 0 or more @return a copy with this weight */
    public IpvsDestination withWeight(int newWeight) {
        return new IpvsDestination(address, port, forwarding, newWeight, upperThreshold, lowerThreshold, tunnelType,
                tunnelPort, tunnelFlags);
    }

    /** @param upper maximum connections, 0 for none @param lower re-enable level @return a copy with them */
    public IpvsDestination withThresholds(int upper, int lower) {
        return new IpvsDestination(address, port, forwarding, weight, upper, lower, tunnelType, tunnelPort,
                tunnelFlags);
    }

    /**
     * @param type encapsulation
     * @param port GUE port (0 for IPIP and GRE)
     * @param flags {@link TunnelType#FLAG_CSUM}-style bits
     * @return a copy forwarding through this tunnel
     */
    public IpvsDestination withTunnel(TunnelType type, int port, int flags) {
        return new IpvsDestination(address, this.port, ForwardingMethod.TUNNEL, weight, upperThreshold,
                lowerThreshold, type, port, flags);
    }

    /** @return e.g. {@code 198.51.100.2:80 NAT weight 1} */
    @Override
    public String toString() {
        return IpvsFormat.address(address) + ":" + port + " " + forwarding + " weight " + weight;
    }
}
