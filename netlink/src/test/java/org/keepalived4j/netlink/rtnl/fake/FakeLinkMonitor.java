package org.keepalived4j.netlink.rtnl.fake;

import org.keepalived4j.netlink.rtnl.LinkMonitor;
import org.keepalived4j.netlink.rtnl.RtnlEvent;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** The {@link LinkMonitor} of {@link FakeRtnetlink}: a queue its kernel fills, drained by {@link #poll}. */
public final class FakeLinkMonitor implements LinkMonitor {
    private final LinkedBlockingQueue<RtnlEvent> queue = new LinkedBlockingQueue<>();
    private final Consumer<FakeLinkMonitor> onClose;

    FakeLinkMonitor(Consumer<FakeLinkMonitor> onClose) {
        this.onClose = onClose;
    }

    void offer(RtnlEvent e) {
        queue.add(e);
    }

    @Override
    public int poll(int timeoutMs, Consumer<? super RtnlEvent> sink) {
        RtnlEvent first;
        try {
            first = timeoutMs == 0 ? queue.poll()
                    : timeoutMs < 0 ? queue.take() : queue.poll(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        if (first == null) {
            return 0;
        }
        int n = 1;
        sink.accept(first);
        for (RtnlEvent e = queue.poll(); e != null; e = queue.poll()) {
            sink.accept(e);
            n++;
        }
        return n;
    }

    @Override
    public void close() {
        onClose.accept(this);
    }
}
