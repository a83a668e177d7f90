package org.keepalived4j.config.build;

import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.VrrpConfig;

/** Reads the VRRP top-level blocks (vrrp_script, vrrp_instance, vrrp_sync_group, static_*...). Placeholder. */
final class VrrpSection {

    private final BuildContext ctx;

    VrrpSection(BuildContext ctx) {
        this.ctx = ctx;
    }

    /** Adds this section's top-level keywords to the root table. */
    void register(KeywordTable<Void> root) {
    }

    /** Applies defaults, resolves references and checks (keepalived's vrrp_complete_init). */
    VrrpConfig finish(GlobalDefs global) {
        return new VrrpConfig();
    }
}
