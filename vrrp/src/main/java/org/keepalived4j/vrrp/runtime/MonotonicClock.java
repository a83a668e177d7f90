package org.keepalived4j.vrrp.runtime;

/** The one clock of the VRRP runtime: monotonic microseconds, never wall-clock. Tests pass a fake. */
@FunctionalInterface
public interface MonotonicClock {
    /** {@link System#nanoTime()} in microseconds. */
    MonotonicClock SYSTEM = () -> System.nanoTime() / 1_000L;

    /** Monotonic time in microseconds; only differences are meaningful. */
    long nowUs();
}
