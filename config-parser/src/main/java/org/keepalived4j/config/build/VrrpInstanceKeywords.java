package org.keepalived4j.config.build;

import java.net.InetAddress;
import org.keepalived4j.config.model.vrrp.IpFamily;
import org.keepalived4j.config.model.vrrp.UnicastPeer;
import org.keepalived4j.config.model.vrrp.VirtualIpAddress;
import org.keepalived4j.config.model.vrrp.VirtualRoute;
import org.keepalived4j.config.model.vrrp.VirtualRule;
import org.keepalived4j.config.model.vrrp.VrrpState;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * The keywords of a {@code vrrp_instance} block (keepalived's {@code init_vrrp_keywords}, vrrp_parser.c): identity,
 * addresses, unicast, VMAC and tracking. Notify, GARP and flag keywords are in {@link VrrpInstanceOptionKeywords}.
 */
final class VrrpInstanceKeywords {

    /** The table, built once. */
    static final KeywordTable<VrrpInstanceBuilder> TABLE = build();

    private VrrpInstanceKeywords() {
    }

    private static KeywordTable<VrrpInstanceBuilder> build() {
        KeywordTable<VrrpInstanceBuilder> t = new KeywordTable<>("vrrp_instance");
        t.add("state", VrrpInstanceKeywords::state)
                .add("interface", VrrpInstanceKeywords::iface)
                .add("vrf", VrrpInstanceKeywords::vrf)
                .add("virtual_router_id", VrrpInstanceKeywords::vrid)
                .add("priority", VrrpInstanceKeywords::priority)
                .add("advert_int", VrrpInstanceKeywords::advert)
                .add("version", VrrpInstanceKeywords::version)
                .add("native_ipv6", (b, n, c) -> {
                    if (b.family == IpFamily.INET) {
                        c.error(n, b.tag() + " Cannot specify native_ipv6 with IPv4 addresses");
                        return;
                    }
                    b.family = IpFamily.INET6;
                    b.version = 3;
                })
                .addBlock("authentication", VrrpInstanceKeywords::authentication)
                .addBlock("virtual_ipaddress", (b, n, c) -> vips(b, n, false))
                .addBlock("virtual_ipaddress_excluded", (b, n, c) -> vips(b, n, true))
                .addBlock("virtual_routes", VrrpInstanceKeywords::routes)
                .addBlock("virtual_rules", VrrpInstanceKeywords::rules)
                .addBlock("unicast_peer", VrrpInstanceKeywords::peers)
                .add("unicast_fault_no_peer", (b, n, c) -> {
                    b.unicastConfigured = true;
                    b.unicastFaultNoPeer = true;
                })
                .add("check_unicast_src", (b, n, c) -> {
                    b.unicastConfigured = true;
                    b.checkUnicastSrc = true;
                })
                .add("old_unicast_checksum", VrrpInstanceKeywords::oldChecksum)
                .add("mcast_src_ip", (b, n, c) -> srcIp(b, n))
                .add("unicast_src_ip", (b, n, c) -> {
                    b.unicastConfigured = true;
                    srcIp(b, n);
                })
                .add("mcast_dst_ip", VrrpInstanceKeywords::mcastDst)
                .add("track_src_ip", (b, n, c) -> b.trackSrcIp = true)
                .add("unicast_ttl", VrrpInstanceKeywords::ttl)
                .add("dont_track_primary", (b, n, c) -> b.dontTrackPrimary = true)
                .addBlock("track_interface", (b, n, c) -> b.build.tracks.interfaces(b.name, n, b.track))
                .addBlock("track_script", (b, n, c) -> b.build.tracks.scripts(b.name, n, b.track))
                .addBlock("track_file", (b, n, c) -> b.build.tracks.files(b.name, n, b.track))
                .addBlock("track_process", (b, n, c) -> b.build.tracks.processes(b.name, n, b.track))
                .supportedLater("track_bfd", "BFD tracking")
                .add("use_vmac", VrrpVmacKeywords::useVmac)
                .add("use_vmac_addr", (b, n, c) -> b.vmacAddr = true)
                .add("vmac_xmit_base", (b, n, c) -> b.vmacXmitBase = true)
                .add("use_ipvlan", VrrpVmacKeywords::useIpvlan);
        VrrpInstanceOptionKeywords.addTo(t);
        return t;
    }

    private static void state(VrrpInstanceBuilder b, ConfigNode n, BuildContext c) {
        String s = Args.first(n, c);
        if (s == null) {
            return;
        }
        if (s.equals("MASTER")) {
            b.wantState = VrrpState.MASTER;
        } else if (s.equals("BACKUP")) {
            if (b.wantState == VrrpState.MASTER) {
                c.error(n, b.tag() + " state previously set as MASTER - ignoring BACKUP");
            } else {
                b.wantState = VrrpState.BACKUP;
            }
        } else {
            c.error(n, b.tag() + " unknown state '" + s + "', defaulting to BACKUP");
            b.wantState = VrrpState.BACKUP;
        }
    }

    private static void iface(VrrpInstanceBuilder b, ConfigNode n, BuildContext c) {
        String name = Args.first(n, c);
        if (name == null) {
            return;
        }
        if (name.length() >= 16) {
            c.error(n, "Interface name '" + name + "' too long - ignoring");
            return;
        }
        if (!b.build.interfaces.lookup(name)) {
            c.error(n, "WARNING - interface " + name + " for vrrp_instance " + b.name + " doesn't exist");
            b.interfaceName = null;
            return;
        }
        if (name.equals("lo")) {
            c.error(n, b.tag() + " cannot use a loopback interface (" + name + ") for vrrp - ignoring");
            b.interfaceName = null;
            return;
        }
        b.interfaceName = name;
    }

    private static void vrf(VrrpInstanceBuilder b, ConfigNode n, BuildContext c) {
        String name = Args.first(n, c);
        if (name == null) {
            return;
        }
        if (name.length() >= 16) {
            c.error(n, b.tag() + " VRF interface name '" + name + "' too long - ignoring");
        } else if (b.interfaceName != null) {
            c.error(n, b.tag() + " Cannot specify VRF interface and interface - ignoring");
        } else if (b.vrf != null) {
            c.error(n, b.tag() + " VRF interface already specified as '" + b.vrf + "' - ignoring");
        } else if (!b.build.interfaces.lookup(name)) {
            c.error(n, b.tag() + " WARNING - VRF interface " + name + " doesn't exist");
        } else {
            b.vrf = name;
        }
    }

    private static void vrid(VrrpInstanceBuilder b, ConfigNode n, BuildContext c) {
        String s = Args.first(n, c);
        if (s == null) {
            return;
        }
        var v = Numbers.readUnsigned(c, n.position(), s, 1, 255);
        if (v.isEmpty()) {
            c.error(n, "(" + b.name + "): VRID '" + s + "' not valid - must be between 1 & 255");
            return;
        }
        b.vrid = v.getAsInt();
    }

    private static void priority(VrrpInstanceBuilder b, ConfigNode n, BuildContext c) {
        String s = Args.first(n, c);
        if (s == null) {
            return;
        }
        var v = Numbers.readUnsigned(c, n.position(), s, 1, 255);
        if (v.isEmpty()) {
            c.error(n, b.tag() + " Priority not valid! must be between 1 & 255. Using default 100");
            b.priority = 100;
        } else {
            b.priority = v.getAsInt();
        }
    }

    private static void advert(VrrpInstanceBuilder b, ConfigNode n, BuildContext c) {
        String s = Args.first(n, c);
        if (s == null) {
            return;
        }
        var v = Numbers.readDecimal(c, n.position(), s, 10_000, 255_000_000L, Numbers.TIMER_DIGITS);
        if (v.isEmpty() || v.getAsLong() <= 0) {
            c.error(n, b.tag() + " Advert interval (" + s + ") not valid! Must be > 0 - ignoring");
        } else {
            b.advertUs = v.getAsLong();
        }
    }

    private static void version(VrrpInstanceBuilder b, ConfigNode n, BuildContext c) {
        String s = Args.first(n, c);
        if (s == null) {
            return;
        }
        var v = Numbers.readInt(c, n.position(), s, 2, 3);
        if (v.isEmpty()) {
            c.error(n, "(" + b.name + "): Version must be either 2 or 3");
            return;
        }
        int version = v.getAsInt();
        if ((b.version != 0 && b.version != version) || (version == 2 && b.family == IpFamily.INET6)) {
            c.error(n, b.tag() + " vrrp_version " + version + " conflicts with configured or deduced version "
                    + b.version + "; ignoring.");
            return;
        }
        b.version = version;
    }

    private static final KeywordTable<VrrpInstanceBuilder> AUTH = new KeywordTable<VrrpInstanceBuilder>(
            "authentication")
            .add("auth_type", (b, n, c) -> {
                String s = Args.first(n, c);
                if (s == null) {
                    return;
                }
                switch (s) {
                    case "AH" -> b.authType = 2;
                    case "PASS" -> b.authType = 1;
                    default -> c.error(n, b.tag() + " unknown authentication type '" + s + "'");
                }
            })
            .add("auth_pass", (b, n, c) -> {
                String s = Args.first(n, c);
                if (s == null) {
                    return;
                }
                if (s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 8) {
                    c.error(n, "Truncating auth_pass to 8 characters");
                    StringBuilder cut = new StringBuilder();
                    for (int i = 0, bytes = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
                        String cp = new String(Character.toChars(s.codePointAt(i)));
                        bytes += cp.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                        if (bytes > 8) {
                            break;
                        }
                        cut.append(cp);
                    }
                    s = cut.toString();
                }
                b.authPass = s;
            });

    private static void authentication(VrrpInstanceBuilder b, ConfigNode n, BuildContext c) {
        AUTH.apply(b, n.block(), c);
    }

    private static void vips(VrrpInstanceBuilder b, ConfigNode n, boolean excluded) {
        for (ConfigNode line : ValueBlocks.lines(n, b.build.ctx)) {
            VirtualIpAddress a = b.build.addresses.parse(line, false, null, g -> false);
            if (a == null) {
                continue;
            }
            if (excluded) {
                b.evips.add(a);
            } else if (!b.family(a.family())) {
                b.build.ctx.error(line, "(" + b.name + "): address family must match VRRP instance ["
                        + line.keyword() + "] - ignoring");
            } else {
                b.vips.add(a);
            }
        }
    }

    private static void routes(VrrpInstanceBuilder b, ConfigNode n, BuildContext c) {
        for (ConfigNode line : ValueBlocks.lines(n, c)) {
            VirtualRoute r = b.build.routes.parse(line, false, g -> false);
            if (r != null) {
                b.routes.add(r);
            }
        }
    }

    private static void rules(VrrpInstanceBuilder b, ConfigNode n, BuildContext c) {
        for (ConfigNode line : ValueBlocks.lines(n, c)) {
            VirtualRule r = b.build.rules.parse(line, false, g -> false);
            if (r != null) {
                b.rules.add(r);
            }
        }
    }

    private static void peers(VrrpInstanceBuilder b, ConfigNode n, BuildContext c) {
        b.unicastConfigured = true;
        for (ConfigNode line : ValueBlocks.lines(n, c)) {
            String addr = line.keyword();
            InetAddress a = IpLiterals.parse(addr);
            if (a == null) {
                c.error(line, "Configuration error: VRRP instance[" + b.name + "] malformed unicast peer address["
                        + addr + "]. Skipping...");
                continue;
            }
            if (!b.family(IpFamily.of(a))) {
                c.error(line, "Configuration error: VRRP instance[" + b.name + "] and unicast peer address[" + addr
                        + "] MUST be of the same family !!! Skipping...");
                continue;
            }
            int min = 0;
            int max = 255;
            var w = line.words();
            for (int i = 1; i < w.size(); i += 2) {
                if (i + 1 >= w.size()) {
                    c.error(line, b.tag() + " " + w.get(i) + " is missing a value");
                    break;
                }
                var v = Numbers.readUnsigned(c, line.position(), w.get(i + 1), 0, 255);
                if (v.isPresent()) {
                    if (w.get(i).equals("min_ttl")) {
                        min = v.getAsInt();
                    } else if (w.get(i).equals("max_ttl")) {
                        max = v.getAsInt();
                    } else {
                        c.error(line, b.tag() + " unknown unicast_peer option " + w.get(i));
                        break;
                    }
                    b.checkUnicastSrc = true;
                }
            }
            if (min > max) {
                c.error(line, b.tag() + " min_ttl " + min + " > max_ttl " + max + " - all packets will be discarded");
            }
            b.peers.add(new UnicastPeer(a, min, max, line.position()));
        }
    }

    private static void oldChecksum(VrrpInstanceBuilder b, ConfigNode n, BuildContext c) {
        b.unicastConfigured = true;
        if (n.argCount() >= 1) {
            if (n.arg(0).equals("never")) {
                b.oldUnicastChecksum = "never";
            } else {
                c.error(n, b.tag() + " Unknown old_unicast_chksum mode " + n.arg(0) + " - ignoring");
            }
        } else {
            b.oldUnicastChecksum = "config";
        }
    }

    private static void srcIp(VrrpInstanceBuilder b, ConfigNode n) {
        BuildContext c = b.build.ctx;
        String s = Args.first(n, c);
        if (s == null) {
            return;
        }
        InetAddress a = IpLiterals.parse(s);
        if (a == null) {
            c.error(n, "Configuration error: VRRP instance[" + b.name + "] malformed src address[" + s
                    + "]. Skipping...");
            return;
        }
        if (!b.family(IpFamily.of(a))) {
            c.error(n, "Configuration error: VRRP instance[" + b.name + "] and src address[" + s
                    + "] MUST be of the same family !!! Skipping...");
            b.saddr = null;
            return;
        }
        b.saddr = a;
    }

    private static void mcastDst(VrrpInstanceBuilder b, ConfigNode n, BuildContext c) {
        String s = Args.first(n, c);
        if (s == null) {
            return;
        }
        InetAddress a = IpLiterals.parse(s);
        if (a == null) {
            c.error(n, b.tag() + " malformed mcast dest address " + s + ". Skipping...");
            return;
        }
        if (!b.family(IpFamily.of(a))) {
            c.error(n, b.tag() + " mcast dest address " + s + " MUST match VRRP instance family. Skipping...");
            b.mcastDst = null;
            return;
        }
        byte[] x = a.getAddress();
        boolean ok = x.length == 4 ? a.isMulticastAddress() : (x[0] & 0xff) == 0xff && (x[1] & 0x0f) == 2;
        if (!ok) {
            c.error(n, b.tag() + " mcast_dst_ip " + s + " not" + (x.length == 16 ? " link-local" : "")
                    + " multicast. Skipping...");
            b.mcastDst = null;
            return;
        }
        b.mcastDst = a;
    }

    private static void ttl(VrrpInstanceBuilder b, ConfigNode n, BuildContext c) {
        String s = Args.first(n, c);
        if (s == null) {
            return;
        }
        var v = Numbers.readUnsigned(c, n.position(), s, 0, 255);
        if (v.isEmpty()) {
            c.error(n, "(" + b.name + "): TTL '" + s + "' not valid - must be between 0 & 255");
            return;
        }
        b.ttl = v.getAsInt();
    }

}
