package org.keepalived4j.netlink.vm;

/** The VM could not be booted, a guest script did not finish in time, or a script failed when it had to succeed. */
public final class VmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, with the guest's own words (console, setup log) where there are any */
    public VmException(String message) {
        super(message);
    }

    /** @param message what went wrong @param cause the underlying failure */
    public VmException(String message, Throwable cause) {
        super(message, cause);
    }
}
