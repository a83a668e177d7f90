package org.keepalived4j.check.health;

/**
 * Where the health logic's output goes: log lines worded as keepalived's, and events to act on. Called on the owner
 * thread; implementations must not block (hand scripts to an executor).
 */
public interface HealthSink {

    /** An informational log line, as keepalived would log it at LOG_INFO. */
    void log(String line);

    /** An event to act on. */
    void event(HealthEvent event);
}
