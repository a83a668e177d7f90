package org.keepalived4j.config.build;

import java.util.List;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.ScriptCommand;

/** A {@code vrrp_sync_group} while it is read (keepalived's vrrp_sgroup_t as alloc_vrrp_sync_group sets it). */
final class VrrpSyncGroupBuilder {
    final String name;
    final SourcePosition position;
    List<String> memberNames;
    final TrackLists track = new TrackLists();
    ScriptCommand notifyMaster;
    ScriptCommand notifyBackup;
    ScriptCommand notifyFault;
    ScriptCommand notifyStop;
    ScriptCommand notify;
    Boolean smtpAlert;
    boolean trackingWeight;
    Boolean notifyPriorityChanges;

    VrrpSyncGroupBuilder(String name, SourcePosition position) {
        this.name = name;
        this.position = position;
    }
}
