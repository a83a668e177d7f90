package org.keepalived4j.config.build;

import java.util.OptionalLong;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * Reads {@code global_defs} and the top-level keywords that only set globals ({@code net_namespace},
 * {@code net_namespace_ipvs}, {@code namespace_with_ipsets}, {@code use_pid_dir}, {@code instance},
 * {@code child_wait_time}, {@code linkbeat_use_polling}), as keepalived 2.2.7's global_parser.c, then applies the
 * defaults keepalived derives after reading (init_global_data, vrrp_complete_init).
 *
 * <p>The global_defs keywords are grouped by theme: {@link GlobalSmtpKeywords}, {@link GlobalScriptKeywords},
 * {@link GlobalVrrpKeywords}, {@link GlobalLvsKeywords}, {@link GlobalDaemonKeywords},
 * {@link GlobalPlatformKeywords}, {@link GlobalMiscKeywords}.
 */
final class GlobalSection {

    /** Every keyword keepalived installs inside global_defs. */
    static final KeywordTable<GlobalDefsBuilder> GLOBAL_DEFS = globalDefsTable();

    private final BuildContext ctx;
    private final GlobalDefsBuilder b = new GlobalDefsBuilder();

    GlobalSection(BuildContext ctx) {
        this.ctx = ctx;
    }

    private static KeywordTable<GlobalDefsBuilder> globalDefsTable() {
        KeywordTable<GlobalDefsBuilder> t = new KeywordTable<>("global_defs");
        GlobalSmtpKeywords.register(t);
        GlobalScriptKeywords.register(t);
        GlobalVrrpKeywords.register(t);
        GlobalLvsKeywords.register(t);
        GlobalDaemonKeywords.register(t);
        GlobalPlatformKeywords.register(t);
        GlobalMiscKeywords.register(t);
        return t;
    }

    /** Adds this section's top-level keywords to the root table. */
    void register(KeywordTable<Void> root) {
        root.addBlock("global_defs", (v, n, c) -> {
            if (b.position.isNone()) {
                b.position = n.position();
            }
            GLOBAL_DEFS.apply(b, n.block(), c);
        });
        root.add("linkbeat_use_polling", (v, n, c) -> GlobalArgs.notSupported(n, c, "link beat polling"));
        root.add("net_namespace", (v, n, c) -> {
            GlobalArgs.notSupported(n, c, "network namespaces");
            if (!GlobalArgs.has(n, 1)) {
                c.error(n, "net_namespace name missing - ignoring");
            } else if (b.netNamespace != null) {
                c.error(n, "Duplicate net_namespace definition " + n.arg(0) + " - ignoring");
            } else {
                b.netNamespace = n.arg(0);
                b.usePidDir = true;
            }
        });
        root.add("net_namespace_ipvs", (v, n, c) -> {
            GlobalArgs.notSupported(n, c, "network namespaces");
            if (b.netNamespaceIpvs != null) {
                c.error(n, "Duplicate net_namespace_ipvs definition " + GlobalArgs.word(n, 1) + " - ignoring");
            } else {
                b.netNamespaceIpvs = GlobalArgs.has(n, 1) ? n.arg(0) : "";
            }
        });
        root.add("namespace_with_ipsets", (v, n, c) -> {
            GlobalArgs.notSupported(n, c, "ipsets");
            b.namespaceWithIpsets = true;
        });
        root.add("use_pid_dir", (v, n, c) -> b.usePidDir = true);
        root.add("instance", (v, n, c) -> {
            if (!GlobalArgs.has(n, 1)) {
                c.error(n, "instance name missing - ignoring");
            } else if (b.instanceName != null) {
                c.error(n, "Duplicate instance definition " + n.arg(0) + " - ignoring");
            } else {
                b.instanceName = n.arg(0);
                b.usePidDir = true;
            }
        });
        root.add("child_wait_time", (v, n, c) -> childWaitTime(n, c));
    }

    private void childWaitTime(ConfigNode n, BuildContext c) {
        String w = GlobalArgs.required(n, 1, c);
        if (w == null) {
            return;
        }
        OptionalLong s = GlobalArgs.unsigned(n, w, 0, GlobalArgs.UINT_MAX, c);
        if (s.isEmpty()) {
            c.error(n, "Invalid child_wait_time " + w);
            return;
        }
        b.childWaitTime = GlobalArgs.seconds(s.getAsLong());
    }

    /** Applies defaults and checks; called once after the whole file was read. */
    GlobalDefs finish() {
        HostView host = ctx.options().host();
        String localName = host.hostName();
        if (b.routerId == null) {
            b.routerId = localName;
        }
        if (b.smtpServer != null) {
            if (b.notificationEmailFrom == null) {
                b.notificationEmailFrom = (host.effectiveUid() == 0 ? "root" : System.getProperty("user.name"))
                        + "@" + localName;
            }
            if (b.smtpHelo == null) {
                b.smtpHelo = localName;
            }
        }
        fifoConflicts();
        // vrrp_complete_init: the lower priority GARP settings follow the master ones unless set.
        if (b.vrrpGarpLowerPrioRepeat == null) {
            b.vrrpGarpLowerPrioRepeat = b.vrrpGarpMasterRepeat;
        }
        if (b.vrrpGarpLowerPrioDelay == null) {
            b.vrrpGarpLowerPrioDelay = b.vrrpGarpMasterDelay;
        }
        return b.build();
    }

    /** init_global_data: a FIFO named twice would get every line twice. */
    private void fifoConflicts() {
        GlobalDefsBuilder.FifoBuilder g = b.notifyFifo;
        GlobalDefsBuilder.FifoBuilder v = b.vrrpNotifyFifo;
        GlobalDefsBuilder.FifoBuilder l = b.lvsNotifyFifo;
        if (g.path != null && g.path.equals(v.path)) {
            note(v.position, "notify FIFO " + v.path + " has been specified for global and vrrp FIFO - ignoring vrrp FIFO");
            v.path = null;
            v.script = null;
        }
        if (g.path != null && g.path.equals(l.path)) {
            note(l.position, "notify FIFO " + l.path + " has been specified for global and LVS FIFO - ignoring LVS FIFO");
            l.path = null;
            l.script = null;
        }
        if (l.path != null && l.path.equals(v.path) && l.script != null && v.script != null) {
            note(l.position, "LVS notify FIFO and vrrp FIFO are the same both with scripts - ignoring LVS FIFO script");
            l.script = null;
        }
    }

    private void note(SourcePosition at, String message) {
        ctx.report(org.keepalived4j.config.ConfigErrorKind.NOTICE, at, message);
    }
}
