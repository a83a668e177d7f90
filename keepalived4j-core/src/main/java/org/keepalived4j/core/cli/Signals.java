package org.keepalived4j.core.cli;

/** keepalived's signal functions and their numbers on Linux ({@code --signum=SIGFUNC}). */
public final class Signals {

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
            // keepalived uses SIGRTMIN+2, which the JVM cannot catch; keepalived4j writes keepalived.json with the
            // data dump, so the JSON function is SIGUSR1 here (docs/compatibility.md).
            case "JSON" -> 10;
            default -> -1;
        };
    }
}
