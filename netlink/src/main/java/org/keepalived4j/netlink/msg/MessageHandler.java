package org.keepalived4j.netlink.msg;

/**
 * Receives the data messages of an answer or of an event stream, one at a time, as a re-wrapped flyweight that is
 * only valid during the call (copy out what you keep).
 */
@FunctionalInterface
public interface MessageHandler {
    /**
     * @param message the current message; its payload starts at {@link NlMsgHdrFlyweight#payloadOffset()}
     */
    void onMessage(NlMsgHdrFlyweight message);

    /**
     * A dump was inconsistent ({@code NLM_F_DUMP_INTR}) or lost messages ({@code ENOBUFS}) and is about to be
     * repeated: forget what {@link #onMessage} collected so far.
     */
    default void onDumpRestart() {
    }

    /**
     * The kernel dropped event messages because the receive queue was full ({@code ENOBUFS}): the caller's view
     * is stale and must be re-read with a dump (keepalived re-reads its interfaces in that case).
     */
    default void onEventsLost() {
    }
}
