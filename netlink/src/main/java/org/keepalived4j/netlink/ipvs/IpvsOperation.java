package org.keepalived4j.netlink.ipvs;

/**
 * The operations of {@link IpvsTable}, named for error messages the way keepalived names them: the setting ones by
 * their {@code IP_VS_SO_SET_*} socket option (keepalived logs {@code "IPVS cmd IP_VS_SO_SET_ADD(1154) error: ..."}
 * even when it talks netlink), the reading ones by their generic netlink command.
 */
public enum IpvsOperation {
    /** Add a service. */
    ADD_SERVICE("IP_VS_SO_SET_ADD", 1154),
    /** Change a service. */
    EDIT_SERVICE("IP_VS_SO_SET_EDIT", 1155),
    /** Remove a service. */
    DELETE_SERVICE("IP_VS_SO_SET_DEL", 1156),
    /** Remove every service. */
    FLUSH("IP_VS_SO_SET_FLUSH", 1157),
    /** Add a destination. */
    ADD_DESTINATION("IP_VS_SO_SET_ADDDEST", 1159),
    /** Remove a destination. */
    DELETE_DESTINATION("IP_VS_SO_SET_DELDEST", 1160),
    /** Change a destination. */
    EDIT_DESTINATION("IP_VS_SO_SET_EDITDEST", 1161),
    /** Set the connection timeouts. */
    SET_TIMEOUTS("IP_VS_SO_SET_TIMEOUT", 1162),
    /** Start a sync daemon. */
    START_DAEMON("IP_VS_SO_SET_STARTDAEMON", 1163),
    /** Stop a sync daemon. */
    STOP_DAEMON("IP_VS_SO_SET_STOPDAEMON", 1164),
    /** Zero counters. */
    ZERO("IP_VS_SO_SET_ZERO", 1167),
    /** List or get services. */
    GET_SERVICES("IPVS_CMD_GET_SERVICE", 4),
    /** List destinations. */
    GET_DESTINATIONS("IPVS_CMD_GET_DEST", 8),
    /** List sync daemons. */
    GET_DAEMONS("IPVS_CMD_GET_DAEMON", 11),
    /** Read the timeouts. */
    GET_TIMEOUTS("IPVS_CMD_GET_CONFIG", 13),
    /** Read version and table size. */
    GET_INFO("IPVS_CMD_GET_INFO", 15);

    private final String label;
    private final int number;

    IpvsOperation(String label, int number) {
        this.label = label;
        this.number = number;
    }

    /** @return keepalived's name, e.g. {@code IP_VS_SO_SET_ADD} */
    public String label() {
        return label;
    }

    /** @return keepalived's number for it ({@code IP_VS_SO_SET_*} value or generic netlink command) */
    public int number() {
        return number;
    }
}
