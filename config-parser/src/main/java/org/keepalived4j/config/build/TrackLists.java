package org.keepalived4j.config.build;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.model.vrrp.TrackFile;
import org.keepalived4j.config.model.vrrp.TrackSet;
import org.keepalived4j.config.model.vrrp.Tracked;
import org.keepalived4j.config.model.vrrp.VrrpScript;
import org.keepalived4j.config.model.vrrp.VrrpTrackProcess;

/** The mutable tracking lists of an instance or sync group while it is read. */
final class TrackLists {
    final List<Tracked<String>> interfaces = new ArrayList<>();
    final List<Tracked<VrrpScript>> scripts = new ArrayList<>();
    final List<Tracked<TrackFile>> files = new ArrayList<>();
    final List<Tracked<VrrpTrackProcess>> processes = new ArrayList<>();

    TrackSet toSet() {
        return new TrackSet(interfaces, scripts, files, processes);
    }
}
