package org.keepalived4j.config.model;

/** {@code dynamic_interfaces [allow_if_changes]}: whether interfaces may come and go while keepalived runs. */
public enum DynamicInterfaces {
    /** Interfaces must exist at start-up (the default). */
    OFF,
    /** {@code dynamic_interfaces}: missing interfaces put instances into fault until they appear. */
    ON,
    /** {@code dynamic_interfaces allow_if_changes}: additionally an interface may be deleted and recreated. */
    ALLOW_IF_CHANGES
}
