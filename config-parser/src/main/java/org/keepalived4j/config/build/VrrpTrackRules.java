package org.keepalived4j.config.build;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.vrrp.TrackFile;
import org.keepalived4j.config.model.vrrp.TrackSet;
import org.keepalived4j.config.model.vrrp.Tracked;
import org.keepalived4j.config.model.vrrp.VrrpScript;
import org.keepalived4j.config.model.vrrp.VrrpSyncGroup;

/**
 * The weight rules of vrrp_complete_instance: an instance doesn't track its own interface; in a sync group without
 * {@code sync_group_tracking_weight}, and for the address owner, weights are dropped (keepalived: "ignoring ... due to
 * SYNC group / address owner").
 */
final class VrrpTrackRules {

    private VrrpTrackRules() {
    }

    static TrackSet instanceTrack(BuildContext ctx, VrrpInstanceBuilder b, VrrpSyncGroup group, boolean owner) {
        String t = b.tag();
        List<Tracked<String>> ifs = new ArrayList<>();
        for (Tracked<String> ti : b.track.interfaces) {
            if (b.interfaceName != null && ti.target().equals(b.interfaceName)) {
                err(ctx, t + " Ignoring track_interface " + b.interfaceName + " since own interface");
            } else {
                ifs.add(ti);
            }
        }
        List<Tracked<VrrpScript>> scripts = new ArrayList<>(b.track.scripts);
        List<Tracked<TrackFile>> files = new ArrayList<>(b.track.files);
        boolean syncNoWeight = group != null && !group.trackingWeight();
        if (syncNoWeight || owner) {
            String why = syncNoWeight ? "SYNC group" : "address owner";
            String why2 = syncNoWeight ? "SYNC group" : "address_owner";
            List<Tracked<String>> kept = new ArrayList<>();
            for (Tracked<String> ti : ifs) {
                if (ti.weight() != 0) {
                    err(ctx, t + " ignoring " + ti.target() + " tracked interface " + (syncNoWeight ? "weight " : "")
                            + "due to " + why);
                    if (syncNoWeight) {
                        kept.add(ti.withWeight(0));
                    }
                } else {
                    kept.add(ti);
                }
            }
            ifs = kept;
            scripts.removeIf(sc -> {
                if (sc.weight() != 0) {
                    err(ctx, t + " ignoring tracked script " + sc.target().name() + " with weights due to " + why2);
                    return true;
                }
                return false;
            });
            List<Tracked<TrackFile>> keptFiles = new ArrayList<>();
            for (Tracked<TrackFile> tf : files) {
                if (tf.weight() == 1) {
                    err(ctx, t + " ignoring weight from tracked file " + tf.target().name() + " due to " + why2
                            + ". specify weight 0");
                    keptFiles.add(tf.withWeight(0));
                } else if (tf.weight() != 0) {
                    err(ctx, t + " ignoring tracked file " + tf.target().name() + " with weight " + tf.weight()
                            + " due to " + why2);
                } else {
                    keptFiles.add(tf);
                }
            }
            files = keptFiles;
        }
        return new TrackSet(ifs, scripts, files, b.track.processes);
    }

    private static void err(BuildContext ctx, String msg) {
        ctx.report(ConfigErrorKind.GENERAL_ERROR, SourcePosition.NONE, msg);
    }
}
