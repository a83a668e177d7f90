package org.keepalived4j.check.runtime;

import java.util.Map;
import org.keepalived4j.config.model.vrrp.TrackFile;

/**
 * The {@code track_file}s a {@link CheckEngine}'s FILE_CHECKs follow: their definitions by name and their current
 * values (a file that is not followed, e.g. because its directory does not exist, is absent from {@code values}).
 *
 * @param definitions the {@code track_file} blocks by name
 * @param values      the files' current values by name
 */
public record TrackFiles(Map<String, TrackFile> definitions, Map<String, Long> values) {

    /** No track files. */
    public static final TrackFiles NONE = new TrackFiles(Map.of(), Map.of());

    public TrackFiles {
        definitions = Map.copyOf(definitions);
        values = Map.copyOf(values);
    }
}
