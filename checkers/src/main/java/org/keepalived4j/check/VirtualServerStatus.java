package org.keepalived4j.check;

import java.util.List;

/**
 * One virtual server, for a metrics endpoint or a state dump.
 *
 * @param name        keepalived's form, {@code [10.0.0.1]:tcp:80}, {@code FWM 1} or {@code [GROUP]:0}
 * @param quorumUp    the alive real servers' weights reach {@code quorum}
 * @param sorryActive the sorry server is in the pool
 * @param weightSum   sum of the alive real servers' weights
 * @param realServers its real servers, in config order
 */
public record VirtualServerStatus(String name, boolean quorumUp, boolean sorryActive, long weightSum,
                                  List<RealServerStatus> realServers) {

    /** Copies the list. */
    public VirtualServerStatus {
        realServers = List.copyOf(realServers);
    }
}
