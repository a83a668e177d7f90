package org.keepalived4j.config.model.lvs;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.ScriptCommand;

/**
 * {@code virtual_server IP PORT | fwmark N | group NAME { ... }}: an IPVS service (or, for a group, one service per
 * group entry) with its real servers, resolved as keepalived 2.2.7 resolves it.
 *
 * <table>
 * <caption>defaults</caption>
 * <tr><th>component</th><th>keyword</th><th>default</th></tr>
 * <tr><td>protocol</td><td>{@code protocol}</td><td>UDP for address services (with keepalived's message);
 * {@link Protocol#NONE} for fwmark services, where a protocol is ignored</td></tr>
 * <tr><td>scheduler</td><td>{@code lb_algo}, {@code lvs_sched}</td><td>wlc</td></tr>
 * <tr><td>forwarding</td><td>{@code lb_kind}, {@code lvs_method}</td><td>NAT</td></tr>
 * <tr><td>persistenceTimeout</td><td>{@code persistence_timeout}</td><td>0 (not persistent); 360 s without a value,
 * with {@code persistence_granularity}, or for port 0</td></tr>
 * <tr><td>quorum</td><td>{@code quorum}</td><td>1, at most the sum of the real servers' weights</td></tr>
 * <tr><td>hysteresis</td><td>{@code hysteresis}</td><td>0, below the quorum</td></tr>
 * <tr><td>delayLoop</td><td>{@code delay_loop}</td><td>60 s</td></tr>
 * </table>
 *
 * @param key                    what the {@code virtual_server} line names
 * @param family                 the address family (from the address, {@code ip_family}, the group, or the real
 *                               servers; IPv4 when nothing says)
 * @param protocol               the protocol
 * @param scheduler              the scheduler
 * @param flags                  {@code ops} and the scheduler flags
 * @param forwarding             the virtual server's forwarding method, the default of its real servers
 * @param persistenceTimeout     {@code persistence_timeout}; zero when not persistent
 * @param persistenceEngine      {@code persistence_engine} (e.g. {@code sip}), or {@code null}
 * @param persistenceGranularity {@code persistence_granularity}: for IPv4 the netmask as a 32-bit number
 *                               (255.255.255.0 is 0xffffff00), for IPv6 the prefix length; -1 (all ones) when not
 *                               set
 * @param haSuspend              {@code ha_suspend}: checks run only while the virtual address is present
 * @param virtualhost            {@code virtualhost}, or {@code null}
 * @param smtpAlert              {@code smtp_alert}, else global {@code smtp_alert_checker}/{@code smtp_alert}, else
 *                               false
 * @param alpha                  {@code alpha}
 * @param omega                  {@code omega}: run quorum_down and clear the table on shutdown
 * @param quorum                 {@code quorum}: the weight sum needed for the service to be up
 * @param hysteresis             {@code hysteresis}
 * @param quorumUp               {@code quorum_up} script, or {@code null}
 * @param quorumDown             {@code quorum_down} script, or {@code null}
 * @param delayLoop              {@code delay_loop} of the virtual server (checks have their own, resolved)
 * @param sorryServer            {@code sorry_server}, or {@code null}
 * @param realServers            the real servers (never empty: a virtual server without one is dropped)
 * @param snmpName               {@code snmp_name}, or {@code null}
 * @param position               where {@code virtual_server} was written
 */
public record VirtualServer(VirtualServerKey key, AddressFamily family, Protocol protocol, Scheduler scheduler,
                            Set<ServiceFlag> flags, Forwarding forwarding, Duration persistenceTimeout,
                            String persistenceEngine, int persistenceGranularity, boolean haSuspend,
                            String virtualhost, boolean smtpAlert, boolean alpha, boolean omega, long quorum,
                            long hysteresis, ScriptCommand quorumUp, ScriptCommand quorumDown, Duration delayLoop,
                            SorryServer sorryServer, List<RealServer> realServers, String snmpName,
                            SourcePosition position) {

    public VirtualServer {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(scheduler, "scheduler");
        flags = Set.copyOf(flags);
        Objects.requireNonNull(forwarding, "forwarding");
        Objects.requireNonNull(persistenceTimeout, "persistenceTimeout");
        Objects.requireNonNull(delayLoop, "delayLoop");
        realServers = List.copyOf(realServers);
        Objects.requireNonNull(position, "position");
    }

    /** True if the service is persistent ({@code IP_VS_SVC_F_PERSISTENT}). */
    public boolean persistent() {
        return !persistenceTimeout.isZero();
    }

    /** keepalived's name for it in logs: {@code [10.0.0.1]:tcp:80}, {@code FWM 1} or {@code [GROUP]:0}. */
    public String displayName() {
        return LvsNames.virtualServer(key, protocol);
    }
}
