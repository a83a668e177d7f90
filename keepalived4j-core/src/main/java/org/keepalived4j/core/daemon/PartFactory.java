package org.keepalived4j.core.daemon;

import java.util.List;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.core.cli.Options;

/** Builds the daemon's parts for a configuration; tests give fakes. */
@FunctionalInterface
public interface PartFactory {

    /**
     * The parts this configuration needs, in start order (VRRP first, as it must announce before the checkers
     * settle), honouring {@code -P} (VRRP only) and {@code -C} (checkers only).
     */
    List<Part> create(KeepalivedConfig config, Options options);
}
