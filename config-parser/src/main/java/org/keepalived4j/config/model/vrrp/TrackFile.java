package org.keepalived4j.config.model.vrrp;

import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * {@code track_file NAME { file PATH; weight N [reverse]; init_file [VALUE] [overwrite] }} (also the deprecated
 * {@code vrrp_track_file}). The file holds a number; multiplied by the weight it changes the priority of the
 * instances that track it (0 weight: non-zero content means fault). Shared with the checkers.
 *
 * @param name          the name referenced by {@code track_file} in instances and sync groups
 * @param path          the file
 * @param weight        -254..254, default 1
 * @param weightReverse {@code reverse}
 * @param init          what to write at start-up, or null for nothing
 * @param position      where the block starts
 */
public record TrackFile(String name, String path, int weight, boolean weightReverse, Init init,
                        SourcePosition position) {

    /**
     * {@code init_file [VALUE] [overwrite]}: create the file with VALUE (default 0) if missing, or always write it.
     *
     * @param value     the value to write
     * @param overwrite write even if the file exists
     */
    public record Init(int value, boolean overwrite) {
    }

    public TrackFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(position, "position");
    }
}
