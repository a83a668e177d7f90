package org.keepalived4j.netlink.vm;

import java.util.List;

/**
 * One step of a {@link GuestScenario}: an action and the shell commands that show its effect.
 *
 * @param name unique within the scenario, no line breaks
 * @param action what to do; its result's {@code toString()} (or the exception) is reported
 * @param checks {@code /bin/sh -c} commands run after the action, their output reported
 * @param <C> the scenario's context
 */
public record GuestStep<C>(String name, Action<C> action, List<String> checks) {

    /** @param <C> the scenario's context */
    @FunctionalInterface
    public interface Action<C> {
        /**
         * @param context the scenario's context
         * @return a value to report (its {@code toString()}), or {@code null} for "ok"
         * @throws Exception reported as the step's outcome
         */
        Object run(C context) throws Exception;
    }

    /** Checks the name. */
    public GuestStep {
        if (name.isBlank() || name.contains("\n")) {
            throw new IllegalArgumentException("bad step name: '" + name + "'");
        }
        checks = List.copyOf(checks);
    }

    /**
     * @param name step name
     * @param action what to do
     * @param checks commands to run afterwards
     * @param <C> context type
     * @return the step
     */
    public static <C> GuestStep<C> of(String name, Action<C> action, String... checks) {
        return new GuestStep<>(name, action, List.of(checks));
    }

    /**
     * Runs the action and describes the outcome as one line: {@code ok}, {@code ok <value>} or
     * {@code error <exception message>}.
     *
     * @param context the context
     * @return the outcome
     */
    public String outcome(C context) {
        try {
            Object value = action.run(context);
            return value == null ? "ok" : "ok " + value;
        } catch (Exception e) {
            return "error " + e.getMessage();
        }
    }
}
