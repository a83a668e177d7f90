package org.keepalived4j.check.checker;

import java.util.Objects;

/**
 * The result of one check attempt.
 *
 * @param success    true if the real server passed this attempt
 * @param detail     keepalived's phrase for what happened ({@code "Timeout connecting"},
 *                   {@code "HTTP status code error to"}, {@code "MD5 digest"} ...), used in its log lines; never null
 * @param exitStatus MISC_CHECK: the script's exit status, or {@link #NO_EXIT_STATUS} (other checks, killed scripts)
 * @param skipped    true when the attempt could not be made at all (PING_CHECK without a socket, a check suspended
 *                   by {@code ha_suspend}): keepalived then reschedules after {@code delay_loop} and the checker's
 *                   state does not change
 */
public record CheckOutcome(boolean success, String detail, int exitStatus, boolean skipped) {

    /** {@link #exitStatus()} when there is none. */
    public static final int NO_EXIT_STATUS = -1;

    public CheckOutcome {
        Objects.requireNonNull(detail, "detail");
    }

    /** An attempt that was made. */
    public CheckOutcome(boolean success, String detail, int exitStatus) {
        this(success, detail, exitStatus, false);
    }

    /** An attempt that could not be made; no verdict. */
    public static CheckOutcome skipped(String detail) {
        return new CheckOutcome(false, detail, NO_EXIT_STATUS, true);
    }

    /** A passed attempt. */
    public static CheckOutcome success(String detail) {
        return new CheckOutcome(true, detail, NO_EXIT_STATUS);
    }

    /** A failed attempt. */
    public static CheckOutcome failure(String detail) {
        return new CheckOutcome(false, detail, NO_EXIT_STATUS);
    }
}
