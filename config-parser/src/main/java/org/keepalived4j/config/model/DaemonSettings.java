package org.keepalived4j.config.model;

import java.time.Duration;
import java.util.Map;

/**
 * Process-level settings of {@code global_defs} and of the top-level keywords that only set globals
 * ({@code net_namespace}, {@code instance}, {@code use_pid_dir}, {@code child_wait_time}...).
 *
 * @param instanceName          {@code instance NAME}, or {@code null}
 * @param netNamespace          {@code net_namespace NAME}, or {@code null}
 * @param netNamespaceIpvs      {@code net_namespace_ipvs [NAME]} ("" is the default namespace), or {@code null}
 * @param namespaceWithIpsets   {@code namespace_with_ipsets}
 * @param usePidDir             pid files under /run/keepalived ({@code use_pid_dir}, implied by instance or
 *                              net_namespace)
 * @param childWaitTime         {@code child_wait_time}, or {@code null} for keepalived's default
 * @param umask                 {@code umask}, or {@code null}
 * @param randomSeed            {@code random_seed}, or {@code null}
 * @param processName           {@code process_name}, or {@code null}
 * @param vrrpProcessName       {@code vrrp_process_name} (or {@code process_names}), or {@code null}
 * @param checkerProcessName    {@code checker_process_name} (or {@code process_names}), or {@code null}
 * @param bfdProcessName        {@code bfd_process_name} (or {@code process_names}), or {@code null}
 * @param tuning                scheduling per child process; absent means {@link ProcessTuning#DEFAULT}
 * @param startupScript         {@code startup_script}, or {@code null}
 * @param startupScriptTimeout  {@code startup_script_timeout} (10 s once a script is set)
 * @param shutdownScript        {@code shutdown_script}, or {@code null}
 * @param shutdownScriptTimeout {@code shutdown_script_timeout} (10 s once a script is set)
 * @param reload                reload-related settings
 */
public record DaemonSettings(String instanceName, String netNamespace, String netNamespaceIpvs,
                             boolean namespaceWithIpsets, boolean usePidDir, Duration childWaitTime, Integer umask,
                             Long randomSeed, String processName, String vrrpProcessName, String checkerProcessName,
                             String bfdProcessName, Map<ChildProcess, ProcessTuning> tuning,
                             ScriptCommand startupScript, Duration startupScriptTimeout,
                             ScriptCommand shutdownScript, Duration shutdownScriptTimeout, Reload reload) {

    public DaemonSettings {
        tuning = Map.copyOf(tuning);
    }

    /** The scheduling of a child process. */
    public ProcessTuning tuning(ChildProcess process) {
        return tuning.getOrDefault(process, ProcessTuning.DEFAULT);
    }

    /** keepalived's child processes. */
    public enum ChildProcess { VRRP, CHECKER, BFD }

    /**
     * Reload settings ({@code reload_check_config}, {@code reload_time_file}, {@code reload_repeat},
     * {@code reload_file}, {@code config_save_dir}, {@code tmp_config_directory}, {@code data_use_instance}).
     *
     * @param checkConfigLog    where a config check before a reload logs ("/dev/null" without a file), or
     *                          {@code null} for no check
     * @param timeFile          {@code reload_time_file}, or {@code null}
     * @param repeat            {@code reload_repeat}
     * @param reloadFile        {@code reload_file} ("" for keepalived's default name), or {@code null}
     * @param configSaveDir     {@code config_save_dir}, or {@code null}
     * @param tmpConfigDir      {@code tmp_config_directory}, or {@code null}
     * @param dataUseInstance   {@code data_use_instance}
     */
    public record Reload(String checkConfigLog, String timeFile, boolean repeat, String reloadFile,
                         String configSaveDir, String tmpConfigDir, boolean dataUseInstance) {

        /** Nothing set. */
        public static final Reload DEFAULT = new Reload(null, null, false, null, null, null, false);
    }
}
