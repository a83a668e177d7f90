package org.keepalived4j.config.build;

import java.util.List;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.config.model.LvsConfig;
import org.keepalived4j.config.model.ScriptVerdicts;
import org.keepalived4j.config.model.VrrpConfig;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * Turns the statement tree into the model: one root keyword table assembled from the three sections (globals, VRRP,
 * LVS), then each section's checks in keepalived's order (globals, VRRP, then checkers).
 */
public final class ModelBuilder {

    private final BuildContext ctx;
    private final GlobalSection global;
    private final VrrpSection vrrp;
    private final LvsSection lvs;
    private final KeywordTable<Void> root = new KeywordTable<>(KeywordTable.ROOT);

    /** A builder reporting into the context's diagnostics. */
    public ModelBuilder(BuildContext ctx) {
        this.ctx = ctx;
        this.global = new GlobalSection(ctx);
        this.vrrp = new VrrpSection(ctx);
        this.lvs = new LvsSection(ctx);
        global.register(root);
        vrrp.register(root);
        lvs.register(root);
    }

    /** Builds the model from the top-level statements. Never throws for bad input. */
    public KeepalivedConfig build(List<ConfigNode> statements) {
        for (ConfigNode node : statements) {
            accept(node);
        }
        return finish();
    }

    /**
     * Reads one top-level statement, in file order (for a streaming reader: the statement need not be kept once
     * this returns, unless its section reads it only at {@link #finish()}).
     */
    public void accept(ConfigNode statement) {
        lvs.observe(statement);
        root.apply(null, statement, ctx);
    }

    /** Applies each section's checks in keepalived's order once every statement was read, and builds the model. */
    public KeepalivedConfig finish() {
        GlobalDefs g = global.finish();
        VrrpConfig v = vrrp.finish(g);
        LvsConfig l = lvs.finish(g, v);
        // keepalived checks scripts once everything is read, per process (VRRP, checkers, parent).
        ScriptVerdicts scripts = ScriptSecurity.check(ctx, g, !v.instances().isEmpty(), !l.virtualServers().isEmpty());
        return new KeepalivedConfig(g, v, l, scripts);
    }
}
