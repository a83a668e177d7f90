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
 * <p>Arguments: {@code [TRIALS] [OUTPUT_FILE]} (default 20 trials, report to stdout only). The bound is the
 * BACKUP's Master_Down_Interval (RFC 3768 section 6.1 / RFC 9568 section 6.1): the timer restarts at the last
 * advert received, so a kill just after an advert takes the whole interval; "over bound" is max minus that.
 */
public final class FailoverBench {
    private FailoverBench() {
    }

    /** One benchmark configuration's result. */
    record Result(String backup, String protocol, double boundMs, List<Double> samplesMs) {
        double percentile(double p) {
            List<Double> s = new ArrayList<>(samplesMs);
            s.sort(null);
            int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
            return s.get(Math.max(0, Math.min(s.size() - 1, i)));
        }

        double max() {
            return samplesMs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }
    }

    /** Runs every configuration and prints a Markdown table. */
    public static void main(String[] args) throws Exception {
        Lab.requireRoot("ip", "keepalived", "setsid");
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path work = Files.createTempDirectory("k4j-failover-bench");
        List<Result> results = new ArrayList<>();
        int slot = 200;
        for (String protocol : List.of("VRRPv2 advert_int 1", "VRRPv3 advert_int 0.1")) {
            for (boolean k4jBackup : List.of(true, false)) {
                results.add(run(slot++, work, protocol, k4jBackup, trials));
            }
        }
        String report = table(results, trials);
        System.out.println(report);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), report);
        }
    }

    static Result run(int slot, Path work, String protocol, boolean k4jBackup, int trials) throws Exception {
        boolean v3 = protocol.startsWith("VRRPv3");
        List<Double> samples = new ArrayList<>();
        try (Lab lab = Lab.create(slot, 1); VipWatch vipsA = VipWatch.start(lab.a);
             VipWatch vipsB = VipWatch.start(lab.b)) {
            String vipPrefixed = lab.ipv4(0, 100) + "/24";
            String vip = lab.ipv4(0, 100);
            Inst base = v3 ? Inst.v3("VI_1", 51, "0.1", vipPrefixed) : Inst.v2("VI_1", 51, vipPrefixed);
            Inst master = base.priority(200).master(true);
            Inst backup = base.priority(100);
            Path dir = work.resolve("s" + slot);
            Node b = k4jBackup ? new K4jNode(lab.b, dir.resolve("b")) : new KeepalivedNode(lab.b, dir.resolve("b"));
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
                    samples.add(ms);
                    System.out.printf(Locale.ROOT, "%s, %s BACKUP, trial %d: %.1f ms%n", protocol, b.label(), t + 1,
                            ms);
                    // the killed keepalived left its VIP behind, as a crashed host would; clean up for the next
                    Lab.sh("ip", "-n", lab.a, "addr", "del", vipPrefixed, "dev", "veth0");
                }
            }
            return new Result(b.label(), protocol, backup.masterDownMs(), samples);
        }
    }

    static String table(List<Result> results, int trials) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Failover after SIGKILL of a keepalived MASTER (priority 200), BACKUP"
                + " priority 100, %d trials each; time from kill(2) to the VIP's RTM_NEWADDR in the BACKUP's"
                + " namespace.%n%n", trials));
        sb.append("| protocol | BACKUP | median ms | p95 ms | max ms | RFC bound (Master_Down_Interval) ms |"
                + " max - bound ms |\n|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %+.1f |%n", r.protocol(),
                    r.backup(), r.percentile(50), r.percentile(95), r.max(), r.boundMs(), r.max() - r.boundMs()));
        }
        sb.append("\nRatio keepalived4j / keepalived:\n\n| protocol | median | p95 | max |\n|---|---|---|---|\n");
        for (int i = 0; i + 1 < results.size(); i += 2) {
            Result ours = results.get(i);
            Result theirs = results.get(i + 1);
            sb.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n", ours.protocol(),
                    ours.percentile(50) / theirs.percentile(50), ours.percentile(95) / theirs.percentile(95),
                    ours.max() / theirs.max()));
        }
        return sb.toString();
    }
}
