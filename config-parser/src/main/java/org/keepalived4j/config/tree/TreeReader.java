package org.keepalived4j.config.tree;

import java.util.List;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.preprocess.SourceLine;

/** Placeholder: runs the ANTLR grammar over preprocessed lines and builds the statement tree. */
public final class TreeReader {

    private TreeReader() {
    }

    /** Reads statements; brace and quote problems are reported, never thrown. */
    public static List<ConfigNode> read(List<SourceLine> lines, Diagnostics diagnostics) {
        return List.of();
    }
}
