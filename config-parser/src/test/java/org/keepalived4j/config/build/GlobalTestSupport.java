package org.keepalived4j.config.build;

import org.keepalived4j.config.HostView;
import org.keepalived4j.config.model.GlobalDefs;

/** Runs the global section over a config text. */
final class GlobalTestSupport {

    final BuildContext ctx;
    final GlobalDefs globals;

    private GlobalTestSupport(BuildContext ctx, GlobalDefs globals) {
        this.ctx = ctx;
        this.globals = globals;
    }

    static GlobalTestSupport read(String text) {
        return read(text, TestTrees.host());
    }

    static GlobalTestSupport read(String text, HostView host) {
        BuildContext ctx = TestTrees.context(host);
        GlobalSection g = new GlobalSection(ctx);
        KeywordTable<Void> root = new KeywordTable<>("root");
        g.register(root);
        root.apply(null, TestTrees.parse(text), ctx);
        return new GlobalTestSupport(ctx, g.finish());
    }

    java.util.List<String> messages() {
        return TestTrees.messages(ctx);
    }

    java.util.List<String> notices() {
        return TestTrees.notices(ctx);
    }
}
