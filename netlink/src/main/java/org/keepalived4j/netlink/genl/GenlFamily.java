package org.keepalived4j.netlink.genl;

import java.util.List;
import java.util.Optional;

/**
 * A resolved generic netlink family, as the controller describes it ({@code CTRL_CMD_GETFAMILY}).
 *
 * @param name family name, e.g. {@code "IPVS"}
 * @param id the message type to use for this family's requests
 * @param version the family's version ({@code CTRL_ATTR_VERSION}); requests carry it in {@code genlmsghdr}
 * @param headerSize bytes of family header after {@code genlmsghdr} ({@code CTRL_ATTR_HDRSIZE}; 0 for IPVS)
 * @param maxAttr highest top-level attribute type ({@code CTRL_ATTR_MAXATTR})
 * @param groups the family's multicast groups
 */
public record GenlFamily(String name, int id, int version, int headerSize, int maxAttr,
                         List<GenlMulticastGroup> groups) {
    /** Copies {@code groups}. */
    public GenlFamily {
        groups = List.copyOf(groups);
    }

    /** @param groupName a group name @return that group, if the family has it */
    public Optional<GenlMulticastGroup> group(String groupName) {
        return groups.stream().filter(g -> g.name().equals(groupName)).findFirst();
    }
}
