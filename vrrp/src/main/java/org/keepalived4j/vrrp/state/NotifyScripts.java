package org.keepalived4j.vrrp.state;

import java.util.List;
import java.util.Objects;

/**
 * Notify commands of an instance or sync group, each an argv (already split, run without a shell); empty when not
 * configured. keepalived appends nothing to {@code notify_master/backup/fault/stop} and appends
 * {@code INSTANCE|GROUP name state priority} to {@code notify}.
 *
 * @param master {@code notify_master}
 * @param backup {@code notify_backup}
 * @param fault  {@code notify_fault}
 * @param stop   {@code notify_stop}
 * @param any    {@code notify}
 */
public record NotifyScripts(List<String> master, List<String> backup, List<String> fault, List<String> stop,
                            List<String> any) {
    /** No scripts. */
    public static final NotifyScripts NONE = new NotifyScripts(List.of(), List.of(), List.of(), List.of(), List.of());

    /** Copies the lists. */
    public NotifyScripts {
        master = List.copyOf(Objects.requireNonNull(master, "master"));
        backup = List.copyOf(Objects.requireNonNull(backup, "backup"));
        fault = List.copyOf(Objects.requireNonNull(fault, "fault"));
        stop = List.copyOf(Objects.requireNonNull(stop, "stop"));
        any = List.copyOf(Objects.requireNonNull(any, "any"));
    }

    /** The state-specific command for {@code state}, empty if none. */
    public List<String> forState(VrrpState state) {
        return switch (state) {
            case MASTER -> master;
            case BACKUP -> backup;
            case FAULT -> fault;
            case STOP -> stop;
            case INIT -> List.of();
        };
    }
}
