package org.keepalived4j.netlink.ipvs;

/**
 * IPVS connection timeouts ({@code IPVS_CMD_SET_CONFIG}/{@code GET_CONFIG}); keepalived's {@code lvs_timeouts tcp
 * tcpfin udp}, {@code ipvsadm --set}. When setting, 0 leaves a value as it is.
 *
 * @param tcpSeconds established TCP connections
 * @param tcpFinSeconds TCP connections after FIN
 * @param udpSeconds UDP
 */
public record IpvsTimeouts(int tcpSeconds, int tcpFinSeconds, int udpSeconds) {
    /** Checks the values are not negative. */
    public IpvsTimeouts {
        if (tcpSeconds < 0 || tcpFinSeconds < 0 || udpSeconds < 0) {
            throw new IllegalArgumentException("IPVS timeouts must not be negative: " + tcpSeconds + " "
                    + tcpFinSeconds + " " + udpSeconds);
        }
    }
}
