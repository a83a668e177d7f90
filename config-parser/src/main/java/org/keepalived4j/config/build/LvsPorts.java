package org.keepalived4j.config.build;

import java.net.InetSocketAddress;
import java.util.function.Consumer;
import java.util.function.Function;
import org.keepalived4j.config.model.lvs.ForwardingMethod;
import org.keepalived4j.config.model.lvs.LvsNames;
import org.keepalived4j.config.model.lvs.Protocol;
import org.keepalived4j.config.model.lvs.VsgRange;

/**
 * The last step of keepalived's {@code validate_check_config} for a virtual server: unless forwarding is NAT, a real
 * (or sorry) server must use the virtual server's port, and none for fwmark services. keepalived corrects this for
 * plain virtual servers (real-server port set to the virtual server's, or cleared) and only warns for groups.
 */
final class LvsPorts {

    private LvsPorts() {
    }

    static void check(LvsDrafts.Vs vs, LvsDrafts.Group g, Function<LvsDrafts.Vs, String> fmt,
                      Consumer<String> error) {
        Protocol proto = vs.protocol == null ? Protocol.NONE : vs.protocol;
        if (g != null) {
            if (!g.fwmarks.isEmpty()) {
                for (LvsDrafts.Rs rs : vs.realServers) {
                    if (!nat(rs.forwarding.method()) && rs.address.getPort() != 0) {
                        error.accept("WARNING - fwmark virtual server " + fmt.apply(vs) + ", real server "
                                + LvsNames.trio(rs.address, proto) + " has port specified - port will be ignored");
                    }
                }
                if (vs.sorry != null && !nat(vs.sorry.forwarding.method()) && vs.sorry.address.getPort() != 0) {
                    error.accept("WARNING - fwmark virtual server " + fmt.apply(vs)
                            + ", sorry server has port specified - port will be ignored");
                }
            }
            for (VsgRange r : g.ranges) {
                for (LvsDrafts.Rs rs : vs.realServers) {
                    if (!nat(rs.forwarding.method()) && rs.address.getPort() != 0
                            && r.port() != rs.address.getPort()) {
                        error.accept("virtual server " + fmt.apply(vs) + ":[" + entry(r) + "] and real server "
                                + LvsNames.trio(rs.address, proto) + " ports don't match");
                    }
                }
                if (vs.sorry != null && !nat(vs.sorry.forwarding.method()) && vs.sorry.address.getPort() != 0
                        && r.port() != vs.sorry.address.getPort()) {
                    error.accept("WARNING - virtual server " + fmt.apply(vs)
                            + ", sorry server has port specified - port will be ignored");
                }
            }
            return;
        }
        int vsPort = vs.fwmark != null ? 0 : vs.address.getPort();
        for (LvsDrafts.Rs rs : vs.realServers) {
            int port = rs.address.getPort();
            if (nat(rs.forwarding.method())) {
                if (vs.fwmark == null && port == 0) {
                    rs.address = withPort(rs.address, vsPort);
                }
                continue;
            }
            if (vs.fwmark != null) {
                if (port != 0) {
                    error.accept("WARNING - fwmark virtual server " + fmt.apply(vs) + ", real server "
                            + LvsNames.trio(rs.address, proto) + " has port specified - clearing");
                    rs.address = withPort(rs.address, 0);
                }
            } else if (port == 0) {
                rs.address = withPort(rs.address, vsPort);
            } else if (port != vsPort) {
                error.accept("WARNING - virtual server " + fmt.apply(vs) + " and real server "
                        + LvsNames.trio(rs.address, proto) + " ports don't match - resetting");
                rs.address = withPort(rs.address, vsPort);
            }
        }
        if (vs.sorry != null && !nat(vs.sorry.forwarding.method())) {
            int port = vs.sorry.address.getPort();
            if (vs.fwmark != null) {
                if (port != 0) {
                    error.accept("WARNING - virtual server " + fmt.apply(vs)
                            + ", sorry server has port specified - clearing");
                    vs.sorry.address = withPort(vs.sorry.address, 0);
                }
            } else if (port == 0) {
                vs.sorry.address = withPort(vs.sorry.address, vsPort);
            } else if (port != vsPort) {
                error.accept("WARNING - virtual server " + fmt.apply(vs)
                        + " and sorry server ports don't match - resetting");
                vs.sorry.address = withPort(vs.sorry.address, vsPort);
            }
        }
    }

    private static boolean nat(ForwardingMethod m) {
        return m == ForwardingMethod.NAT;
    }

    private static InetSocketAddress withPort(InetSocketAddress a, int port) {
        return new InetSocketAddress(a.getAddress(), port);
    }

    /** keepalived's {@code format_vsge}. */
    private static String entry(VsgRange r) {
        String first = LvsNames.address(r.first());
        return r.single() ? first + "," + r.port() : first + "-" + LvsNames.address(r.last()) + "," + r.port();
    }
}
