package org.keepalived4j.netlink;

/**
 * Linux error numbers that netlink and socket calls return, with glibc's {@code strerror} text.
 *
 * <p>A failed system call reports {@code errno}; a netlink request reports the same numbers negated in the
 * {@code error} field of its {@code NLMSG_ERROR} answer. Both land here, so that callers (the address and IPVS
 * reconcilers) can {@code switch} on the cause: {@link #EEXIST} (already there), {@link #ENOENT}/{@link #ESRCH}
 * (already gone), {@link #ENOBUFS} (events were lost: re-read the kernel state), {@link #EPERM} (not root).
 *
 * <p>Numbers this table does not name map to {@link #UNKNOWN}; the raw number always travels next to the enum
 * (see {@link NetlinkException#errnoCode()}), so nothing is lost. Values are those of Linux on x86-64 and arm64
 * (asm-generic).
 */
public enum Errno {
    /** Not one of the numbers below; keep the raw code next to it. */
    UNKNOWN(0, "Unknown error"),
    EPERM(1, "Operation not permitted"),
    ENOENT(2, "No such file or directory"),
    ESRCH(3, "No such process"),
    EINTR(4, "Interrupted system call"),
    EIO(5, "Input/output error"),
    ENXIO(6, "No such device or address"),
    E2BIG(7, "Argument list too long"),
    EBADF(9, "Bad file descriptor"),
    EAGAIN(11, "Resource temporarily unavailable"),
    ENOMEM(12, "Cannot allocate memory"),
    EACCES(13, "Permission denied"),
    EFAULT(14, "Bad address"),
    EBUSY(16, "Device or resource busy"),
    EEXIST(17, "File exists"),
    EXDEV(18, "Invalid cross-device link"),
    ENODEV(19, "No such device"),
    ENOTDIR(20, "Not a directory"),
    EINVAL(22, "Invalid argument"),
    ENFILE(23, "Too many open files in system"),
    EMFILE(24, "Too many open files"),
    ENOSPC(28, "No space left on device"),
    ERANGE(34, "Numerical result out of range"),
    ENAMETOOLONG(36, "File name too long"),
    ENOSYS(38, "Function not implemented"),
    ENOTEMPTY(39, "Directory not empty"),
    ENOMSG(42, "No message of desired type"),
    ENODATA(61, "No data available"),
    EPROTO(71, "Protocol error"),
    EOVERFLOW(75, "Value too large for defined data type"),
    ENOTSOCK(88, "Socket operation on non-socket"),
    EMSGSIZE(90, "Message too long"),
    EPROTONOSUPPORT(93, "Protocol not supported"),
    EOPNOTSUPP(95, "Operation not supported"),
    EAFNOSUPPORT(97, "Address family not supported by protocol"),
    EADDRINUSE(98, "Address already in use"),
    EADDRNOTAVAIL(99, "Cannot assign requested address"),
    ENETDOWN(100, "Network is down"),
    ENETUNREACH(101, "Network is unreachable"),
    ENOBUFS(105, "No buffer space available"),
    ENOTCONN(107, "Transport endpoint is not connected"),
    ETIMEDOUT(110, "Connection timed out"),
    ECONNREFUSED(111, "Connection refused"),
    EHOSTUNREACH(113, "No route to host"),
    EALREADY(114, "Operation already in progress"),
    EINPROGRESS(115, "Operation now in progress");

    private static final Errno[] BY_CODE = new Errno[128];

    static {
        for (Errno e : values()) {
            if (e != UNKNOWN) {
                BY_CODE[e.code] = e;
            }
        }
    }

    private final int code;
    private final String text;

    Errno(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** @return the Linux number ({@code 0} for {@link #UNKNOWN}) */
    public int code() {
        return code;
    }

    /** @return glibc's {@code strerror} text for this number */
    public String text() {
        return text;
    }

    /**
     * Maps a raw number; a negative number (the netlink {@code NLMSG_ERROR} convention) is taken as its absolute
     * value.
     *
     * @param code errno, or a negated errno from a netlink ack
     * @return the constant, or {@link #UNKNOWN}
     */
    public static Errno fromCode(int code) {
        int c = Math.abs(code);
        Errno e = c < BY_CODE.length ? BY_CODE[c] : null;
        return e == null ? UNKNOWN : e;
    }

    /**
     * strerror-like text for any number, {@code "Unknown error N"} as glibc prints it when unnamed here.
     *
     * @param code errno (sign ignored)
     * @return a human-readable text
     */
    public static String describe(int code) {
        Errno e = fromCode(code);
        return e == UNKNOWN ? "Unknown error " + Math.abs(code) : e.text;
    }
}
