package org.keepalived4j.netlink.rtnl.internal;

import org.keepalived4j.netlink.msg.MessageHandler;
import org.keepalived4j.netlink.msg.NlMsgHdrFlyweight;

import java.util.List;
import java.util.function.Function;

/**
 * Decodes dumped messages into a list, skipping {@code null} results and starting over when the dump restarts.
 *
 * @param <T> element type
 */
final class CollectingHandler<T> implements MessageHandler {
    private final List<T> out;
    private final Function<NlMsgHdrFlyweight, T> decoder;

    CollectingHandler(List<T> out, Function<NlMsgHdrFlyweight, T> decoder) {
        this.out = out;
        this.decoder = decoder;
    }

    @Override
    public void onMessage(NlMsgHdrFlyweight message) {
        T t = decoder.apply(message);
        if (t != null) {
            out.add(t);
        }
    }

    @Override
    public void onDumpRestart() {
        out.clear();
    }
}
