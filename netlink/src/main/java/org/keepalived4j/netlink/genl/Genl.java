package org.keepalived4j.netlink.genl;

/**
 * Generic netlink controller constants ({@code <linux/genetlink.h>}): the {@code nlctrl} family that resolves
 * family names to ids.
 */
public final class Genl {
    /** {@code GENL_ID_CTRL}: the controller's fixed family id. */
    public static final int GENL_ID_CTRL = 0x10;
    /** Name of the controller family. */
    public static final String CTRL_FAMILY_NAME = "nlctrl";
    /** {@code GENL_NAMSIZ}: family names are shorter than this. */
    public static final int GENL_NAMSIZ = 16;
    /** {@code CTRL_CMD_NEWFAMILY}. */
    public static final int CTRL_CMD_NEWFAMILY = 1;
    /** {@code CTRL_CMD_DELFAMILY}. */
    public static final int CTRL_CMD_DELFAMILY = 2;
    /** {@code CTRL_CMD_GETFAMILY}. */
    public static final int CTRL_CMD_GETFAMILY = 3;
    /** Controller version we speak. */
    public static final int CTRL_VERSION = 2;
    /** {@code CTRL_ATTR_FAMILY_ID} (u16). */
    public static final int CTRL_ATTR_FAMILY_ID = 1;
    /** {@code CTRL_ATTR_FAMILY_NAME} (string). */
    public static final int CTRL_ATTR_FAMILY_NAME = 2;
    /** {@code CTRL_ATTR_VERSION} (u32). */
    public static final int CTRL_ATTR_VERSION = 3;
    /** {@code CTRL_ATTR_HDRSIZE} (u32). */
    public static final int CTRL_ATTR_HDRSIZE = 4;
    /** {@code CTRL_ATTR_MAXATTR} (u32). */
    public static final int CTRL_ATTR_MAXATTR = 5;
    /** {@code CTRL_ATTR_OPS} (nested). */
    public static final int CTRL_ATTR_OPS = 6;
    /** {@code CTRL_ATTR_MCAST_GROUPS} (nested array). */
    public static final int CTRL_ATTR_MCAST_GROUPS = 7;
    /** {@code CTRL_ATTR_MCAST_GRP_NAME} (string). */
    public static final int CTRL_ATTR_MCAST_GRP_NAME = 1;
    /** {@code CTRL_ATTR_MCAST_GRP_ID} (u32). */
    public static final int CTRL_ATTR_MCAST_GRP_ID = 2;

    private Genl() {
    }
}
