package org.keepalived4j.config.build;

import org.keepalived4j.config.model.GlobalDefs;

/** Reads {@code global_defs} (and the other top-level keywords that only set globals). Placeholder. */
final class GlobalSection {

    private final BuildContext ctx;

    GlobalSection(BuildContext ctx) {
        this.ctx = ctx;
    }

    /** Adds this section's top-level keywords to the root table. */
    void register(KeywordTable<Void> root) {
    }

    /** Applies defaults and checks; called once after the whole file was read. */
    GlobalDefs finish() {
        return GlobalDefs.defaults(); // parser-vrrp placeholder until parser-global is merged
    }
}
