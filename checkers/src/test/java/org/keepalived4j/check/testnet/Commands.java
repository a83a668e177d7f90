package org.keepalived4j.check.testnet;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Runs the system tools the test networks are set up with ({@code ip}, {@code nft}): bounded, output kept for errors. */
final class Commands {

    private Commands() {
    }

    /** Runs {@code cmd}; fails with its output if it exits non-zero or takes more than 10 s. */
    static void run(String... cmd) throws IOException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + ": timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + ": " + new String(p.getInputStream().readAllBytes()).trim());
        }
    }

    /** {@code program} followed by {@code args}. */
    static String[] of(String program, String... args) {
        String[] cmd = new String[args.length + 1];
        cmd[0] = program;
        System.arraycopy(args, 0, cmd, 1, args.length);
        return cmd;
    }
}
