package org.keepalived4j.config.model;

/** The VRRP side of a config. (Placeholder, filled in by the VRRP builder.) */
public record VrrpConfig() {
}
