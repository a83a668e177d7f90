package org.keepalived4j.config;

import java.nio.file.Path;
import org.keepalived4j.config.build.BuildContext;
import org.keepalived4j.config.build.ModelBuilder;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.config.preprocess.Preprocessor;
import org.keepalived4j.config.preprocess.LineSource;
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
        return build(new Preprocessor(options, diagnostics).open(file), options, diagnostics);
    }

    /** Reads text as the file {@code name}; includes are resolved against {@code baseDir}. */
    public static ParseResult parse(String text, String name, Path baseDir, ParseOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        return build(new Preprocessor(options, diagnostics).open(text, name, baseDir), options, diagnostics);
    }

    /** Reads text with default options and no host checks; handy for tests and tools. */
    public static ParseResult parse(String text) {
        return parse(text, "keepalived.conf", Path.of("."), ParseOptions.defaults());
    }

    /**
     * Streams: the preprocessor hands out lines as the parser needs them, and each top-level statement goes to the
     * model builder as soon as it is read, so a large configuration is never held as text, tokens or tree at once.
     */
    private static ParseResult build(LineSource lines, ParseOptions options, Diagnostics diagnostics) {
        ModelBuilder builder = new ModelBuilder(new BuildContext(options, diagnostics));
        TreeReader.read(lines, diagnostics, builder::accept);
        KeepalivedConfig config = builder.finish();
        return new ParseResult(config, diagnostics);
    }
}
