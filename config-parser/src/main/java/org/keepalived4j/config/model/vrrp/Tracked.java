package org.keepalived4j.config.model.vrrp;

import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * A tracking entry of an instance or sync group ({@code track_interface}, {@code track_script}, {@code track_file},
 * {@code track_process}): what is tracked and with which weight. Weight 0 means the instance goes to FAULT when the
 * tracked object fails; otherwise the weight is added to (or, for failure of a positive/negative weight, taken from)
 * the priority; {@code reverse} inverts the sense.
 *
 * @param <T>      the tracked object: an interface name ({@link String}), {@link VrrpScript}, {@link TrackFile} or
 *                 {@link VrrpTrackProcess}
 * @param target   the tracked object, resolved
 * @param weight   the weight (from the line, else the object's own default)
 * @param reverse  {@code reverse}
 * @param position the line
 */
public record Tracked<T>(T target, int weight, boolean reverse, SourcePosition position) {

    public Tracked {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(position, "position");
    }

    /** A copy with another weight. */
    public Tracked<T> withWeight(int w) {
        return new Tracked<>(target, w, reverse, position);
    }
}
