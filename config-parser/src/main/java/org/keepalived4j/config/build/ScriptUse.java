package org.keepalived4j.config.build;

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
}
