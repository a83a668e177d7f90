package org.keepalived4j.core.daemon;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;

/**
 * Decides whether a configuration read on SIGHUP may replace the running one. keepalived 2.2.7 applies whatever it
 * could read (and exits on some broken files); keepalived4j refuses a new configuration that brings errors the running
 * one did not have, logs them, and keeps the running one in force. Warnings, deprecations, notices and script
 * security findings never block a reload, and neither does an error the running configuration already had (the
 * operator started with it).
 */
public final class ReloadPolicy {

    private ReloadPolicy() {
    }

    /** The kinds that make a configuration unfit to replace a running one. */
    static boolean isError(ConfigErrorKind k) {
        return switch (k) {
            case WARNING, DEPRECATED, SECURITY_ERROR, NOTICE, INFO, BAD_IF -> false;
            default -> true;
        };
    }

    /** The errors of {@code candidate} that {@code running} did not have (compared by kind and text). */
    public static List<Diagnostic> newErrors(Diagnostics running, Diagnostics candidate) {
        Set<String> known = new HashSet<>();
        for (Diagnostic d : running.all()) {
            if (isError(d.kind())) {
                known.add(d.kind() + "|" + d.message());
            }
        }
        return candidate.all().stream()
                .filter(d -> isError(d.kind()) && !known.contains(d.kind() + "|" + d.message()))
                .toList();
    }
}
