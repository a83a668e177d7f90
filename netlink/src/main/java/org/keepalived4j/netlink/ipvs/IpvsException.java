package org.keepalived4j.netlink.ipvs;

/**
 * An IPVS operation failed. The message is keepalived's log line, so operators' greps keep working:
 * {@code IPVS cmd IP_VS_SO_SET_ADD(1154) error: Service already exists(17) (192.0.2.10:tcp:80)}; the texts are
 * those of keepalived's {@code ipvs_strerror}, which tells apart what the same errno means for each operation.
 *
 * <p>Callers switch on the predicates: {@link #alreadyExists()} ({@code EEXIST}), {@link #noSuchService()}
 * ({@code ESRCH}: service, or sync daemon on stop), {@link #noSuchDestination()} ({@code ENOENT} on a destination),
 * {@link #schedulerNotFound()} ({@code ENOENT} on add/edit service). A kernel answer that cannot be decoded has
 * errno 0.
 */
public final class IpvsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code ENOENT}. */
    public static final int ENOENT = 2;
    /** {@code ESRCH}. */
    public static final int ESRCH = 3;
    /** {@code EEXIST}. */
    public static final int EEXIST = 17;
    /** {@code EINVAL}. */
    public static final int EINVAL = 22;
    /** {@code ERANGE}. */
    public static final int ERANGE = 34;
    /** {@code ENOBUFS}. */
    public static final int ENOBUFS = 105;

    private final IpvsOperation operation;
    private final int errno;

    /**
     * @param operation what was attempted
     * @param errno the positive errno the kernel returned
     * @param subject the service or destination in keepalived's form ({@code 192.0.2.10:tcp:80 -> 10.0.0.2:80}),
     *     or {@code ""}
     */
    public IpvsException(IpvsOperation operation, int errno, String subject) {
        this(operation, errno, subject, null);
    }

    /**
     * @param operation what was attempted
     * @param errno the positive errno the kernel returned
     * @param subject the service or destination in keepalived's form, or {@code ""}
     * @param cause the netlink failure behind it, or {@code null}
     */
    public IpvsException(IpvsOperation operation, int errno, String subject, Throwable cause) {
        this(operation, errno, subject, null, cause);
    }

    /**
     * @param operation what was attempted
     * @param errno the positive errno the kernel returned
     * @param subject the service or destination in keepalived's form, or {@code ""}
     * @param kernelText the kernel's extended-ack text, appended after {@code ": "}, or {@code null}
     * @param cause the netlink failure behind it, or {@code null}
     */
    public IpvsException(IpvsOperation operation, int errno, String subject, String kernelText, Throwable cause) {
        super("IPVS cmd " + operation.label() + "(" + operation.number() + ") error: "
                + describe(operation, Math.abs(errno)) + "(" + Math.abs(errno) + ")"
                + (subject.isEmpty() ? "" : " (" + subject + ")")
                + (kernelText == null || kernelText.isEmpty() ? "" : ": " + kernelText), cause);
        this.operation = operation;
        this.errno = Math.abs(errno);
    }

    private IpvsException(String message, Throwable cause) {
        super(message, cause);
        this.operation = IpvsOperation.GET_INFO;
        this.errno = 0;
    }

    /**
     * IPVS cannot be used at all: no {@code IPVS} generic netlink family (the {@code ip_vs} module is not loaded,
     * or the kernel has none), or no netlink socket.
     *
     * @param reason why, for the message ({@code "IPVS: Can't initialize ipvs: " + reason}, keepalived's words)
     * @param cause the underlying failure, or {@code null}
     * @return the exception
     */
    public static IpvsException unavailable(String reason, Throwable cause) {
        return new IpvsException("IPVS: Can't initialize ipvs: " + reason, cause);
    }

    /**
     * A kernel answer we cannot decode, or another failure without an errno.
     *
     * @param operation what was attempted
     * @param message what is wrong
     * @param cause the underlying failure, or {@code null}
     */
    public IpvsException(IpvsOperation operation, String message, Throwable cause) {
        super("IPVS cmd " + operation.label() + "(" + operation.number() + ") error: " + message, cause);
        this.operation = operation;
        this.errno = 0;
    }

    /** @return what was attempted */
    public IpvsOperation operation() {
        return operation;
    }

    /** @return the positive errno, 0 when the failure had none */
    public int errno() {
        return errno;
    }

    /** @return {@code EEXIST}: the service, destination or sync daemon is already there */
    public boolean alreadyExists() {
        return errno == EEXIST;
    }

    /** @return {@code ESRCH}: no such service (or, stopping a sync daemon, none running) */
    public boolean noSuchService() {
        return errno == ESRCH;
    }

    /** @return {@code ENOENT} on a destination operation: no such destination */
    public boolean noSuchDestination() {
        return errno == ENOENT && (operation == IpvsOperation.ADD_DESTINATION
                || operation == IpvsOperation.EDIT_DESTINATION || operation == IpvsOperation.DELETE_DESTINATION);
    }

    /** @return {@code ENOENT} on adding or editing a service: the scheduler or persistence engine is unknown */
    public boolean schedulerNotFound() {
        return errno == ENOENT
                && (operation == IpvsOperation.ADD_SERVICE || operation == IpvsOperation.EDIT_SERVICE);
    }

    /**
     * keepalived's {@code ipvs_strerror}: the meaning of {@code errno} for this operation.
     *
     * @param operation what was attempted
     * @param errno positive errno
     * @return the text
     */
    static String describe(IpvsOperation operation, int errno) {
        String specific = switch (operation) {
            case ADD_SERVICE -> errno == EEXIST ? "Service already exists"
                    : errno == ENOENT ? "Scheduler or persistence engine not found" : null;
            case EDIT_SERVICE -> errno == ENOENT ? "Scheduler or persistence engine not found" : null;
            case ADD_DESTINATION -> errno == EEXIST ? "Destination already exists" : null;
            case EDIT_DESTINATION, DELETE_DESTINATION -> errno == ENOENT ? "No such destination" : null;
            case START_DAEMON -> errno == EEXIST ? "Daemon has already run" : null;
            case STOP_DAEMON -> errno == ESRCH ? "No daemon is running" : null;
            default -> null;
        };
        if (specific != null) {
            return specific;
        }
        return switch (errno) {
            case ESRCH -> "No such service";
            case 1 -> "Permission denied (you must be root)";
            case EINVAL -> "Invalid operation.  Possibly wrong module version, address not unicast, ...";
            case 92 -> "Protocol not available";
            case 12 -> "Memory allocation problem";
            case 95 -> "Operation not supported with IPv6";
            case 97 -> "Operation not supported with specified address family";
            case 90 -> "Module is wrong version";
            case ENOENT -> "No such file or directory";
            case EEXIST -> "File exists";
            case ERANGE -> "Numerical result out of range";
            case ENOBUFS -> "No buffer space available";
            case 19 -> "No such device";
            case 16 -> "Device or resource busy";
            default -> "Unknown error " + errno;
        };
    }
}
