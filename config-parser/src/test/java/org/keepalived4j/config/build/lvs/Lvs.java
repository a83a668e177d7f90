package org.keepalived4j.config.build.lvs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.build.BuildContext;
import org.keepalived4j.config.build.ModelBuilder;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.config.model.lvs.Check;
import org.keepalived4j.config.model.lvs.RealServer;
import org.keepalived4j.config.model.lvs.VirtualServer;
import org.keepalived4j.config.testing.StatementTrees;

/** Builds a config from text through the real model builder and gives tests short access to the result. */
record Lvs(KeepalivedConfig config, Diagnostics diagnostics) {

    static Lvs parse(String text) {
        Diagnostics d = new Diagnostics();
        BuildContext ctx = new BuildContext(ParseOptions.defaults(), d);
        KeepalivedConfig c = new ModelBuilder(ctx).build(StatementTrees.read(text, "t.conf"));
        return new Lvs(c, d);
    }

    List<VirtualServer> vs() {
        return config.lvs().virtualServers();
    }

    VirtualServer vs(int i) {
        return vs().get(i);
    }

    RealServer rs(int vs, int rs) {
        return vs(vs).realServers().get(rs);
    }

    Check check(int vs, int rs, int c) {
        return rs(vs, rs).checks().get(c);
    }

    /** The messages that count, formatted as keepalived prints them. */
    List<String> counting() {
        return diagnostics.all().stream().filter(x -> x.kind().counts()).map(Diagnostic::format).toList();
    }

    /** Every message, kind first, for failure output. */
    String dump() {
        return diagnostics.all().stream().map(x -> x.kind() + " " + x.format()).collect(Collectors.joining("\n"));
    }

    void assertClean() {
        assertEquals(List.of(), counting(), dump());
    }

    void assertMessages(String... expected) {
        assertEquals(List.of(expected), counting(), dump());
    }

    long count(ConfigErrorKind kind) {
        return diagnostics.all().stream().filter(x -> x.kind() == kind).count();
    }
}
