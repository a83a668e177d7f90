package org.keepalived4j.netlink;

/**
 * A netlink or socket call failed: carries the {@link Errno}, the raw number and, when the kernel sent one, the
 * extended-ack text ({@code NETLINK_EXT_ACK}, {@code NLMSGERR_ATTR_MSG}), e.g. {@code "Nexthop has invalid
 * gateway"}.
 *
 * <p>The message reads like keepalived's log line ({@code "Netlink: error: File exists(17), type=RTM_NEWADDR(20),
 * seq=5"}) plus the kernel's text, so operators recognise it. Unchecked: the callers (reconcilers) switch on
 * {@link #errno()} where a cause is expected and let anything else propagate to their error handler.
 */
public class NetlinkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Errno errno;
    private final int errnoCode;
    private final String extAckMessage;

    /**
     * @param operation what was attempted, e.g. {@code "RTM_NEWADDR"} or {@code "bind(AF_NETLINK)"}
     * @param errnoCode the positive errno (a negated netlink error is accepted too)
     * @param extAckMessage the kernel's extended-ack text, or {@code null}
     */
    public NetlinkException(String operation, int errnoCode, String extAckMessage) {
        super(format(operation, errnoCode, extAckMessage));
        this.errnoCode = Math.abs(errnoCode);
        this.errno = Errno.fromCode(errnoCode);
        this.extAckMessage = extAckMessage;
    }

    /**
     * A failure that has no errno (malformed answer, missing family...).
     *
     * @param message the full message
     */
    public NetlinkException(String message) {
        super(message);
        this.errnoCode = 0;
        this.errno = Errno.UNKNOWN;
        this.extAckMessage = null;
    }

    private static String format(String operation, int code, String extAck) {
        int c = Math.abs(code);
        String base = operation + ": " + Errno.describe(c) + "(" + c + ")";
        return extAck == null || extAck.isEmpty() ? base : base + ": " + extAck;
    }

    /** @return the mapped error ({@link Errno#UNKNOWN} if unnamed or if there was no errno) */
    public Errno errno() {
        return errno;
    }

    /** @return the raw positive errno, {@code 0} if the failure had none */
    public int errnoCode() {
        return errnoCode;
    }

    /** @return the kernel's extended-ack message, or {@code null} when it sent none */
    public String extAckMessage() {
        return extAckMessage;
    }
}
