package org.keepalived4j.check.checker;

import java.util.Objects;

/**
 * The result of one check attempt.
 *
 * @param success    true if the real server passed this attempt
 * @param detail     keepalived's phrase for what happened ({@code "Timeout connecting"},
 *                   {@code "HTTP status code error to"}, {@code "MD5 digest"} ...), used in its log lines; never null
 * @param exitStatus MISC_CHECK: the script's exit status, or {@link #NO_EXIT_STATUS} (other checks, killed scripts)
 */
public record CheckOutcome(boolean success, String detail, int exitStatus) {

    /** {@link #exitStatus()} when there is none. */
    public static final int NO_EXIT_STATUS = -1;

    public CheckOutcome {
        Objects.requireNonNull(detail, "detail");
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
