package org.keepalived4j.config.build;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.OptionalLong;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * global_defs keywords for identity and e-mail alerts: {@code router_id}, {@code notification_email*},
 * {@code smtp_*}, {@code no_email_faults}, {@code no_checker_emails}, {@code checker_log_all_failures},
 * {@code rs_init_notifies} (keepalived's global_parser.c).
 */
final class GlobalSmtpKeywords {

    private GlobalSmtpKeywords() {
    }

    static void register(KeywordTable<GlobalDefsBuilder> t) {
        t.add("router_id", (b, n, ctx) -> {
            if (!GlobalArgs.has(n, 1)) {
                ctx.error(n, "routerid name missing - ignoring");
                return;
            }
            b.routerId = n.arg(0);
        });
        t.add("notification_email_from", (b, n, ctx) -> {
            if (!GlobalArgs.has(n, 1)) {
                ctx.error(n, "emailfrom missing - ignoring");
                return;
            }
            b.notificationEmailFrom = n.arg(0);
        });
        t.add("smtp_server", GlobalSmtpKeywords::smtpServer);
        t.add("smtp_helo_name", (b, n, ctx) -> {
            if (GlobalArgs.has(n, 1)) {
                b.smtpHelo = n.arg(0);
            }
        });
        t.add("smtp_connect_timeout", (b, n, ctx) -> {
            String w = GlobalArgs.required(n, 1, ctx);
            if (w == null) {
                return;
            }
            long max = GlobalArgs.UINT_MAX / GlobalArgs.TIMER_HZ;
            OptionalLong v = GlobalArgs.unsigned(n, w, 0, max, ctx);
            if (v.isEmpty()) {
                ctx.error(n, "smtp_connect_timeout '" + w + "' must be in [0, " + max + "] - ignoring");
                return;
            }
            long s = v.getAsLong();
            if (s == 0) {
                ctx.error(n, "smtp_conect_timeout must be greater than 0, setting to 1");
                s = 1;
            }
            b.smtpConnectTimeout = GlobalArgs.seconds(s);
        });
        t.addBlock("notification_email", (b, n, ctx) -> {
            if (n.block().isEmpty()) {
                ctx.error(n, "Warning - empty notification_email block");
                return;
            }
            for (ConfigNode line : n.block()) {
                b.notificationEmail.addAll(line.words());
            }
        });
        t.add("smtp_alert", (b, n, ctx) -> {
            Boolean v = GlobalArgs.globalBool(n, ctx);
            if (v != null) {
                b.smtpAlert = v;
            }
        });
        t.add("smtp_alert_vrrp", (b, n, ctx) -> {
            Boolean v = GlobalArgs.globalBool(n, ctx);
            if (v != null) {
                b.smtpAlertVrrp = v;
            }
        });
        t.add("smtp_alert_checker", (b, n, ctx) -> {
            Boolean v = GlobalArgs.globalBool(n, ctx);
            if (v != null) {
                b.smtpAlertChecker = v;
            }
        });
        t.add("checker_log_all_failures", (b, n, ctx) -> {
            Boolean v = GlobalArgs.optionalTrue(n, ctx, "Invalid value for checker_log_all_failures specified");
            if (v != null) {
                b.checkerLogAllFailures = v;
            }
        });
        t.add("no_email_faults", (b, n, ctx) -> b.noEmailFaults = true);
        t.add("rs_init_notifies", (b, n, ctx) -> {
            Boolean v = GlobalArgs.globalBool(n, ctx);
            if (v != null) {
                b.rsInitNotifies = v;
            }
        });
        t.add("no_checker_emails", (b, n, ctx) -> {
            Boolean v = GlobalArgs.globalBool(n, ctx);
            if (v != null) {
                b.noCheckerEmails = v;
            }
        });
    }

    /**
     * {@code smtp_server IP|NAME [PORT]}. keepalived tries the word as an address literal (unless it holds '-' or
     * '/'), then as a name; each attempt reads the port, so a bad port is reported twice for a literal. A name is
     * kept unresolved: resolving it here could block.
     */
    private static void smtpServer(GlobalDefsBuilder b, ConfigNode n, BuildContext ctx) {
        String host = GlobalArgs.required(n, 1, ctx);
        if (host == null) {
            return;
        }
        String portWord = GlobalArgs.has(n, 2) ? n.arg(1) : Integer.toString(25);
        if (host.indexOf('-') < 0 && host.indexOf('/') < 0) {
            OptionalLong port = GlobalArgs.unsigned(n, portWord, 1, 65535, ctx);
            InetAddress a = IpLiterals.parse(host);
            if (port.isPresent() && a != null) {
                b.smtpServer = new InetSocketAddress(a, (int) port.getAsLong());
                return;
            }
        }
        OptionalLong port = GlobalArgs.unsigned(n, portWord, 1, 65535, ctx);
        if (port.isEmpty() || !plausibleHostName(host)) {
            ctx.error(n, "Invalid smtp server " + host + " " + portWord);
            return;
        }
        b.smtpServer = InetSocketAddress.createUnresolved(host, (int) port.getAsLong());
    }

    private static boolean plausibleHostName(String host) {
        if (host.isEmpty() || host.length() > 253) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
