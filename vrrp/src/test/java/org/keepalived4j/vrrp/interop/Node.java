package org.keepalived4j.vrrp.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One VRRP speaker of a scenario running in a namespace: keepalived ({@link KeepalivedNode}) or keepalived4j
 * ({@link K4jNode}). Started from config text; stopped with SIGKILL (a crash: no goodbye advert) or SIGTERM (a
 * graceful stop: priority 0). Its console log is kept in a file for assertions and for the report on failure.
 */
public abstract sealed class Node implements AutoCloseable permits KeepalivedNode, K4jNode {
    /** The namespace it runs in. */
    protected final String namespace;
    /** Its private directory (config, pid files, log, stats). */
    protected final Path dir;
    private final String label;
    private Process process;
    private int starts;

    Node(String label, String namespace, Path dir) {
        this.label = label;
        this.namespace = namespace;
        this.dir = dir;
    }

    /** The command line that runs the daemon on {@code conf} in the foreground. */
    abstract List<String> command(Path conf);

    /** The line its log shows once it has read its config and entered its initial state. */
    abstract String readyLine(String instance);

    /** Writes {@code confText} and starts the daemon (again, after a stop: the log is appended to). */
    public final void start(String confText) throws IOException {
        Files.createDirectories(dir);
        Path conf = dir.resolve("node.conf");
        Files.writeString(conf, confText);
        starts++;
        Path log = dir.resolve("node.log");
        Files.writeString(log, "==== start " + starts + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        List<String> all = new java.util.ArrayList<>(List.of("ip", "netns", "exec", namespace));
        all.addAll(command(conf));
        ProcessBuilder pb = new ProcessBuilder(all).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // dumps (keepalived.data, keepalived.stats) go to $TMPDIR: one directory per node
        pb.environment().put("TMPDIR", dir.toAbsolutePath().toString());
        process = pb.start();
    }

    /** The process id ({@code ip netns exec} replaces itself with the daemon). */
    public final long pid() {
        return process.pid();
    }

    /** SIGKILL: the node vanishes without a goodbye advert. */
    public abstract void kill9() throws IOException, InterruptedException;

    /** SIGTERM: the node stops gracefully (priority 0 advert, VIPs removed). */
    public final void term() throws IOException, InterruptedException {
        Signals.send(pid(), Signals.SIGTERM);
    }

    /** Waits for the process to end. */
    public final boolean awaitExit(long ms) throws InterruptedException {
        return process == null || process.waitFor(ms, TimeUnit.MILLISECONDS);
    }

    /** Whether it is running. */
    public final boolean alive() {
        return process != null && process.isAlive();
    }

    /** Everything logged so far, all runs. */
    public final String log() {
        try {
            Path p = dir.resolve("node.log");
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** What the current run logged. */
    public final String currentLog() {
        String all = log();
        int i = all.lastIndexOf("==== start ");
        return i < 0 ? all : all.substring(i);
    }

    /** Whether the current run logged {@code text}. */
    public final boolean logged(String text) {
        return currentLog().contains(text);
    }

    /** Whether the current run has entered its initial state for {@code instance}. */
    public final boolean ready(String instance) {
        return logged(readyLine(instance));
    }

    /** Who this is, for messages. */
    public final String label() {
        return label;
    }

    @Override
    public String toString() {
        return label + " in " + namespace;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            try {
                kill9();
            } catch (IOException | InterruptedException e) {
                process.destroyForcibly();
            }
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
