package org.keepalived4j.config.build;

import org.keepalived4j.config.model.ScriptVerdict;

/**
 * What a registered script is for. keepalived checks scripts per process, with different messages, so
 * {@link ScriptSecurity} needs to know where each script came from.
 */
public enum ScriptUse {
    /** {@code vrrp_script NAME { script ... }}: a track script; the owner is the vrrp_script's name. */
    VRRP_TRACK(Group.VRRP),
    /** {@code notify*} of a vrrp_instance or vrrp_sync_group. */
    VRRP_NOTIFY(Group.VRRP),
    /** {@code MISC_CHECK { misc_path ... }}. */
    CHECKER_MISC(Group.CHECKER),
    /** {@code notify_up}/{@code notify_down} of a real server, {@code quorum_up}/{@code quorum_down}. */
    CHECKER_NOTIFY(Group.CHECKER),
    /** {@code notify_fifo_script}: run by both the VRRP and the checker process. */
    NOTIFY_FIFO(Group.BOTH),
    /** {@code vrrp_notify_fifo_script}. */
    VRRP_NOTIFY_FIFO(Group.VRRP),
    /** {@code lvs_notify_fifo_script}. */
    LVS_NOTIFY_FIFO(Group.CHECKER),
    /** {@code startup_script}/{@code shutdown_script}: run by the parent process. */
    START_STOP(Group.PARENT),
    /** Registered without saying: treated as a VRRP notify script. */
    OTHER(Group.VRRP);

    /** The keepalived process that checks (and runs) the script. */
    public enum Group { PARENT, VRRP, CHECKER, BOTH }

    private final Group group;

    ScriptUse(Group group) {
        this.group = group;
    }

    /** The process that checks the script. */
    public Group group() {
        return group;
    }

    /** The model's name for this use ({@link ScriptVerdict#purpose()}). */
    public ScriptVerdict.Purpose purpose() {
        return switch (this) {
            case VRRP_TRACK -> ScriptVerdict.Purpose.VRRP_TRACK;
            case VRRP_NOTIFY -> ScriptVerdict.Purpose.VRRP_NOTIFY;
            case CHECKER_MISC -> ScriptVerdict.Purpose.CHECKER_MISC;
            case CHECKER_NOTIFY -> ScriptVerdict.Purpose.CHECKER_NOTIFY;
            case NOTIFY_FIFO -> ScriptVerdict.Purpose.NOTIFY_FIFO;
            case VRRP_NOTIFY_FIFO -> ScriptVerdict.Purpose.VRRP_NOTIFY_FIFO;
            case LVS_NOTIFY_FIFO -> ScriptVerdict.Purpose.LVS_NOTIFY_FIFO;
            case START_STOP -> ScriptVerdict.Purpose.START_STOP;
            case OTHER -> ScriptVerdict.Purpose.OTHER;
        };
    }
}
