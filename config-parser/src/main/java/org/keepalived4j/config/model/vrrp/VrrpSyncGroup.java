package org.keepalived4j.config.model.vrrp;

import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * {@code vrrp_sync_group NAME { group { VI_1 VI_2 } track_* notify_* smtp_alert sync_group_tracking_weight
 * notify_priority_changes }}: instances that change state together.
 *
 * @param name                     the group's name
 * @param members                  the member instances, in order (only existing ones, each in one group at most)
 * @param track                    what the group tracks (applies to every member)
 * @param notifyScripts                 the group's notify scripts
 * @param smtpAlert                send mail on group transitions (else global {@code smtp_alert_vrrp}/{@code smtp_alert})
 * @param trackingWeight           {@code sync_group_tracking_weight} (or the deprecated {@code global_tracking}):
 *                                 members keep their tracking weights
 * @param notifyPriorityChanges    {@code notify_priority_changes}, or null (members use the global setting)
 * @param position                 where the block starts
 */
public record VrrpSyncGroup(String name, List<String> members, TrackSet track, NotifyScripts notifyScripts,
                            boolean smtpAlert, boolean trackingWeight, Boolean notifyPriorityChanges,
                            SourcePosition position) {

    public VrrpSyncGroup {
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
        Objects.requireNonNull(track, "track");
        Objects.requireNonNull(notifyScripts, "notifyScripts");
        Objects.requireNonNull(position, "position");
    }
}
