package org.keepalived4j.dist;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a command with a deadline and collects its output (test support). */
final class Shell {

    /** What a command did; {@code output} is stdout then stderr. */
    record Result(List<String> command, int exitCode, String stdout, String stderr) {

        String output() {
            return stdout + stderr;
        }

        @Override
        public String toString() {
            return String.join(" ", command) + " -> exit " + exitCode + "\n" + output();
        }
    }

    private Shell() {
    }

    /**
     * Runs the command with stdin on /dev/null. Fails when it outlives the timeout, and also when its output stays
     * open after it exited: a daemon it started must not keep the caller's stdout or stderr.
     */
    static Result run(Duration timeout, List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out after " + timeout + ": " + String.join(" ", cmd));
        }
        try {
            return new Result(List.copyOf(cmd), p.exitValue(), out.get(5, TimeUnit.SECONDS),
                    err.get(5, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            throw new IOException("output still open 5 s after exit (a process it started holds it): "
                    + String.join(" ", cmd), e);
        } catch (ExecutionException e) {
            throw new IOException("cannot read the output of " + String.join(" ", cmd), e.getCause());
        }
    }

    /** Runs the command with a 60 s deadline. */
    static Result run(String... cmd) throws IOException, InterruptedException {
        return run(Duration.ofSeconds(60), List.of(cmd));
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
