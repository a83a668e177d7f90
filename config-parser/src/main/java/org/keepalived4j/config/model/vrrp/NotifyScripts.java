package org.keepalived4j.config.model.vrrp;

import org.keepalived4j.config.model.ScriptCommand;

/**
 * The notify scripts of an instance or sync group; each is null when not configured. keepalived runs the state
 * script with no extra arguments and the generic {@code notify} script with {@code TYPE NAME STATE PRIORITY}.
 *
 * @param master          {@code notify_master}
 * @param backup          {@code notify_backup}
 * @param fault           {@code notify_fault}
 * @param stop            {@code notify_stop}
 * @param generic         {@code notify} (generic)
 * @param deleted         {@code notify_deleted SCRIPT} (instances only)
 * @param masterRxLowerPri {@code notify_master_rx_lower_pri} (instances only)
 * @param notifyDeleted   {@code notify_deleted}: report the DELETED state (instead of FAULT) when the instance is
 *                        removed by a reload
 */
public record NotifyScripts(ScriptCommand master, ScriptCommand backup, ScriptCommand fault, ScriptCommand stop,
                            ScriptCommand generic, ScriptCommand deleted, ScriptCommand masterRxLowerPri,
                            boolean notifyDeleted) {

    /** No scripts. */
    public static final NotifyScripts NONE = new NotifyScripts(null, null, null, null, null, null, null, false);

    /** True if any script is set. */
    public boolean any() {
        return master != null || backup != null || fault != null || stop != null || generic != null
                || deleted != null || masterRxLowerPri != null;
    }
}
