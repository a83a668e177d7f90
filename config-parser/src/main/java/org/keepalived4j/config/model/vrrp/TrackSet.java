package org.keepalived4j.config.model.vrrp;

import java.util.List;

/**
 * Everything an instance or a sync group tracks.
 *
 * @param interfaces {@code track_interface} entries (interface names)
 * @param scripts    {@code track_script} entries
 * @param files      {@code track_file} entries
 * @param processes  {@code track_process} entries
 */
public record TrackSet(List<Tracked<String>> interfaces, List<Tracked<VrrpScript>> scripts,
                       List<Tracked<TrackFile>> files, List<Tracked<VrrpTrackProcess>> processes) {

    public TrackSet {
        interfaces = List.copyOf(interfaces);
        scripts = List.copyOf(scripts);
        files = List.copyOf(files);
        processes = List.copyOf(processes);
    }

    /** Nothing tracked. */
    public static final TrackSet EMPTY = new TrackSet(List.of(), List.of(), List.of(), List.of());
}
