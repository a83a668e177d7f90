package org.keepalived4j.config.preprocess;

/**
 * Preprocessed lines handed out one at a time, so that a large configuration never has to be held in memory as a
 * whole: the reader drops each line once it has been read. {@link Preprocessor#open} gives one.
 */
@FunctionalInterface
public interface LineSource {

    /**
     * The next logical line.
     *
     * @return the line with its position, or {@code null} at the end of the configuration
     */
    SourceLine next();

    /** A source over lines already read (tests, tools). */
    static LineSource of(java.util.List<SourceLine> lines) {
        java.util.Iterator<SourceLine> it = lines.iterator();
        return () -> it.hasNext() ? it.next() : null;
    }
}
