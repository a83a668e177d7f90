package org.keepalived4j.config.model;

import java.util.Objects;

/**
 * A whole keepalived.conf, read and checked: the immutable contract between the parser and the daemon.
 *
 * @param globalDefs {@code global_defs} with every default applied
 * @param vrrp       the VRRP side: scripts, trackers, sync groups, instances, static addresses/routes/rules
 * @param lvs        the LVS side: virtual server groups and virtual servers with their real servers and checks
 * @param scripts    keepalived's verdict on every script (which run, the command, as whom; which are refused)
 */
public record KeepalivedConfig(GlobalDefs globalDefs, VrrpConfig vrrp, LvsConfig lvs, ScriptVerdicts scripts) {

    public KeepalivedConfig {
        Objects.requireNonNull(globalDefs, "globalDefs");
        Objects.requireNonNull(vrrp, "vrrp");
        Objects.requireNonNull(lvs, "lvs");
        Objects.requireNonNull(scripts, "scripts");
    }

    /** A config whose scripts were not checked ({@link ScriptVerdicts#NONE}: every script runs as configured). */
    public KeepalivedConfig(GlobalDefs globalDefs, VrrpConfig vrrp, LvsConfig lvs) {
        this(globalDefs, vrrp, lvs, ScriptVerdicts.NONE);
    }
}
