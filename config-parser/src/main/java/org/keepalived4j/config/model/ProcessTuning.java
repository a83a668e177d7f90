package org.keepalived4j.config.model;

import java.util.List;

/**
 * Scheduling of one keepalived child process ({@code vrrp_priority}, {@code vrrp_no_swap}, {@code vrrp_rt_priority},
 * {@code vrrp_cpu_affinity}, {@code vrrp_rlimit_rttime}, and the same with {@code checker_} and {@code bfd_}).
 *
 * @param nice             the nice value (-20..19), 0 when not set
 * @param noSwap           lock the process in memory
 * @param realtimePriority the SCHED_RR priority (1..99), 0 when not set
 * @param cpuAffinity      the CPUs the process may run on, empty for all
 * @param rlimitRtTimeUs   RLIMIT_RTTIME in micro-seconds (keepalived's default 10000)
 */
public record ProcessTuning(int nice, boolean noSwap, int realtimePriority, List<Integer> cpuAffinity,
                            long rlimitRtTimeUs) {

    /** keepalived's RT_RLIMIT_DEFAULT, micro-seconds. */
    public static final long DEFAULT_RLIMIT_RTTIME_US = 10000;

    /** Nothing set. */
    public static final ProcessTuning DEFAULT = new ProcessTuning(0, false, 0, List.of(), DEFAULT_RLIMIT_RTTIME_US);

    public ProcessTuning {
        cpuAffinity = List.copyOf(cpuAffinity);
    }
}
