package org.keepalived4j.config;

import java.util.Objects;

/**
 * How to read a configuration.
 *
 * @param configId    keepalived's {@code -i} config id: selects {@code @id} / {@code @^id} lines; {@code null} means
 *                    the host name, as keepalived does
 * @param host        what the config is checked against (interfaces, script files); {@link HostView#lenient()} for
 *                    pure parsing without looking at the machine
 * @param configTest  true for {@code -t}: the checks keepalived does only when testing a config are made too
 */
public record ParseOptions(String configId, HostView host, boolean configTest) {

    public ParseOptions {
        Objects.requireNonNull(host, "host");
    }

    /** Options for pure parsing: no config id, no host checks. */
    public static ParseOptions defaults() {
        return new ParseOptions(null, HostView.lenient(), false);
    }

    /** Options that check against this machine, as {@code keepalived -t} does. */
    public static ParseOptions configTest(String configId) {
        return new ParseOptions(configId, HostView.system(), true);
    }

    /** The config id to match {@code @id} lines against: the given one or the short host name. */
    public String effectiveConfigId() {
        if (configId != null) {
            return configId;
        }
        String h = host.hostName();
        int dot = h.indexOf('.');
        return dot > 0 ? h.substring(0, dot) : h;
    }
}
