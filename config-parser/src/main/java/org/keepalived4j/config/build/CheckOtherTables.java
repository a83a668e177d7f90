package org.keepalived4j.config.build;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.model.lvs.DnsType;
import org.keepalived4j.config.model.lvs.HexPattern;
import org.keepalived4j.config.model.lvs.SmtpCheck;
import org.keepalived4j.config.tree.ConfigNode;

/** MISC_CHECK, SMTP_CHECK (with its deprecated {@code host} blocks), DNS_CHECK, UDP_CHECK and FILE_CHECK. */
final class CheckOtherTables {

    private CheckOtherTables() {
    }

    static void register(KeywordTable<LvsDrafts.Rs> rsTable) {
        rsTable.addBlock("MISC_CHECK", CheckTables.block(misc(), CheckDrafts.Misc::new, false,
                CheckOtherTables::miscEnd));
        // SMTP starts with an empty destination: the real server's is filled in at the end unless set
        rsTable.addBlock("SMTP_CHECK", CheckTables.block(smtp(), p -> {
            CheckDrafts.Smtp s = new CheckDrafts.Smtp(p);
            s.conn = new LvsDrafts.Conn();
            return s;
        }, false,
                CheckOtherTables::smtpEnd));
        rsTable.addBlock("DNS_CHECK", CheckTables.block(dns(), CheckDrafts.Dns::new, true,
                CheckTables::connectionEnd));
        rsTable.addBlock("UDP_CHECK", CheckTables.block(udp(), CheckDrafts.Udp::new, true,
                CheckOtherTables::udpEnd));
        rsTable.addBlock("FILE_CHECK", CheckTables.block(file(), CheckDrafts.File::new, false,
                CheckOtherTables::fileEnd));
    }

    private static KeywordTable<CheckDrafts.Misc> misc() {
        KeywordTable<CheckDrafts.Misc> t = new KeywordTable<>("MISC_CHECK");
        CheckTables.addCommon(t, false);
        t.add("misc_path", (c, n, ctx) -> {
            List<String> args = Scripts.commandFromNode(n, ctx);
            if (args != null) {
                c.script = new ScriptCommand(args, null, null, n.position());
            }
        });
        t.add("misc_timeout", (c, n, ctx) -> {
            OptionalInt v = LvsArgs.unsigned(n, 1, 0, LvsVirtualServerTable.UINT_MAX / LvsDrafts.SECOND_US, ctx);
            if (v.isPresent()) {
                c.timeoutUs = v.getAsInt() * LvsDrafts.SECOND_US;
            } else {
                CheckTables.quoted(n, ctx, "Invalid misc_timeout value '%s'");
            }
        });
        t.add("misc_dynamic", (c, n, ctx) -> c.dynamic = true);
        t.add("user", (c, n, ctx) -> {
            if (n.argCount() < 1) {
                ctx.error(n, "No user specified for misc checker script "
                        + (c.script == null ? "" : Scripts.commandString(c.script.args())));
                return;
            }
            c.user = n.arg(0);
            c.group = n.argCount() >= 2 ? n.arg(1) : null;
        });
        return t;
    }

    private static boolean miscEnd(CheckDrafts.Misc c, ConfigNode node, BuildContext ctx) {
        if (c.script == null) {
            ctx.report(ConfigErrorKind.GENERAL_ERROR, node.blockEnd(),
                    "No script path has been specified for MISC_CHECKER - skipping");
            return false;
        }
        // misc_path gives the command only; the block's user keyword gives the user (else the default script user)
        c.script = Scripts.register(ctx, new ScriptCommand(c.script.args(), c.user, c.group, c.script.position()),
                ScriptUse.CHECKER_MISC, null);
        return true;
    }

    private static KeywordTable<CheckDrafts.Smtp> smtp() {
        KeywordTable<CheckDrafts.Smtp> t = new KeywordTable<>("SMTP_CHECK");
        t.add("helo_name", (c, n, ctx) -> {
            if (n.argCount() < 1) {
                ctx.error(n, "SMTP_CHECK helo name missing");
            } else {
                c.heloName = n.arg(0);
            }
        });
        CheckTables.addCommon(t, true);
        KeywordTable<CheckDrafts.Smtp> host = new KeywordTable<>("host");
        CheckTables.addCommon(host, true);
        t.addBlock("host", (c, n, ctx) -> {
            LvsDrafts.Conn main = c.conn;
            LvsDrafts.Conn h = LvsDrafts.Conn.toRealServer(c.rs);
            c.conn = h;
            host.apply(c, n.block(), ctx);
            c.conn = main;
            if (CheckTables.checkConnection(h, n, ctx)) {
                c.hosts.add(h);
                c.hostPositions.add(n.position());
            }
        });
        return t;
    }

    /** keepalived's {@code smtp_check_end_handler}. */
    private static boolean smtpEnd(CheckDrafts.Smtp c, ConfigNode node, BuildContext ctx) {
        if (c.heloName == null) {
            c.heloName = SmtpCheck.DEFAULT_HELO;
        }
        if (!c.hosts.isEmpty()) {
            ctx.report(ConfigErrorKind.NOTICE, node.blockEnd(),
                    "The SMTP_CHECK host block is deprecated. Please define additional checkers.");
        }
        LvsDrafts.Conn m = c.conn;
        boolean useMain = m.dst != null || m.dstPort != 0 || m.bindAddress != null || m.bindPort != 0
                || m.bindIf != null || m.fwmark != 0 || m.timeoutUs != null || c.hosts.isEmpty();
        if (useMain) {
            if (m.dst == null) {
                m.dst = c.rs.writtenAddress.getAddress();
            }
            if (m.dstPort == 0) {
                m.dstPort = c.rs.writtenAddress.getPort();
            }
            if (!CheckTables.checkConnection(m, node, ctx)) {
                return false;
            }
            c.resolved.add(m);
            c.resolvedPositions.add(c.position);
        }
        long connTo = c.rs.connectTimeoutUs != null ? c.rs.connectTimeoutUs : c.rs.vs.connectTimeoutUs;
        if (m.timeoutUs == null) {
            m.timeoutUs = connTo;
        }
        for (int i = 0; i < c.hosts.size(); i++) {
            LvsDrafts.Conn h = c.hosts.get(i);
            if (h.timeoutUs == null) {
                h.timeoutUs = connTo;
            }
            c.resolved.add(h);
            c.resolvedPositions.add(c.hostPositions.get(i));
        }
        return true;
    }

    private static KeywordTable<CheckDrafts.Dns> dns() {
        KeywordTable<CheckDrafts.Dns> t = new KeywordTable<>("DNS_CHECK");
        CheckTables.addCommon(t, true);
        t.add("type", (c, n, ctx) -> {
            String w = LvsArgs.word(n, 1, ctx);
            if (w == null) {
                return;
            }
            Optional<DnsType> type = DnsType.fromKeyword(w);
            if (type.isEmpty()) {
                ctx.error(n, "Unknown DNS check type " + w + " - ignoring");
            } else {
                c.type = type.get();
            }
        });
        t.add("name", (c, n, ctx) -> {
            if (c.name != null) {
                ctx.error(n, "DNS_CHECK name already specified - ignoring");
                return;
            }
            String name = LvsArgs.word(n, 1, ctx);
            if (name == null) {
                return;
            }
            if (emptyLabel(name)) {
                ctx.error(n, "DNS_CHECK name '" + name + "' has empty label - ignoring");
                return;
            }
            c.name = name;
        });
        return t;
    }

    /**
     * keepalived's test for an empty label. It looks at the character after the start and after each dot, so
     * (as in keepalived 2.2.7) a name whose second character is a dot is refused too.
     */
    static boolean emptyLabel(String name) {
        if (name.length() > 1 && name.charAt(0) == '.') {
            return true;
        }
        int p = 0;
        while (p >= 0) {
            if (p + 1 < name.length() && name.charAt(p + 1) == '.') {
                return true;
            }
            p = p + 1 < name.length() ? name.indexOf('.', p + 1) : -1;
        }
        return false;
    }

    private static KeywordTable<CheckDrafts.Udp> udp() {
        KeywordTable<CheckDrafts.Udp> t = new KeywordTable<>("UDP_CHECK");
        CheckTables.addCommon(t, true);
        t.add("payload", (c, n, ctx) -> {
            if (n.argCount() < 1) {
                ctx.error(n, "UDP_CHECK payload requires a payload");
                return;
            }
            HexPattern p = Hex.read(String.join(" ", n.words().subList(1, n.words().size())), false);
            if (p == null) {
                ctx.error(n, "Invalid hex string for UDP_CHECK payload");
            } else {
                c.payload = p;
            }
        });
        t.add("require_reply", (c, n, ctx) -> {
            c.requireReply = true;
            if (n.argCount() < 1) {
                return;
            }
            HexPattern p = Hex.read(String.join(" ", n.words().subList(1, n.words().size())), true);
            if (p == null) {
                ctx.error(n, "Invalid hex string for UDP_CHECK reply");
            } else {
                c.reply = p;
            }
        });
        t.add("min_reply_length", (c, n, ctx) -> {
            OptionalInt v = LvsArgs.unsigned(n, 1, 0, 65535, ctx);
            if (v.isPresent()) {
                c.minReplyLength = v.getAsInt();
            } else {
                CheckTables.quoted(n, ctx, "UDP_CHECK min length %s not valid - must be between 0 & 65535");
            }
        });
        t.add("max_reply_length", (c, n, ctx) -> {
            OptionalInt v = LvsArgs.unsigned(n, 1, 0, 65535, ctx);
            if (v.isPresent()) {
                c.maxReplyLength = v.getAsInt();
            } else {
                CheckTables.quoted(n, ctx, "UDP_CHECK max length %s not valid - must be between 0 & 65535");
            }
        });
        return t;
    }

    private static boolean udpEnd(CheckDrafts.Udp c, ConfigNode node, BuildContext ctx) {
        if (!CheckTables.checkConnection(c.conn, node, ctx)) {
            return false;
        }
        if (c.minReplyLength > c.maxReplyLength) {
            ctx.report(ConfigErrorKind.GENERAL_ERROR, node.blockEnd(), "UDP_CHECK min_reply length "
                    + c.minReplyLength + " > max_reply_length " + c.maxReplyLength + " - will always fail");
        }
        return true;
    }

    private static KeywordTable<CheckDrafts.File> file() {
        KeywordTable<CheckDrafts.File> t = new KeywordTable<>("FILE_CHECK");
        t.add("track_file", (c, n, ctx) -> {
            String w = LvsArgs.word(n, 1, ctx);
            if (w != null) {
                c.trackFile = w;
                c.trackFilePosition = n.position();
            }
        });
        t.add("weight", (c, n, ctx) -> {
            if (n.argCount() < 1) {
                ctx.error(n, "track file weight missing");
                return;
            }
            int lim = Integer.MAX_VALUE;
            OptionalInt v = Numbers.readInt(ctx, n.position(), n.arg(0), -lim, lim);
            if (v.isEmpty()) {
                ctx.error(n, "weight for track file must be in [" + -lim + ".." + lim + "] inclusive. Ignoring...");
                return;
            }
            boolean reverse = false;
            if (n.argCount() >= 2) {
                switch (n.arg(1)) {
                    case "reverse" -> reverse = true;
                    case "noreverse" -> reverse = false;
                    default -> {
                        ctx.error(n, "unknown track file weight option " + n.arg(1) + " - ignoring");
                        return;
                    }
                }
            }
            c.weight = v.getAsInt();
            c.reverse = reverse;
        });
        return t;
    }

    private static boolean fileEnd(CheckDrafts.File c, ConfigNode node, BuildContext ctx) {
        if (c.trackFile == null) {
            ctx.report(ConfigErrorKind.GENERAL_ERROR, node.blockEnd(),
                    "FILE_CHECK has no track_file specified - ignoring");
            return false;
        }
        c.closePosition = node.blockEnd();
        return true;
    }
}
