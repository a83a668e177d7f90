package org.keepalived4j.netlink.vm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One running VM that executes scripts on request, over the run directory shared with the guest (9p tag
 * {@code io}, {@code /run/k4j-io} in the guest). The protocol, also described in {@code vm/guest-init.sh}:
 * <ol>
 *   <li>the guest writes {@code ready} when ip_vs, the schedulers and the test network are up;</li>
 *   <li>the host drops {@code cmd-N.sh} (N = 1, 2, ...; written aside and renamed, so it appears complete);</li>
 *   <li>the guest runs it and writes {@code out-N}, {@code err-N}, then {@code rc-N}: its appearance means done;</li>
 *   <li>a file named {@code shutdown} makes the guest power off once no command is waiting.</li>
 * </ol>
 * A script that overruns its timeout leaves the VM in an unknown state: the session kills it and every later call
 * fails. Not thread-safe: one test thread drives a session.
 */
public final class VmSession implements AutoCloseable {
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 200;
    private static final int LOG_TAIL_LINES = 25;

    private final Path runDir;
    private final Process qemu;
    private final WatchService watcher;
    private final Thread killOnExit;
    private int nextCommand = 1;
    private String brokenReason;
    private boolean closed;

    private VmSession(Path runDir, Process qemu, WatchService watcher) {
        this.runDir = runDir;
        this.qemu = qemu;
        this.watcher = watcher;
        this.killOnExit = new Thread(qemu::destroyForcibly, "vm-kill-" + runDir.getFileName());
    }

    static VmSession boot(Path qemuScript, Path runDir, Duration bootTimeout) throws IOException {
        WatchService watcher = FileSystems.getDefault().newWatchService();
        runDir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
        Process qemu = new ProcessBuilder(qemuScript.toString(), runDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(runDir.resolve("qemu.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        VmSession session = new VmSession(runDir, qemu, watcher);
        Runtime.getRuntime().addShutdownHook(session.killOnExit);
        if (!session.awaitFile(runDir.resolve("ready"), System.nanoTime() + bootTimeout.toNanos())) {
            String why = qemu.isAlive() ? "did not become ready within " + bootTimeout.toSeconds() + " s"
                    : "stopped during boot (qemu exit code " + qemu.exitValue() + ")";
            session.kill();
            throw new VmException("VM " + why + diagnostics(runDir));
        }
        return session;
    }

    /**
     * Runs a script in the guest and waits for it.
     *
     * @param script {@code /bin/sh} script text (runs as root in the chroot of the host's root, working directory
     *     {@code /run/k4j-io}, environment {@code K4J_VM=1}, {@code K4J_IO=/run/k4j-io})
     * @param timeout how long it may run
     * @return its exit code and output
     * @throws VmException when the VM died, or the script overran (the VM is then killed)
     */
    public VmResult exec(String script, Duration timeout) {
        ensureUsable();
        int n = nextCommand++;
        putFile("cmd-" + n + ".sh", script);
        Path rc = runDir.resolve("rc-" + n);
        if (!awaitFile(rc, System.nanoTime() + timeout.toNanos())) {
            String why = qemu.isAlive() ? "script " + n + " did not finish within " + timeout.toSeconds() + " s"
                    : "VM stopped during script " + n + " (qemu exit code " + qemu.exitValue() + ")";
            brokenReason = why;
            kill();
            throw new VmException(why + diagnostics(runDir));
        }
        try {
            int exit = Integer.parseInt(Files.readString(rc).strip());
            return new VmResult(exit, read("out-" + n), read("err-" + n));
        } catch (IOException | NumberFormatException e) {
            throw new VmException("cannot read the result of script " + n + " in " + runDir + ": " + e, e);
        }
    }

    /**
     * Writes a file into the run directory, where guest scripts see it as {@code ./name}.
     *
     * @param name plain file name
     * @param content text, UTF-8
     */
    public void putFile(String name, String content) {
        if (name.contains("/") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        Path target = runDir.resolve(name);
        Path part = runDir.resolve("." + name + ".part");
        try {
            Files.writeString(part, content, StandardCharsets.UTF_8);
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** @return the host side of the shared run directory ({@code /run/k4j-io} in the guest) */
    public Path runDir() {
        return runDir;
    }

    /** @return whether the VM is still running and usable */
    public boolean alive() {
        return !closed && brokenReason == null && qemu.isAlive();
    }

    /**
     * Asks the guest to power off (after any queued script), waits for it, and removes the run directory unless
     * something went wrong or {@code -Dk4j.vm.keep=true}.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        boolean clean = brokenReason == null;
        try {
            if (qemu.isAlive()) {
                Files.writeString(runDir.resolve("shutdown"), "");
                if (!qemu.waitFor(SHUTDOWN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    clean = false;
                    kill();
                }
            }
        } catch (IOException e) {
            clean = false;
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            clean = false;
            kill();
        } finally {
            removeHook();
            closeWatcher();
        }
        if (clean && !Boolean.getBoolean("k4j.vm.keep")) {
            deleteRunDir();
        }
    }

    private void ensureUsable() {
        if (closed) {
            throw new VmException("VM session " + runDir + " is closed");
        }
        if (brokenReason != null) {
            throw new VmException("VM session " + runDir + " is unusable: " + brokenReason);
        }
        if (!qemu.isAlive()) {
            throw new VmException("VM stopped (qemu exit code " + qemu.exitValue() + ")" + diagnostics(runDir));
        }
    }

    /** Waits until {@code file} exists, the VM stops, or the deadline ({@link System#nanoTime()}) passes. */
    private boolean awaitFile(Path file, long deadlineNanos) {
        while (true) {
            if (Files.exists(file)) {
                return true;
            }
            if (!qemu.isAlive()) {
                return Files.exists(file);
            }
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                // A create event wakes us at once; the bound only re-checks whether qemu is still alive.
                var key = watcher.poll(Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1),
                        TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    private String read(String name) throws IOException {
        Path p = runDir.resolve(name);
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    private void kill() {
        qemu.destroyForcibly();
        try {
            qemu.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        removeHook();
    }

    private void removeHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // The JVM is already shutting down (the hook runs) or the hook was removed before: nothing to undo.
        }
    }

    private void closeWatcher() {
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the watch on " + runDir, e);
        }
    }

    private void deleteRunDir() {
        try (Stream<Path> files = Files.walk(runDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the run directory " + runDir, e);
        }
    }

    /** @return the guest's last words: fatal reason, setup log, console and qemu output tails, for messages */
    static String diagnostics(Path runDir) {
        StringBuilder sb = new StringBuilder("\n(run directory kept: ").append(runDir).append(')');
        for (String name : List.of("fatal", "setup.log", "console.log", "qemu.log")) {
            Path p = runDir.resolve(name);
            try {
                if (Files.exists(p)) {
                    List<String> lines = Files.readAllLines(p, StandardCharsets.ISO_8859_1);
                    List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
                    if (!tail.isEmpty()) {
                        sb.append("\n--- ").append(name).append(" ---\n").append(String.join("\n", tail));
                    }
                }
            } catch (IOException e) {
                sb.append("\n--- ").append(name).append(": unreadable: ").append(e.getMessage());
            }
        }
        return sb.toString();
    }
}
