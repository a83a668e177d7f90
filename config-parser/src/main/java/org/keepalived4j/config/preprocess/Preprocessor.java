package org.keepalived4j.config.preprocess;

import java.nio.file.Path;
import java.util.List;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.ParseOptions;

/** Placeholder: reads a config file into logical lines (includes, $VAR, @id, ~SEQ, comments). */
public final class Preprocessor {

    private final ParseOptions options;
    private final Diagnostics diagnostics;

    public Preprocessor(ParseOptions options, Diagnostics diagnostics) {
        this.options = options;
        this.diagnostics = diagnostics;
    }

    /** Reads a file and everything it includes. */
    public List<SourceLine> read(Path file) {
        return List.of();
    }

    /** Reads text as if it were the file {@code name}; includes resolve against {@code baseDir}. */
    public List<SourceLine> read(String text, String name, Path baseDir) {
        return List.of();
    }
}
