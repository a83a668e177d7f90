package org.keepalived4j.vrrp.interop;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import org.keepalived4j.vrrp.interop.Conf.Inst;

/**
 * Failover benchmark (run on purpose, not a test; root): a keepalived MASTER (priority 200) and a BACKUP
 * (priority 100) that is keepalived4j or keepalived, in two namespaces joined by veth. Each trial starts the
 * MASTER, waits until it holds the VIP and the BACKUP has let go, waits a random fraction of an advert interval
 * (so kills land at every phase of the advert cycle), SIGKILLs the MASTER's process group with {@code kill(2)}
 * and measures until the VIP's {@code RTM_NEWADDR} arrives in the BACKUP's namespace. The BACKUP runs through
 * all trials, like a production daemon.
 *
 * <p>Arguments: {@code [TRIALS] [OUTPUT_FILE] [MAIN_CLASS]} (default 20 trials, report to stdout only,
 * keepalived4j run through {@link RuntimeFromConfigMain}; with {@code org.keepalived4j.core.Main}, and the daemon
 * on the class path, through the daemon as an operator runs it). The bound is the
 * BACKUP's Master_Down_Interval (RFC 3768 section 6.1 / RFC 9568 section 6.1): the timer restarts at the last
 * advert received, so a kill just after an advert takes the whole interval; "over bound" is max minus that.
 */
public final class FailoverBench {
    private FailoverBench() {
    }

    /** One benchmark configuration's result. */
    record Result(String backup, String protocol, double boundMs, List<Double> samplesMs,
                  List<Double> afterAdvertMs) {
        double percentile(double p) {
            return percentile(samplesMs, p);
        }

        static double percentile(List<Double> samples, double p) {
            List<Double> s = new ArrayList<>(samples);
            s.sort(null);
            int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
            return s.get(Math.max(0, Math.min(s.size() - 1, i)));
        }

        double max() {
            return max(samplesMs);
        }

        static double max(List<Double> samples) {
            return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }
    }

    /** Runs every configuration and prints a Markdown table. */
    public static void main(String[] args) throws Exception {
        Lab.requireRoot("ip", "keepalived", "setsid");
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        K4jNode.Launcher launcher = args.length > 2 ? K4jNode.Launcher.daemon(args[2]) : K4jNode.Launcher.RUNTIME;
        Path work = Files.createTempDirectory("k4j-failover-bench");
        List<Result> results = new ArrayList<>();
        int slot = 200;
        for (String protocol : List.of("VRRPv2 advert_int 1", "VRRPv3 advert_int 0.1")) {
            for (boolean k4jBackup : List.of(true, false)) {
                results.add(run(slot++, work, protocol, k4jBackup, trials, launcher));
            }
        }
        String report = "keepalived4j started through the " + launcher.name() + " (" + launcher.mainClass()
                + ").\n\n" + table(results, trials);
        System.out.println(report);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), report);
        }
    }

    static Result run(int slot, Path work, String protocol, boolean k4jBackup, int trials,
                      K4jNode.Launcher launcher) throws Exception {
        boolean v3 = protocol.startsWith("VRRPv3");
        List<Double> samples = new ArrayList<>();
        List<Double> afterAdvert = new ArrayList<>();
        try (Lab lab = Lab.create(slot, 1); VipWatch vipsA = VipWatch.start(lab.a);
             VipWatch vipsB = VipWatch.start(lab.b);
             WireWatch adverts = WireWatch.start(lab.b, "veth0", "ip proto 112 and src host " + lab.ipv4(0, 1),
                     true)) {
            String vipPrefixed = lab.ipv4(0, 100) + "/24";
            String vip = lab.ipv4(0, 100);
            Inst base = v3 ? Inst.v3("VI_1", 51, "0.1", vipPrefixed) : Inst.v2("VI_1", 51, vipPrefixed);
            Inst master = base.priority(200).master(true);
            Inst backup = base.priority(100);
            Path dir = work.resolve("s" + slot);
            Node b = k4jBackup ? new K4jNode(lab.b, dir.resolve("b"), launcher)
                    : new KeepalivedNode(lab.b, dir.resolve("b"));
            Node a = new KeepalivedNode(lab.a, dir.resolve("a"));
            double advMs = v3 ? 100 : 1000;
            try (a; b) {
                b.start(Conf.render("bench_b", backup));
                await().atMost(Duration.ofSeconds(30)).until(() -> b.ready("VI_1"));
                // let the BACKUP become MASTER alone once, so every trial starts from the same state
                await().atMost(Duration.ofSeconds(10)).until(() -> vipsB.has(vip));
                for (int t = 0; t < trials; t++) {
                    a.start(Conf.render("bench_a", master));
                    await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(5))
                            .until(() -> vipsA.has(vip) && !vipsB.has(vip));
                    // a few adverts in steady state, then a random phase within one interval
                    long phaseNs = (long) ((2 * advMs + ThreadLocalRandom.current().nextDouble() * advMs) * 1e6);
                    LockSupport.parkNanos(phaseNs);
                    long t0 = System.nanoTime();
                    a.kill9();
                    await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(1))
                            .until(() -> vipsB.has(vip));
                    double ms = (vipsB.addedAtNs(vip) - t0) / 1e6;
                    long vipWallUs = vipsB.addedAtWallUs(vip);
                    long lastAdvertUs = adverts.lastTimeUs("prio 200", vipWallUs);
                    double sinceAdvertMs = (vipWallUs - lastAdvertUs) / 1e3;
                    samples.add(ms);
                    afterAdvert.add(sinceAdvertMs);
                    adverts.clear();
                    System.out.printf(Locale.ROOT, "%s, %s BACKUP, trial %d: %.1f ms after the kill, %.1f ms after"
                            + " the last advert%n", protocol, b.label(), t + 1, ms, sinceAdvertMs);
                    // the killed keepalived left its VIP behind, as a crashed host would; clean up for the next
                    Lab.sh("ip", "-n", lab.a, "addr", "del", vipPrefixed, "dev", "veth0");
                }
            }
            return new Result(b.label(), protocol, backup.masterDownMs(), samples, afterAdvert);
        }
    }

    static String table(List<Result> results, int trials) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Failover after SIGKILL of a keepalived MASTER (priority 200), BACKUP"
                + " priority 100, %d trials each. \"After kill\": from kill(2) to the VIP's RTM_NEWADDR in the"
                + " BACKUP's namespace. \"After last advert\": from the MASTER's last advert as captured in the"
                + " BACKUP's namespace to that RTM_NEWADDR; the RFC's timer starts there, so this one should equal"
                + " the bound (Master_Down_Interval) plus the BACKUP's reaction time.%n%n", trials));
        sb.append("| protocol | BACKUP | after kill: median / p95 / max ms | after last advert: median / p95 / max"
                + " ms | bound ms | last advert: max - bound ms |\n|---|---|---|---|---|---|\n");
        for (Result r : results) {
            List<Double> a = r.afterAdvertMs();
            sb.append(String.format(Locale.ROOT, "| %s | %s | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %.1f |"
                            + " %+.1f |%n", r.protocol(), r.backup(), r.percentile(50), r.percentile(95), r.max(),
                    Result.percentile(a, 50), Result.percentile(a, 95), Result.max(a), r.boundMs(),
                    Result.max(a) - r.boundMs()));
        }
        sb.append("\nRatio keepalived4j / keepalived (below 1: keepalived4j faster):\n\n| protocol | after kill:"
                + " median | p95 | max | after last advert: median | p95 | max |\n|---|---|---|---|---|---|---|\n");
        for (int i = 0; i + 1 < results.size(); i += 2) {
            Result ours = results.get(i);
            Result theirs = results.get(i + 1);
            List<Double> oa = ours.afterAdvertMs();
            List<Double> ta = theirs.afterAdvertMs();
            sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                    ours.protocol(), ours.percentile(50) / theirs.percentile(50),
                    ours.percentile(95) / theirs.percentile(95), ours.max() / theirs.max(),
                    Result.percentile(oa, 50) / Result.percentile(ta, 50),
                    Result.percentile(oa, 95) / Result.percentile(ta, 95), Result.max(oa) / Result.max(ta)));
        }
        return sb.toString();
    }
}
