package org.keepalived4j.netlink.msg;

import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;

/**
 * View of the payload of {@code NLMSG_ERROR} ({@code struct nlmsgerr}) and of {@code NLMSG_DONE}, including the
 * extended-ack attributes ({@code NETLINK_EXT_ACK}).
 *
 * <pre>
 * NLMSG_ERROR payload:                        NLMSG_DONE payload:
 * +-------------------------------+           +-------------------------------+
 * | int error (0 = ack, -errno)   |           | int error (0, or -errno)      |
 * +-------------------------------+           +-------------------------------+
 * | nlmsghdr of the request       |           | ext-ack attributes, if        |
 * | (+ its payload unless         |           |   NLM_F_ACK_TLVS              |
 * |   NLM_F_CAPPED)               |           +-------------------------------+
 * +-------------------------------+
 * | ext-ack attributes, if NLM_F_ACK_TLVS:   NLMSGERR_ATTR_MSG (text), NLMSGERR_ATTR_OFFS (u32), ...
 * +-------------------------------+
 * </pre>
 */
public final class NlMsgErrFlyweight {
    private final NlMsgHdrFlyweight message = new NlMsgHdrFlyweight();
    private final NlMsgHdrFlyweight request = new NlMsgHdrFlyweight();
    private final NlAttrFlyweight attrs = new NlAttrFlyweight();

    /**
     * @param errorOrDone a flyweight positioned on an {@code NLMSG_ERROR} or {@code NLMSG_DONE} message
     * @return this
     */
    public NlMsgErrFlyweight wrap(NlMsgHdrFlyweight errorOrDone) {
        message.wrap(errorOrDone.segment(), errorOrDone.offset());
        return this;
    }

    /** @return whether the payload holds at least the error number */
    public boolean hasError() {
        return message.length() >= NlMsgHdrFlyweight.SIZE + 4;
    }

    /** @return the error field: {@code 0} for an ack or a clean end of dump, else a negative errno */
    public int error() {
        return hasError() ? message.segment().get(JAVA_INT_UNALIGNED, message.payloadOffset()) : 0;
    }

    /** @return whether the echoed request header is present (always, for a well-formed {@code NLMSG_ERROR}) */
    public boolean hasRequestHeader() {
        return message.type() == Nl.NLMSG_ERROR && message.length() >= NlMsgHdrFlyweight.SIZE + 4 + NlMsgHdrFlyweight.SIZE;
    }

    /** @return the echoed request's header (check {@link #hasRequestHeader()} first) */
    public NlMsgHdrFlyweight request() {
        return request.wrap(message.segment(), message.payloadOffset() + 4);
    }

    private long tlvStart() {
        if (message.type() == Nl.NLMSG_DONE) {
            return message.payloadOffset() + 4;
        }
        if (!hasRequestHeader()) {
            return message.end();
        }
        boolean capped = (message.flags() & Nl.NLM_F_CAPPED) != 0;
        int echoed = capped ? NlMsgHdrFlyweight.SIZE : Nl.align(request().length());
        return message.payloadOffset() + 4 + echoed;
    }

    /** @return the kernel's extended-ack text ({@code NLMSGERR_ATTR_MSG}), or {@code null} */
    public String extAckMessage() {
        return (message.flags() & Nl.NLM_F_ACK_TLVS) != 0 && find(Nl.NLMSGERR_ATTR_MSG) ? attrs.string() : null;
    }

    /** @return {@code NLMSGERR_ATTR_OFFS}: offset of the offending attribute in the request, or {@code -1} */
    public int extAckOffset() {
        return (message.flags() & Nl.NLM_F_ACK_TLVS) != 0 && find(Nl.NLMSGERR_ATTR_OFFS) ? attrs.u32() : -1;
    }

    /** @return {@code NLMSGERR_ATTR_MISS_TYPE}: the missing attribute's type, or {@code -1} */
    public int extAckMissingType() {
        return (message.flags() & Nl.NLM_F_ACK_TLVS) != 0 && find(Nl.NLMSGERR_ATTR_MISS_TYPE) ? attrs.u32() : -1;
    }

    private boolean find(int type) {
        attrs.wrap(message.segment(), tlvStart(), message.end());
        while (attrs.next()) {
            if (attrs.type() == type) {
                return true;
            }
        }
        return false;
    }
}
