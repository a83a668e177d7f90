package org.keepalived4j.config.model.lvs;

import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * {@code FILE_CHECK { track_file NAME; weight N [reverse|noreverse] }}: the real server follows a top-level
 * {@code track_file NAME { file PATH; weight N }}; the number in the file, times the weight, is added to the real
 * server's weight (a resulting weight below 0 means down). Not periodic: the file is watched.
 *
 * @param trackFile the {@code track_file} block's name
 * @param weight    this check's {@code weight}, or {@code null} to use the track_file's own weight
 * @param reverse   {@code reverse}: the weight is subtracted (only meaningful with a weight)
 * @param position  where the block began
 */
public record FileCheck(String trackFile, Integer weight, boolean reverse, SourcePosition position)
        implements Check {

    public FileCheck {
        Objects.requireNonNull(trackFile, "trackFile");
        Objects.requireNonNull(position, "position");
    }

    @Override
    public String keyword() {
        return "FILE_CHECK";
    }
}
