package org.keepalived4j.netlink.msg;

import java.lang.foreign.MemorySegment;

/**
 * Follows the answers to a pipeline: requests with consecutive sequence numbers sent in one datagram, only the last
 * one asking for an ack ({@code NLM_F_ACK}). The kernel handles a datagram's messages in order and answers a
 * message without {@code NLM_F_ACK} only when it fails, so the answers are the errors of the failed requests and
 * then the last one's ack (or error), which ends the pipeline. Pure, like {@link ReplyReader}: no socket, tested with
 * byte vectors.
 *
 * <p>Messages outside the pipeline's sequence range (late answers, multicast events) and {@code NLMSG_NOOP} are
 * skipped.
 */
public final class PipelineReader {

    /** Where a failed request of the pipeline is reported. */
    @FunctionalInterface
    public interface Errors {
        /**
         * @param position the request's position in the pipeline (0 = the first request sent)
         * @param errno    the positive errno
         * @param extAck   the kernel's extended-ack text, or {@code null}
         */
        void onError(int position, int errno, String extAck);
    }

    private final NlMsgHdrFlyweight message = new NlMsgHdrFlyweight();
    private final NlMsgErrFlyweight error = new NlMsgErrFlyweight();
    private int firstSeq;
    private int count;
    private boolean complete;
    private String framingError;

    /**
     * Starts following a new pipeline.
     *
     * @param firstSeq the sequence number of its first request
     * @param count    how many requests it has (their sequence numbers are {@code firstSeq .. firstSeq + count - 1},
     *                 with no wrap-around in between)
     * @return this
     */
    public PipelineReader start(int firstSeq, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("a pipeline has at least one request");
        }
        this.firstSeq = firstSeq;
        this.count = count;
        this.complete = false;
        this.framingError = null;
        return this;
    }

    /**
     * @param buffer the received bytes
     * @param length how many bytes were received
     * @param errors gets each failed request
     * @return whether the last request's answer has arrived (or the datagram was malformed: see
     *         {@link #framingError()})
     */
    public boolean onDatagram(MemorySegment buffer, long length, Errors errors) {
        long at = 0;
        while (at < length && !complete) {
            message.wrap(buffer, at);
            if (!message.fitsWithin(length)) {
                framingError = "truncated netlink message (" + (length - at) + " bytes left)";
                complete = true;
                return true;
            }
            at = message.nextOffset();
            int position = message.seq() - firstSeq;
            if (message.type() != Nl.NLMSG_ERROR || position < 0 || position >= count) {
                continue;
            }
            error.wrap(message);
            int err = error.error();
            if (err != 0) {
                errors.onError(position, -err, error.extAckMessage());
            }
            if (position == count - 1) {
                complete = true;
            }
        }
        return complete;
    }

    /** @return what was wrong with a malformed answer, or {@code null} */
    public String framingError() {
        return framingError;
    }
}
