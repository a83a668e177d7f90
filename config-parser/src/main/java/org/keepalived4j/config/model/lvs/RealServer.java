package org.keepalived4j.config.model.lvs;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.ScriptCommand;

/**
 * {@code real_server IP [PORT] { ... }}: one IPVS destination of a virtual server and its checks.
 *
 * <p>A real server with no check is always up. With several checks it is up only while all are up (except
 * {@link FileCheck}s, which adjust its weight).
 *
 * @param address          the address; the port resolved as keepalived does: for NAT the given port (the virtual
 *                         server's when none was given), for DR/TUN the virtual server's port, 0 for fwmark services
 * @param weight           {@code weight} (0 to 2^31-1), default the virtual server's {@code weight} (1)
 * @param forwarding       {@code lvs_method}, else the virtual server's {@code lb_kind} (NAT when neither is set)
 * @param inhibitOnFailure {@code inhibit_on_failure}: on failure set weight 0 instead of removing it
 * @param alpha            {@code alpha}, else the virtual server's (the default of its checks' alpha)
 * @param upperThreshold   {@code uthreshold}: IPVS upper connection threshold, 0 for none
 * @param lowerThreshold   {@code lthreshold}: IPVS lower connection threshold, 0 for none
 * @param notifyUp         {@code notify_up} script, or {@code null}
 * @param notifyDown       {@code notify_down} script, or {@code null}
 * @param smtpAlert        {@code smtp_alert}, else global {@code smtp_alert_checker}/{@code smtp_alert}, else true
 * @param virtualhost      {@code virtualhost}, or {@code null}
 * @param snmpName         {@code snmp_name}, or {@code null}
 * @param checks           the checks, in config order
 * @param position         where {@code real_server} was written
 */
public record RealServer(InetSocketAddress address, long weight, Forwarding forwarding, boolean inhibitOnFailure,
                         boolean alpha, long upperThreshold, long lowerThreshold, ScriptCommand notifyUp,
                         ScriptCommand notifyDown, boolean smtpAlert, String virtualhost, String snmpName,
                         List<Check> checks, SourcePosition position) {

    public RealServer {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(forwarding, "forwarding");
        checks = List.copyOf(checks);
        Objects.requireNonNull(position, "position");
    }
}
