package org.keepalived4j.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a process with a deadline and collects its output (test support). */
public final class Exec {

    /** What a process did. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    private Exec() {
    }

    /** Runs the command; kills it and throws when it outlives the timeout. */
    public static Result run(List<String> cmd, Duration timeout) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out after " + timeout + ": " + String.join(" ", cmd));
        }
        return new Result(p.exitValue(), out.join(), err.join());
    }

    /**
     * Reads a stream to its end on a thread of its own: not the common pool, which a test's daemon left running can
     * hold (on a 2-core machine it has one thread), and every later command would then wait for ever.
     */
    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "<read failed: " + e.getMessage() + ">";
            }
        }, task -> Thread.ofPlatform().daemon().name("exec-drain").start(task));
    }
}
