package org.keepalived4j.config.model;

/** The LVS side of a config. (Placeholder, filled in by the LVS builder.) */
public record LvsConfig() {
}
