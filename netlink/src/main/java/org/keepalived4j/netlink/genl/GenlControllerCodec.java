package org.keepalived4j.netlink.genl;

import org.keepalived4j.netlink.msg.Attr;
import org.keepalived4j.netlink.msg.AttrDecoder;
import org.keepalived4j.netlink.msg.AttrList;
import org.keepalived4j.netlink.msg.AttrSchema;
import org.keepalived4j.netlink.msg.GenlMsgHdrFlyweight;
import org.keepalived4j.netlink.msg.NlMessageWriter;
import org.keepalived4j.netlink.msg.NlMsgHdrFlyweight;

import java.util.ArrayList;
import java.util.List;

/**
 * Encodes {@code CTRL_CMD_GETFAMILY} and decodes the controller's {@code CTRL_CMD_NEWFAMILY} answer. Pure.
 */
public final class GenlControllerCodec {
    /** Schema of one {@code CTRL_ATTR_MCAST_GROUPS} element. */
    public static final AttrSchema MCAST_GROUP = AttrSchema.builder()
            .string(Genl.CTRL_ATTR_MCAST_GRP_NAME, "CTRL_ATTR_MCAST_GRP_NAME")
            .u32(Genl.CTRL_ATTR_MCAST_GRP_ID, "CTRL_ATTR_MCAST_GRP_ID")
            .build();

    /** Schema of the controller's family attributes; ops and policies stay {@code UnknownAttr}. */
    public static final AttrSchema FAMILY = AttrSchema.builder()
            .u16(Genl.CTRL_ATTR_FAMILY_ID, "CTRL_ATTR_FAMILY_ID")
            .string(Genl.CTRL_ATTR_FAMILY_NAME, "CTRL_ATTR_FAMILY_NAME")
            .u32(Genl.CTRL_ATTR_VERSION, "CTRL_ATTR_VERSION")
            .u32(Genl.CTRL_ATTR_HDRSIZE, "CTRL_ATTR_HDRSIZE")
            .u32(Genl.CTRL_ATTR_MAXATTR, "CTRL_ATTR_MAXATTR")
            .nested(Genl.CTRL_ATTR_MCAST_GROUPS, "CTRL_ATTR_MCAST_GROUPS", AttrSchema.arrayOf(MCAST_GROUP))
            .build();

    private GenlControllerCodec() {
    }

    /**
     * Fills a request begun with type {@link Genl#GENL_ID_CTRL}.
     *
     * @param writer positioned after the {@code nlmsghdr}
     * @param familyName the family to resolve
     */
    public static void encodeGetFamily(NlMessageWriter writer, String familyName) {
        writer.genlHeader(Genl.CTRL_CMD_GETFAMILY, Genl.CTRL_VERSION);
        writer.putString(Genl.CTRL_ATTR_FAMILY_NAME, familyName);
    }

    /**
     * @param message a {@code CTRL_CMD_NEWFAMILY} message from the controller
     * @return the family
     * @throws IllegalArgumentException when the id or name is missing
     */
    public static GenlFamily decodeFamily(NlMsgHdrFlyweight message) {
        long attrs = message.payloadOffset() + GenlMsgHdrFlyweight.SIZE;
        AttrList a = AttrDecoder.decode(message.segment(), attrs, message.end(), FAMILY).attrs();
        long id = a.number(Genl.CTRL_ATTR_FAMILY_ID).orElseThrow(
                () -> new IllegalArgumentException("controller answer without CTRL_ATTR_FAMILY_ID"));
        String name = a.string(Genl.CTRL_ATTR_FAMILY_NAME).orElseThrow(
                () -> new IllegalArgumentException("controller answer without CTRL_ATTR_FAMILY_NAME"));
        List<GenlMulticastGroup> groups = new ArrayList<>();
        a.nested(Genl.CTRL_ATTR_MCAST_GROUPS).ifPresent(list -> {
            for (Attr element : list.attrs()) {
                if (element instanceof Attr.NestedAttr n) {
                    AttrList g = n.children();
                    if (g.string(Genl.CTRL_ATTR_MCAST_GRP_NAME).isPresent()
                            && g.number(Genl.CTRL_ATTR_MCAST_GRP_ID).isPresent()) {
                        groups.add(new GenlMulticastGroup(g.string(Genl.CTRL_ATTR_MCAST_GRP_NAME).get(),
                                (int) g.number(Genl.CTRL_ATTR_MCAST_GRP_ID).getAsLong()));
                    }
                }
            }
        });
        return new GenlFamily(name, (int) id, (int) a.number(Genl.CTRL_ATTR_VERSION).orElse(0),
                (int) a.number(Genl.CTRL_ATTR_HDRSIZE).orElse(0), (int) a.number(Genl.CTRL_ATTR_MAXATTR).orElse(0),
                groups);
    }
}
