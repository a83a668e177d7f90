package org.keepalived4j.core.cli;

import java.io.PrintStream;

/** Placeholder for keepalived's command line. */
public final class CommandLine {

    private CommandLine() {
    }

    /** Runs the command; returns the exit code, or -1 when a daemon keeps running. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return 0;
    }
}
