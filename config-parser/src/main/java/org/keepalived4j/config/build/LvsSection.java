package org.keepalived4j.config.build;

import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.LvsConfig;
import org.keepalived4j.config.model.VrrpConfig;

/** Reads virtual_server_group and virtual_server blocks with their real servers and checks. Placeholder. */
final class LvsSection {

    private final BuildContext ctx;

    LvsSection(BuildContext ctx) {
        this.ctx = ctx;
    }

    /** Adds this section's top-level keywords to the root table. */
    void register(KeywordTable<Void> root) {
    }

    /** Applies defaults, resolves groups and checks (keepalived's check validation). */
    LvsConfig finish(GlobalDefs global, VrrpConfig vrrp) {
        return new LvsConfig();
    }
}
