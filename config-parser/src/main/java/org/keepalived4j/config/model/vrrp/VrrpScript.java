package org.keepalived4j.config.model.vrrp;

import java.time.Duration;
import java.util.Objects;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.ScriptCommand;

/**
 * {@code vrrp_script NAME { script ...; interval; timeout; weight [reverse]; rise; fall; user; init_fail }}.
 *
 * <p>Defaults as keepalived's {@code alloc_vrrp_script}: interval 1s, timeout none (the script may run until the next
 * interval: {@link #effectiveTimeout()}), weight 0 (a failure faults the tracking instance instead of changing its
 * priority), rise 1, fall 1, initially "init" (or failed with {@code init_fail}).
 *
 * @param name          the script's name, referenced by {@code track_script}
 * @param command       the command to run
 * @param interval      how often to run it
 * @param timeout       how long it may run; {@link Duration#ZERO} when not set
 * @param weight        -253..253; 0 means fault on failure
 * @param weightReverse {@code weight N reverse}
 * @param rise          successes before OK
 * @param fall          failures before KO
 * @param initFail      {@code init_fail}: start in the failed state
 * @param position      where {@code vrrp_script} stands
 */
public record VrrpScript(String name, ScriptCommand command, Duration interval, Duration timeout, int weight,
                         boolean weightReverse, int rise, int fall, boolean initFail, SourcePosition position) {

    public VrrpScript {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(position, "position");
    }

    /** The timeout keepalived applies: {@code timeout}, or the interval when none was set. */
    public Duration effectiveTimeout() {
        return timeout.isZero() ? interval : timeout;
    }
}
