package org.keepalived4j.core.daemon;

/**
 * What other threads (signal handlers, the status endpoint) ask the daemon's main thread to do. Only the main thread
 * acts on them, so reload, stop and dumps never race each other.
 */
public sealed interface DaemonCommand {

    /** SIGHUP: re-read the configuration and apply the difference. */
    record Reload() implements DaemonCommand {
    }

    /** SIGTERM / SIGINT: stop gracefully. */
    record Stop(String reason) implements DaemonCommand {
    }

    /** SIGUSR1: write the data dump ({@code keepalived.data}). */
    record DumpData() implements DaemonCommand {
    }

    /** SIGUSR2: write the statistics ({@code keepalived.stats}). */
    record DumpStats() implements DaemonCommand {
    }
}
