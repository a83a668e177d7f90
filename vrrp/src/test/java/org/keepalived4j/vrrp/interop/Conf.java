package org.keepalived4j.vrrp.interop;

import java.util.ArrayList;
import java.util.List;

/**
 * keepalived.conf text for one interop node. Both sides of a scenario get a config rendered from the same
 * {@link Inst} values (the peer's only with its own priority, state and addresses), so what keepalived and
 * keepalived4j are asked to do is visibly the same.
 */
public final class Conf {
    private Conf() {
    }

    /**
     * One {@code vrrp_instance}.
     *
     * @param name         instance name
     * @param ifName       {@code interface}
     * @param vrid         {@code virtual_router_id}
     * @param priority     {@code priority}
     * @param master       {@code state MASTER} (else BACKUP)
     * @param version      2 or 3
     * @param advertInt    {@code advert_int} as written ("1", "0.1")
     * @param authPass     v2 {@code auth_pass}, or null for none
     * @param vips         {@code virtual_ipaddress} entries ("10.80.1.100/24")
     * @param unicastSrc   {@code unicast_src_ip} or null
     * @param unicastPeers {@code unicast_peer} addresses (empty: multicast)
     * @param nopreempt    {@code nopreempt}
     * @param extra        more lines inside the block ({@code track_script { chk }}, {@code track_interface...})
     */
    public record Inst(String name, String ifName, int vrid, int priority, boolean master, int version,
                       String advertInt, String authPass, List<String> vips, String unicastSrc,
                       List<String> unicastPeers, boolean nopreempt, List<String> extra) {
        /** A VRRPv2 multicast BACKUP instance with PASS authentication "secret", advert_int 1. */
        public static Inst v2(String name, int vrid, String vip) {
            return new Inst(name, "veth0", vrid, 100, false, 2, "1", "secret", List.of(vip), null, List.of(),
                    false, List.of());
        }

        /** A VRRPv3 multicast BACKUP instance without authentication. */
        public static Inst v3(String name, int vrid, String advertInt, String vip) {
            return new Inst(name, "veth0", vrid, 100, false, 3, advertInt, null, List.of(vip), null, List.of(),
                    false, List.of());
        }

        public Inst priority(int p) {
            return new Inst(name, ifName, vrid, p, master, version, advertInt, authPass, vips, unicastSrc,
                    unicastPeers, nopreempt, extra);
        }

        public Inst master(boolean m) {
            return new Inst(name, ifName, vrid, priority, m, version, advertInt, authPass, vips, unicastSrc,
                    unicastPeers, nopreempt, extra);
        }

        public Inst authPass(String pass) {
            return new Inst(name, ifName, vrid, priority, master, version, advertInt, pass, vips, unicastSrc,
                    unicastPeers, nopreempt, extra);
        }

        public Inst unicast(String src, String... peers) {
            return new Inst(name, ifName, vrid, priority, master, version, advertInt, authPass, vips, src,
                    List.of(peers), nopreempt, extra);
        }

        public Inst nopreempt(boolean n) {
            return new Inst(name, ifName, vrid, priority, master, version, advertInt, authPass, vips, unicastSrc,
                    unicastPeers, n, extra);
        }

        /** The same instance on another interface. */
        public Inst on(String interfaceName) {
            return new Inst(name, interfaceName, vrid, priority, master, version, advertInt, authPass, vips,
                    unicastSrc, unicastPeers, nopreempt, extra);
        }

        /** The same instance with more lines in its block. */
        public Inst extra(String... lines) {
            List<String> all = new ArrayList<>(extra);
            all.addAll(List.of(lines));
            return new Inst(name, ifName, vrid, priority, master, version, advertInt, authPass, vips, unicastSrc,
                    unicastPeers, nopreempt, List.copyOf(all));
        }

        /** Master_Down_Interval of this instance (RFC 3768 / RFC 9568 section 6.1), in milliseconds. */
        public double masterDownMs() {
            double adv = Double.parseDouble(advertInt) * 1000;
            double skew = version == 2 ? (256 - priority) * 1000.0 / 256 : (256 - priority) * adv / 256;
            return 3 * adv + skew;
        }

        /** Skew_Time in milliseconds. */
        public double skewMs() {
            double adv = Double.parseDouble(advertInt) * 1000;
            return version == 2 ? (256 - priority) * 1000.0 / 256 : (256 - priority) * adv / 256;
        }

        void render(StringBuilder sb) {
            sb.append("vrrp_instance ").append(name).append(" {\n")
                    .append("  state ").append(master ? "MASTER" : "BACKUP").append('\n')
                    .append("  interface ").append(ifName).append('\n')
                    .append("  virtual_router_id ").append(vrid).append('\n')
                    .append("  priority ").append(priority).append('\n')
                    .append("  advert_int ").append(advertInt).append('\n');
            if (version == 3) {
                sb.append("  version 3\n");
            }
            if (nopreempt) {
                sb.append("  nopreempt\n");
            }
            if (authPass != null) {
                sb.append("  authentication {\n    auth_type PASS\n    auth_pass ").append(authPass)
                        .append("\n  }\n");
            }
            if (unicastSrc != null) {
                sb.append("  unicast_src_ip ").append(unicastSrc).append('\n');
            }
            if (!unicastPeers.isEmpty()) {
                sb.append("  unicast_peer {\n");
                for (String p : unicastPeers) {
                    sb.append("    ").append(p).append('\n');
                }
                sb.append("  }\n");
            }
            for (String line : extra) {
                sb.append("  ").append(line).append('\n');
            }
            sb.append("  virtual_ipaddress {\n");
            for (String v : vips) {
                sb.append("    ").append(v).append('\n');
            }
            sb.append("  }\n}\n");
        }
    }

    /** A whole config: global_defs, the instances, and one sync group over all of them when {@code syncGroup}. */
    public static String render(String routerId, boolean syncGroup, List<Inst> instances) {
        return render(routerId, "", syncGroup, instances);
    }

    /** {@link #render(String, boolean, List)} with top-level text ({@code vrrp_script} blocks) after global_defs. */
    public static String render(String routerId, String prelude, boolean syncGroup, List<Inst> instances) {
        StringBuilder sb = new StringBuilder();
        sb.append("global_defs {\n  router_id ").append(routerId).append("\n}\n").append(prelude);
        if (syncGroup) {
            sb.append("vrrp_sync_group G1 {\n  group {\n");
            for (Inst i : instances) {
                sb.append("    ").append(i.name()).append('\n');
            }
            sb.append("  }\n}\n");
        }
        for (Inst i : instances) {
            i.render(sb);
        }
        return sb.toString();
    }

    /** {@link #render} of a single instance, no sync group. */
    public static String render(String routerId, Inst instance) {
        return render(routerId, false, new ArrayList<>(List.of(instance)));
    }
}
