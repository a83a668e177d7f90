package org.keepalived4j.config.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Predicate;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.LvsConfig;
import org.keepalived4j.config.model.VrrpConfig;
import org.keepalived4j.config.model.lvs.SslContextConfig;
import org.keepalived4j.config.model.vrrp.TrackFile;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * The LVS top-level blocks, as keepalived's checker process reads them ({@code init_check_keywords}):
 * {@code virtual_server_group}, {@code virtual_server} (with {@code real_server} and the check blocks) and the
 * checkers' {@code SSL} context. {@link #finish} applies keepalived's post-read checks and defaults
 * ({@link LvsValidator}).
 */
final class LvsSection {

    private final BuildContext ctx;
    private final LvsRealServerTable realServers = new LvsRealServerTable();
    private final KeywordTable<LvsDrafts.Vs> virtualServer = LvsVirtualServerTable.create(realServers::handle);
    private final KeywordTable<SslDraft> sslTable = sslTable();
    private final List<LvsDrafts.Group> groups = new ArrayList<>();
    private final List<LvsDrafts.Vs> servers = new ArrayList<>();
    /** Names of the top-level track_file blocks read so far. */
    private final Set<String> trackFilesSeen = new HashSet<>();
    private SslContextConfig ssl;

    LvsSection(BuildContext ctx) {
        this.ctx = ctx;
    }

    /** Adds this section's top-level keywords to the root table. */
    void register(KeywordTable<Void> root) {
        root.addBlock("virtual_server_group", (v, node, c) -> {
            LvsDrafts.Group g = LvsGroupReader.read(node, c);
            if (g != null) {
                groups.add(g);
            }
        });
        root.addBlock("virtual_server", (v, node, c) -> virtualServer(node, c));
        root.addBlock("SSL", (v, node, c) -> ssl(node, c));
    }

    /**
     * Sees every top-level statement before it is handled, in file order: a FILE_CHECK may only use a
     * {@code track_file} block that came before it, as keepalived's checker resolves the name while it reads.
     */
    void observe(ConfigNode statement) {
        if ((statement.keyword().equals("track_file") || statement.keyword().equals("vrrp_track_file"))
                && statement.hasBlock() && statement.argCount() >= 1) {
            trackFilesSeen.add(statement.arg(0));
        }
    }

    /** Applies defaults, resolves groups and checks (keepalived's check validation). */
    LvsConfig finish(GlobalDefs global, VrrpConfig vrrp) {
        return new LvsValidator(ctx, globals(global), trackFiles(vrrp)).validate(groups, servers, ssl);
    }

    /** The global settings LVS defaults depend on: {@code smtp_alert_checker}, then {@code smtp_alert}. */
    static LvsGlobals globals(GlobalDefs global) {
        return new LvsGlobals(global.smtpAlertChecker(), global.smtpAlertConfigured() ? global.smtpAlert() : null);
    }

    /**
     * Whether a FILE_CHECK's {@code track_file} names a usable top-level {@code track_file} block: one the VRRP side
     * kept (it had a file), shared with the checkers as in keepalived.
     */
    static Predicate<String> trackFiles(VrrpConfig vrrp) {
        Set<String> names = new HashSet<>();
        for (TrackFile f : vrrp.trackFiles()) {
            names.add(f.name());
        }
        return names::contains;
    }

    /** {@code virtual_server IP [PORT] | fwmark N | group NAME { ... }} (keepalived's {@code alloc_vs}). */
    private void virtualServer(ConfigNode node, BuildContext c) {
        String p1 = LvsArgs.word(node, 1, c);
        if (p1 == null) {
            return;
        }
        String p2 = LvsArgs.optWord(node, 2);
        LvsDrafts.Vs vs = new LvsDrafts.Vs(node.position());
        if (p1.equals("group")) {
            if (LvsArgs.word(node, 2, c) == null) {
                return;
            }
            vs.groupName = p2;
        } else if (p1.equals("fwmark")) {
            if (LvsArgs.word(node, 2, c) == null) {
                return;
            }
            java.util.OptionalInt raw = Numbers.readUnsigned(c, node.position(), p2, 0, LvsVirtualServerTable.UINT_MAX);
            OptionalLong m = raw.isPresent() ? OptionalLong.of(Integer.toUnsignedLong(raw.getAsInt()))
                    : OptionalLong.empty();
            if (m.isEmpty()) {
                c.error(node, "virtual server fwmark '" + p2 + "' must be in [0, " + LvsVirtualServerTable.UINT_MAX
                        + "] - ignoring");
                return;
            }
            vs.fwmark = m.getAsLong();
        } else {
            String port = p2 != null && !LvsArgs.allZeros(p2) ? p2 : null;
            java.net.InetSocketAddress a = LvsArgs.sockaddr(node, p1, port, c);
            if (a == null) {
                c.error(node, "Invalid virtual server IP address" + (port != null ? "/port" : "") + " " + p1
                        + (port != null ? "/" + port : "") + " - skipping");
                return;
            }
            vs.address = a;
            vs.af = org.keepalived4j.config.model.lvs.AddressFamily.of(a.getAddress());
        }
        servers.add(vs);
        virtualServer.apply(vs, node.block(), c);
        for (LvsDrafts.Rs rs : vs.realServers) {
            for (CheckDrafts.Base check : rs.checks) {
                if (check instanceof CheckDrafts.File f && f.trackFile != null) {
                    f.declaredBefore = trackFilesSeen.contains(f.trackFile);
                }
            }
        }
        LvsEnd.virtualServer(vs, node, c);
    }

    /** The {@code SSL} block's contents while read. */
    static final class SslDraft {
        String password;
        String ca;
        String certificate;
        String key;
    }

    private void ssl(ConfigNode node, BuildContext c) {
        if (ssl != null) {
            c.error(node, "SSL context already specified - replacing");
        }
        SslDraft d = new SslDraft();
        sslTable.apply(d, node.block(), c);
        ssl = new SslContextConfig(d.password, d.ca, d.certificate, d.key, node.position());
    }

    private static KeywordTable<SslDraft> sslTable() {
        KeywordTable<SslDraft> t = new KeywordTable<>("SSL");
        t.add("password", (d, n, c) -> d.password = sslFile(n, c, d.password, "password"));
        t.add("ca", (d, n, c) -> d.ca = sslFile(n, c, d.ca, "cafile"));
        t.add("certificate", (d, n, c) -> d.certificate = sslFile(n, c, d.certificate, "certfile"));
        t.add("key", (d, n, c) -> d.key = sslFile(n, c, d.key, "keyfile"));
        return t;
    }

    private static String sslFile(ConfigNode n, BuildContext c, String previous, String type) {
        if (n.argCount() < 1) {
            c.error(n, "SSL " + type + " missing");
            return previous;
        }
        if (previous != null) {
            c.error(n, "SSL " + type + " already specified - replacing");
        }
        return n.arg(0);
    }
}
