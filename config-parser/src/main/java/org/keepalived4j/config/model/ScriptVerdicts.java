package org.keepalived4j.config.model;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The verdict on every script of a config ({@link ScriptVerdict}), in the order keepalived checks them (parent,
 * checker, VRRP). The VRRP and checker runtimes ask it before running a script:
 *
 * <pre>{@code
 * ScriptVerdicts scripts = config.scripts();
 * if (scripts.runnable(instance.notifyMaster())) {
 *     scripts.of(instance.notifyMaster()).ifPresent(v -> run(v.command(), v.uid(), v.gid()));
 * }
 * }</pre>
 *
 * @param verdicts every verdict
 */
public record ScriptVerdicts(List<ScriptVerdict> verdicts) {

    /** No script was checked (a config built without the security check): every script is runnable. */
    public static final ScriptVerdicts NONE = new ScriptVerdicts(List.of());

    public ScriptVerdicts {
        verdicts = List.copyOf(verdicts);
    }

    /**
     * The verdict on a script of this config: the same instance first (a script registered twice with equal words
     * has one verdict per registration), else an equal one.
     */
    public Optional<ScriptVerdict> of(ScriptCommand script) {
        ScriptVerdict equal = null;
        for (ScriptVerdict v : verdicts) {
            if (v.script() == script) {
                return Optional.of(v);
            }
            if (equal == null && v.script().equals(script)) {
                equal = v;
            }
        }
        return Optional.ofNullable(equal);
    }

    /** True unless the script was checked and disabled (a script without a verdict runs as configured). */
    public boolean runnable(ScriptCommand script) {
        return of(script).map(ScriptVerdict::runnable).orElse(true);
    }

    /** The verdicts of scripts keepalived disabled or dropped. */
    public List<ScriptVerdict> refused() {
        return verdicts.stream().filter(v -> !v.runnable()).toList();
    }

    /** Verdicts by script instance, for a runtime that looks many up. */
    public Map<ScriptCommand, ScriptVerdict> byScript() {
        Map<ScriptCommand, ScriptVerdict> m = new IdentityHashMap<>();
        for (ScriptVerdict v : verdicts) {
            m.putIfAbsent(v.script(), v);
        }
        return m;
    }
}
