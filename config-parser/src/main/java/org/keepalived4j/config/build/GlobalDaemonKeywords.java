package org.keepalived4j.config.build;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.keepalived4j.config.model.DaemonSettings.ChildProcess;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * global_defs keywords about the processes: names ({@code process_name}, {@code vrrp_process_name},
 * {@code checker_process_name}, {@code bfd_process_name}, {@code process_names}) and scheduling
 * ({@code vrrp_priority}, {@code vrrp_no_swap}, {@code vrrp_rt_priority}, {@code vrrp_cpu_affinity},
 * {@code vrrp_rlimit_rttime} and the {@code checker_}/{@code bfd_} variants). keepalived4j reads and checks them but
 * does not act on them yet: each gives a NOTICE.
 */
final class GlobalDaemonKeywords {

    /** TASK_COMM_LEN - 1. */
    private static final int MAX_PROCESS_NAME = 15;
    /** SCHED_RR priority range on Linux. */
    private static final int RT_MIN = 1;
    private static final int RT_MAX = 99;

    private GlobalDaemonKeywords() {
    }

    static void register(KeywordTable<GlobalDefsBuilder> t) {
        t.add("process_names", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "process names");
            b.vrrpProcessName = "keepalived_vrrp";
            b.checkerProcessName = "keepalived_lvs";
            b.bfdProcessName = "keepalived_bfd";
        });
        t.add("process_name", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "process names");
            b.processName = processName(n, ctx, b.processName);
        });
        t.add("vrrp_process_name", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "process names");
            b.vrrpProcessName = processName(n, ctx, b.vrrpProcessName);
        });
        t.add("checker_process_name", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "process names");
            b.checkerProcessName = processName(n, ctx, b.checkerProcessName);
        });
        t.add("lvs_process_name", (b, n, ctx) -> {
            GlobalArgs.info(n, ctx, "'lvs_process_name' is deprecated - please use 'checker_process_name'");
            GlobalArgs.notSupported(n, ctx, "process names");
            b.checkerProcessName = processName(n, ctx, b.checkerProcessName);
        });
        t.add("bfd_process_name", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "BFD");
            b.bfdProcessName = processName(n, ctx, b.bfdProcessName);
        });
        for (ChildProcess p : ChildProcess.values()) {
            String prefix = p.name().toLowerCase(java.util.Locale.ROOT);
            String what = p == ChildProcess.BFD ? "BFD" : "process scheduling";
            t.add(prefix + "_priority", (b, n, ctx) -> {
                GlobalArgs.notSupported(n, ctx, what);
                b.tuning(p).nice = nice(n, ctx, prefix);
            });
            t.add(prefix + "_no_swap", (b, n, ctx) -> {
                GlobalArgs.notSupported(n, ctx, what);
                b.tuning(p).noSwap = true;
            });
            t.add(prefix + "_rt_priority", (b, n, ctx) -> {
                GlobalArgs.notSupported(n, ctx, what);
                int v = realtimePriority(n, ctx, prefix);
                if (v >= 0) {
                    b.tuning(p).realtimePriority = v;
                }
            });
            t.add(prefix + "_cpu_affinity", (b, n, ctx) -> {
                GlobalArgs.notSupported(n, ctx, what);
                List<Integer> cpus = cpuAffinity(n, ctx, prefix);
                if (cpus != null) {
                    b.tuning(p).cpuAffinity = cpus;
                }
            });
            KeywordTable.Handler<GlobalDefsBuilder> rlimit = (b, n, ctx) -> {
                GlobalArgs.notSupported(n, ctx, what);
                b.tuning(p).rlimitRtTimeUs = rlimitRtTime(n, ctx, prefix);
            };
            t.add(prefix + "_rlimit_rttime", rlimit);
            t.add(prefix + "_rlimit_rtime", rlimit);
        }
    }

    private static String processName(ConfigNode n, BuildContext ctx, String current) {
        if (!GlobalArgs.has(n, 1)) {
            ctx.error(n, "Process name missing");
            return current;
        }
        String name = n.arg(0);
        if (name.length() > MAX_PROCESS_NAME) {
            ctx.error(n, "Process name " + name + " more than " + MAX_PROCESS_NAME + " characters, truncating");
            name = name.substring(0, MAX_PROCESS_NAME);
        }
        return name;
    }

    /** get_priority: the nice value, 0 after an error. */
    private static int nice(ConfigNode n, BuildContext ctx, String process) {
        if (!GlobalArgs.has(n, 1)) {
            ctx.error(n, "No " + process + " process priority specified");
            return 0;
        }
        OptionalInt v = Numbers.readInt(ctx, n.position(), n.arg(0), -20, 19);
        if (v.isEmpty()) {
            ctx.error(n, "Invalid " + process + " process priority specified");
            return 0;
        }
        return v.getAsInt();
    }

    /** get_realtime_priority: clamped into [1, 99]; -1 after an error. */
    private static int realtimePriority(ConfigNode n, BuildContext ctx, String process) {
        if (!GlobalArgs.has(n, 1)) {
            ctx.error(n, "No " + process + " process real-time priority specified");
            return -1;
        }
        OptionalInt v = Numbers.readInt(ctx, n.position(), n.arg(0), Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (v.isEmpty()) {
            ctx.error(n, process + " process real-time priority '" + n.arg(0) + "' invalid");
            return -1;
        }
        int p = v.getAsInt();
        if (p < RT_MIN) {
            ctx.error(n, process + " process real-time priority " + p + " less than minimum " + RT_MIN
                    + " - setting to minimum");
            return RT_MIN;
        }
        if (p > RT_MAX) {
            ctx.error(n, process + " process real-time priority " + p + " greater than maximum " + RT_MAX
                    + " - setting to maximum");
            return RT_MAX;
        }
        return p;
    }

    /** get_cpu_affinity: the CPU ids, or {@code null} after an error (keepalived then clears the set). */
    private static List<Integer> cpuAffinity(ConfigNode n, BuildContext ctx, String process) {
        if (!GlobalArgs.has(n, 1)) {
            ctx.error(n, "No " + process + " cpu_id set specified");
            return null;
        }
        int max = ctx.options().host().onlineCpus() - 1;
        List<Integer> cpus = new ArrayList<>();
        for (int i = 0; i < n.argCount(); i++) {
            String w = n.arg(i);
            OptionalInt v = Numbers.readInt(ctx, n.position(), w, 0, max);
            if (v.isEmpty()) {
                // keepalived prints what strtol made of the word.
                ctx.error(n, "Invalid cpu_id:" + leadingInt(w) + " specified for " + process + " process");
                return List.of();
            }
            if (!cpus.contains(v.getAsInt())) {
                cpus.add(v.getAsInt());
            }
        }
        return cpus;
    }

    /** get_rt_rlimit: micro-seconds, at least 2; 0 after an error. */
    private static long rlimitRtTime(ConfigNode n, BuildContext ctx, String process) {
        String k = n.keyword();
        if (k.endsWith("_rtime")) {
            GlobalArgs.info(n, ctx, "Keyword '" + k + "' is deprecated - please use '"
                    + k.substring(0, k.length() - 5) + "rttime'");
        }
        String w = GlobalArgs.required(n, 1, ctx);
        if (w == null) {
            return 0;
        }
        OptionalLong v = GlobalArgs.unsigned(n, w, 1, GlobalArgs.UINT_MAX, ctx);
        if (v.isEmpty()) {
            ctx.error(n, "Invalid " + process + " real-time limit - " + w);
            return 0;
        }
        return Math.max(2, v.getAsLong());
    }

    /** What C's strtol makes of the start of a word (0 if it has no digits). */
    static long leadingInt(String w) {
        int i = 0;
        while (i < w.length() && Character.isWhitespace(w.charAt(i))) {
            i++;
        }
        int start = i;
        if (i < w.length() && (w.charAt(i) == '-' || w.charAt(i) == '+')) {
            i++;
        }
        while (i < w.length() && Character.isDigit(w.charAt(i)) && i - start < 18) {
            i++;
        }
        try {
            return Long.parseLong(w.substring(start, i));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
