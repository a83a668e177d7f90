/**
 * Generic netlink: family resolution through the controller ({@code CTRL_CMD_GETFAMILY}) and
 * {@link org.keepalived4j.netlink.genl.GenericNetlinkSocket}, on which the IPVS layer builds. An absent family is
 * an empty {@code Optional} from {@code findFamily} or a
 * {@link org.keepalived4j.netlink.genl.FamilyNotFoundException} from {@code resolveFamily}.
 */
package org.keepalived4j.netlink.genl;
