package org.keepalived4j.config.model;

/** {@code global_defs}. (Placeholder, filled in by the global_defs builder.) */
public record GlobalDefs() {
}
