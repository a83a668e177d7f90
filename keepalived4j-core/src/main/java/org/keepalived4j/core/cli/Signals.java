package org.keepalived4j.core.cli;

/** keepalived's signal functions and their numbers on Linux ({@code --signum=SIGFUNC}). */
public final class Signals {

    /** SIGRTMIN as glibc reports it on Linux. */
    public static final int SIGRTMIN = 34;

    private Signals() {
    }

    /** The signal number for a keepalived signal function, or -1 if unknown. */
    public static int signum(String sigfunc) {
        return switch (sigfunc) {
            case "STOP" -> 15;          // SIGTERM
            case "RELOAD" -> 1;         // SIGHUP
            case "DATA" -> 10;          // SIGUSR1
            case "STATS" -> 12;         // SIGUSR2
            case "STATS_CLEAR" -> 63;   // SIGRTMAX - 1, as keepalived
            case "JSON" -> SIGRTMIN + 2;
            default -> -1;
        };
    }
}
