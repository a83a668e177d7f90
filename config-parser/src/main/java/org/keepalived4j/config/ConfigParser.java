package org.keepalived4j.config;

import java.nio.file.Path;
import java.util.List;
import org.keepalived4j.config.build.BuildContext;
import org.keepalived4j.config.build.ModelBuilder;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.config.preprocess.Preprocessor;
import org.keepalived4j.config.preprocess.SourceLine;
import org.keepalived4j.config.tree.ConfigNode;
import org.keepalived4j.config.tree.TreeReader;

/**
 * Reads keepalived.conf into a {@link KeepalivedConfig}: preprocess, parse the block structure with the grammar,
 * build the model through keyword tables, check it.
 *
 * <pre>{@code
 * ParseResult r = ConfigParser.parse(Path.of("/etc/keepalived/keepalived.conf"), ParseOptions.configTest(null));
 * r.diagnostics().all().forEach(d -> System.err.println(d.format()));
 * }</pre>
 *
 * Never throws for bad input: every problem is a {@link Diagnostic} with file:line.
 */
public final class ConfigParser {

    private ConfigParser() {
    }

    /** Reads a file and everything it includes. */
    public static ParseResult parse(Path file, ParseOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        List<SourceLine> lines = new Preprocessor(options, diagnostics).read(file);
        return build(lines, options, diagnostics);
    }

    /** Reads text as the file {@code name}; includes are resolved against {@code baseDir}. */
    public static ParseResult parse(String text, String name, Path baseDir, ParseOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        List<SourceLine> lines = new Preprocessor(options, diagnostics).read(text, name, baseDir);
        return build(lines, options, diagnostics);
    }

    /** Reads text with default options and no host checks; handy for tests and tools. */
    public static ParseResult parse(String text) {
        return parse(text, "keepalived.conf", Path.of("."), ParseOptions.defaults());
    }

    private static ParseResult build(List<SourceLine> lines, ParseOptions options, Diagnostics diagnostics) {
        List<ConfigNode> statements = TreeReader.read(lines, diagnostics);
        KeepalivedConfig config = new ModelBuilder(new BuildContext(options, diagnostics)).build(statements);
        return new ParseResult(config, diagnostics);
    }
}
