package org.keepalived4j.config.build;

import org.keepalived4j.config.model.vrrp.IpPrefix;
import org.keepalived4j.config.tree.ConfigNode;

/** {@code use_vmac [NAME] [MAC]} and {@code use_ipvlan [NAME] [ADDR] [bridge|private|vepa]} of a vrrp_instance. */
final class VrrpVmacKeywords {

    private VrrpVmacKeywords() {
    }

    static void useVmac(VrrpInstanceBuilder b, ConfigNode n, BuildContext c) {
        b.vmac = true;
        var w = n.words();
        for (int i = 1; i < w.size() && i <= 2; i++) {
            String s = w.get(i);
            if (s.indexOf(':') >= 0) {
                mac(b, n, c, s);
            } else if (b.vmacName != null) {
                c.error(n, "VMAC interface name already specified");
            } else if (!validDevName(s)) {
                c.error(n, "VMAC interface name '" + s + "' too long or invalid characters - ignoring");
            } else {
                VrrpInstanceBuilder other = usingName(b, s);
                if (other != null) {
                    c.error(n, b.tag() + " VRRP instance " + other.name + " is already using " + s
                            + " - ignoring name");
                } else {
                    b.vmacName = s;
                }
            }
        }
    }

    private static void mac(VrrpInstanceBuilder b, ConfigNode n, BuildContext c, String s) {
        if (b.vmacMac != null) {
            c.error(n, "VMAC interface address already specified");
            return;
        }
        if (!s.chars().allMatch(ch -> ch == ':' || Character.digit(ch, 16) >= 0)) {
            c.error(n, "VMAC invalid MAC address " + s);
            return;
        }
        String t = s.endsWith(":") ? s.substring(0, s.length() - 1) : s;
        String[] parts = t.split(":", -1);
        boolean ok = parts.length == 5 || parts.length == 6;
        int[] bytes = new int[6];
        for (int k = 0; ok && k < parts.length; k++) {
            ok = !parts[k].isEmpty() && parts[k].length() <= 2;
            if (ok) {
                bytes[k] = Integer.parseInt(parts[k], 16);
            }
        }
        if (ok && s.endsWith(":") && parts.length != 5) {
            ok = false;
        }
        if (!ok) {
            c.error(n, "VMAC invalid MAC address " + s + " - ignored");
        } else if ((bytes[0] & 1) != 0) {
            c.error(n, "VMAC MAC address is multicast " + s + " - ignoring");
        } else if (bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0x5e && bytes[3] == 0
                && (bytes[4] == 1 || bytes[4] == 2)) {
            c.error(n, "VMAC MAC address not allowed to be RFC5798 address (" + s + ") - ignoring");
        } else {
            b.vmacMacUsesVrid = parts.length == 5;
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                sb.append(k == 0 ? "" : ":").append(String.format("%02x", bytes[k]));
            }
            b.vmacMac = sb.toString();
        }
    }

    private static VrrpInstanceBuilder usingName(VrrpInstanceBuilder b, String name) {
        for (VrrpInstanceBuilder o : b.build.instances) {
            if (o != b && (name.equals(o.vmacName) || name.equals(o.ipvlanName))) {
                return o;
            }
        }
        return null;
    }

    /** The kernel's dev_name_valid. */
    private static boolean validDevName(String s) {
        return !s.isEmpty() && s.length() < 16 && !s.equals(".") && !s.equals("..")
                && s.chars().noneMatch(ch -> ch == '/' || ch == ':' || Character.isWhitespace(ch));
    }

    static void useIpvlan(VrrpInstanceBuilder b, ConfigNode n, BuildContext c) {
        if (b.ipvlan) {
            c.error(n, b.tag() + " use_ipvlan already specified");
            return;
        }
        b.ipvlan = true;
        var w = n.words();
        boolean hadMode = false;
        for (int i = 1; i < w.size(); i++) {
            String s = w.get(i);
            if (s.equals("bridge") || s.equals("private") || s.equals("vepa")) {
                if (hadMode) {
                    c.error(n, b.tag() + " ipvlan type already specified - ignoring '" + s + "'");
                } else {
                    b.ipvlanMode = s;
                    hadMode = true;
                }
                continue;
            }
            if (IpLiterals.parse(s.indexOf('/') >= 0 ? s.substring(0, s.indexOf('/')) : s) != null) {
                IpPrefix p = b.build.addresses.parsePrefix(n, s, true);
                if (b.ipvlanAddr != null) {
                    c.error(n, b.tag() + " ipvlan address already specified - ignoring '" + s + "'");
                    continue;
                }
                if (p == null) {
                    continue;
                }
                if (!b.family(p.family())) {
                    c.error(n, b.tag() + " ipvlan address[" + s + "] MUST match vrrp instance family !!! Skipping...");
                    continue;
                }
                b.ipvlanAddr = p;
                if (b.saddr == null) {
                    b.saddr = p.address();
                }
                continue;
            }
            if (b.ipvlanName != null) {
                c.error(n, b.tag() + " IPVLAN interface already specified - ignoring '" + s + "'");
                continue;
            }
            if (s.length() >= 16) {
                c.error(n, b.tag() + " IPVLAN interface name '" + s + "' too long - ignoring");
                continue;
            }
            VrrpInstanceBuilder other = usingName(b, s);
            if (other != null) {
                c.error(n, b.tag() + " VRRP instance " + other.name + " is already using " + s + " - ignoring name");
                continue;
            }
            b.ipvlanName = s;
        }
        if (b.ipvlanMode == null) {
            b.ipvlanMode = "bridge";
        }
    }
}
