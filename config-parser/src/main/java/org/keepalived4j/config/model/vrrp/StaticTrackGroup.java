package org.keepalived4j.config.model.vrrp;

import java.util.List;
import org.keepalived4j.config.SourcePosition;

/**
 * {@code track_group NAME { group { VI_1 VI_2 } }}: static addresses/routes/rules naming it are removed while every
 * member instance is in FAULT.
 *
 * @param name      the group's name
 * @param instances the member instances (existing ones only)
 * @param position  where the block starts
 */
public record StaticTrackGroup(String name, List<String> instances, SourcePosition position) {

    public StaticTrackGroup {
        instances = List.copyOf(instances);
    }
}
