package org.keepalived4j.check.runtime;

import org.keepalived4j.check.checker.Checker;
import org.keepalived4j.config.model.lvs.Check;

/** Makes the {@link Checker} for a check of the config. */
@FunctionalInterface
public interface CheckerFactory {

    /**
     * @param check the check
     * @return its checker, or null if this kind of check is not supported (it is then treated as always up and a
     *         line is logged)
     */
    Checker create(Check check);
}
