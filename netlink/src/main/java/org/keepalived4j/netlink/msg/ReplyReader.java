package org.keepalived4j.netlink.msg;

import java.lang.foreign.MemorySegment;

/**
 * Follows the answer to one request across received datagrams: matches the sequence number, hands data messages
 * to a {@link MessageHandler}, and recognises the end — the ack ({@code NLMSG_ERROR} with error 0) of a plain
 * request, {@code NLMSG_DONE} of a dump, or an error — plus {@code NLM_F_DUMP_INTR}. Pure: no socket, so it is
 * tested with byte vectors; {@code NetlinkSocket} feeds it.
 *
 * <p>Messages with another sequence number (a late answer to an abandoned request, or a multicast event on the
 * same socket) are skipped, as are {@code NLMSG_NOOP}.
 */
public final class ReplyReader {
    /** What the caller must do after a datagram. */
    public enum Progress {
        /** The answer is not complete: receive another datagram. */
        NEED_MORE,
        /** The answer is complete; see {@link #errorCode()} and {@link #dumpInterrupted()}. */
        COMPLETE
    }

    /** errno reported for a datagram that ends inside a message. */
    public static final int EPROTO = 71;

    private final NlMsgHdrFlyweight message = new NlMsgHdrFlyweight();
    private final NlMsgErrFlyweight error = new NlMsgErrFlyweight();
    private int seq;
    private boolean dump;
    private int errorCode;
    private String extAck;
    private boolean interrupted;
    private int dataMessages;

    /**
     * Starts following the answer to a new request.
     *
     * @param seq the request's sequence number
     * @param dump whether it was a dump ({@code NLM_F_DUMP}): ended by {@code NLMSG_DONE}, not by an ack
     * @return this
     */
    public ReplyReader start(int seq, boolean dump) {
        this.seq = seq;
        this.dump = dump;
        this.errorCode = 0;
        this.extAck = null;
        this.interrupted = false;
        this.dataMessages = 0;
        return this;
    }

    /**
     * @param buffer the received bytes
     * @param length how many bytes were received
     * @param handler gets every data message of this answer
     * @return whether the answer is complete
     */
    public Progress onDatagram(MemorySegment buffer, long length, MessageHandler handler) {
        long at = 0;
        while (at < length) {
            message.wrap(buffer, at);
            if (!message.fitsWithin(length)) {
                errorCode = EPROTO;
                extAck = "truncated netlink message (" + (length - at) + " bytes left)";
                return Progress.COMPLETE;
            }
            at = message.nextOffset();
            if (message.seq() != seq || message.type() == Nl.NLMSG_NOOP) {
                continue;
            }
            if ((message.flags() & Nl.NLM_F_DUMP_INTR) != 0) {
                interrupted = true;
            }
            int type = message.type();
            if (type == Nl.NLMSG_ERROR) {
                error.wrap(message);
                int err = error.error();
                if (err != 0) {
                    errorCode = -err;
                    extAck = error.extAckMessage();
                    return Progress.COMPLETE;
                }
                if (!dump) {
                    return Progress.COMPLETE;
                }
            } else if (type == Nl.NLMSG_DONE) {
                error.wrap(message);
                int err = error.error();
                if (err < 0) {
                    errorCode = -err;
                    extAck = error.extAckMessage();
                }
                return Progress.COMPLETE;
            } else if (type != Nl.NLMSG_OVERRUN) {
                dataMessages++;
                handler.onMessage(message);
            }
        }
        return Progress.NEED_MORE;
    }

    /** @return the positive errno of a failed request, {@code 0} on success */
    public int errorCode() {
        return errorCode;
    }

    /** @return the kernel's extended-ack text for the failure, or {@code null} */
    public String extAckMessage() {
        return extAck;
    }

    /** @return whether any message carried {@code NLM_F_DUMP_INTR} (the dump must be repeated) */
    public boolean dumpInterrupted() {
        return interrupted;
    }

    /** @return data messages handed to the handler since {@link #start} */
    public int dataMessages() {
        return dataMessages;
    }
}
