package org.keepalived4j.netlink.genl;

import org.keepalived4j.netlink.Errno;
import org.keepalived4j.netlink.NetlinkException;

/**
 * The kernel has no generic netlink family of that name ({@code CTRL_CMD_GETFAMILY} answered {@code ENOENT}):
 * for {@code IPVS} it means the {@code ip_vs} module is not loaded or not built. {@link #errno()} is
 * {@link Errno#ENOENT}.
 */
public final class FamilyNotFoundException extends NetlinkException {
    private static final long serialVersionUID = 1L;

    private final String family;

    /** @param family the name looked up */
    public FamilyNotFoundException(String family) {
        super("generic netlink family " + family + " not found", Errno.ENOENT.code(),
                "is the kernel module providing it loaded?");
        this.family = family;
    }

    /** @return the name looked up */
    public String family() {
        return family;
    }
}
