package org.keepalived4j.core;

import org.keepalived4j.core.cli.CommandLine;

/** The {@code keepalived4j} command: parses keepalived's options and runs what they ask for. */
public final class Main {

    private Main() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        int rc = CommandLine.run(args, System.out, System.err);
        if (rc >= 0) {
            System.exit(rc);
        }
    }
}
