package org.keepalived4j.vrrp.interop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What crosses an interface, as {@code tcpdump -l -n -e} prints it in a namespace (gratuitous ARPs, unsolicited
 * neighbour advertisements, VRRP adverts): one line per frame, kept with its arrival time. {@link #start} returns
 * once tcpdump says it is listening.
 */
public final class WireWatch implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private WireWatch(Process process) {
        this.process = process;
    }

    /**
     * Starts tcpdump on {@code ifName} in {@code namespace} with a pcap {@code filter} (e.g. {@code "arp"} or
     * {@code "icmp6 and ip6[40] == 136"}).
     */
    public static WireWatch start(String namespace, String ifName, String filter) throws IOException,
            InterruptedException {
        return start(namespace, ifName, filter, false);
    }

    /**
     * {@link #start(String, String, String)}; with {@code epochTimes} each line starts with the packet's kernel
     * time in seconds since the epoch ({@code -tt}), see {@link #lastTimeUs}.
     */
    public static WireWatch start(String namespace, String ifName, String filter, boolean epochTimes)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", namespace, "tcpdump", "-i", ifName, "-l",
                "-n", "-e", "-s", "256", "--immediate-mode"));
        if (epochTimes) {
            cmd.add("-tt");
        }
        cmd.addAll(List.of(filter.split(" ")));
        Process p = new ProcessBuilder(cmd).start();
        WireWatch w = new WireWatch(p);
        CountDownLatch listening = new CountDownLatch(1);
        StringBuilder err = new StringBuilder();
        Thread.ofPlatform().daemon().name("tcpdump-err-" + namespace).start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream()))) {
                for (String line; (line = r.readLine()) != null; ) {
                    err.append(line).append('\n');
                    if (line.contains("listening on")) {
                        listening.countDown();
                    }
                }
            } catch (IOException e) {
                err.append(e);
            }
        });
        Thread.ofPlatform().daemon().name("tcpdump-" + namespace).start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
                for (String line; (line = r.readLine()) != null; ) {
                    w.lines.add(line);
                }
            } catch (IOException e) {
                // process ended
            }
        });
        if (!listening.await(10, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tcpdump did not start in " + namespace + ": " + err);
        }
        return w;
    }

    /** Lines seen so far containing every one of {@code parts}. */
    public long count(String... parts) {
        return lines.stream().filter(l -> {
            for (String s : parts) {
                if (!l.contains(s)) {
                    return false;
                }
            }
            return true;
        }).count();
    }

    /**
     * The {@code -tt} time (µs since the epoch) of the last line containing {@code part} that is not after
     * {@code notAfterUs}, or -1.
     */
    public long lastTimeUs(String part, long notAfterUs) {
        long best = -1;
        for (String l : lines) {
            if (!l.contains(part)) {
                continue;
            }
            int sp = l.indexOf(' ');
            String[] secUs = l.substring(0, sp).split("\\.");
            long t = Long.parseLong(secUs[0]) * 1_000_000L + Long.parseLong(secUs[1]);
            if (t <= notAfterUs && t > best) {
                best = t;
            }
        }
        return best;
    }

    /** Forgets the lines seen so far. */
    public void clear() {
        lines.clear();
    }

    /** Every line so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
