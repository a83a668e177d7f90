package org.keepalived4j.netlink.rtnl;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a {@link LinkMonitor} on a dedicated thread and hands every event to a callback, typically one that offers
 * it to the owning agent's command queue (the VRRP thread then applies it, lock-free).
 *
 * <p>The monitor is opened <em>on</em> the new thread by {@code opener} (sockets belong to their thread; an opener
 * may also enter a network namespace first). {@link #start} returns once the subscription is live, so no event
 * after it is missed, and rethrows a failure to open. A sink that throws is reported to the error handler and the
 * thread carries on; a socket failure is reported and ends the thread. {@link #close()} stops it within about
 * {@value #POLL_INTERVAL_MS} ms.
 *
 * <pre>{@code
 * LinkMonitorThread t = LinkMonitorThread.start("rtnl-events", Rtnetlink::openMonitor,
 *         event -> vrrpProxy.offer(event), error -> log.error("netlink events", error));
 * }</pre>
 */
public final class LinkMonitorThread implements AutoCloseable {
    /** Longest wait in one poll, i.e. how quickly {@link #close()} is noticed. */
    public static final int POLL_INTERVAL_MS = 200;

    private final Thread thread;
    private volatile boolean running = true;

    private LinkMonitorThread(String name, Supplier<? extends LinkMonitor> opener,
                              Consumer<? super RtnlEvent> sink, Consumer<? super Throwable> errors,
                              CompletableFuture<Void> started) {
        this.thread = Thread.ofPlatform().name(name).daemon(true).unstarted(() -> {
            LinkMonitor monitor;
            try {
                monitor = opener.get();
            } catch (Throwable t) {
                started.completeExceptionally(t);
                return;
            }
            started.complete(null);
            Consumer<RtnlEvent> guarded = e -> {
                try {
                    sink.accept(e);
                } catch (RuntimeException ex) {
                    errors.accept(ex);
                }
            };
            try (monitor) {
                while (running) {
                    monitor.poll(POLL_INTERVAL_MS, guarded);
                }
            } catch (RuntimeException ex) {
                errors.accept(ex);
            }
        });
    }

    /**
     * @param threadName name of the thread
     * @param opener opens the monitor, called on the new thread
     * @param sink gets each event, on the monitor thread
     * @param errors gets sink failures and the socket failure that ends the thread
     * @return the running thread wrapper
     * @throws IllegalStateException when the monitor cannot be opened (cause attached)
     */
    public static LinkMonitorThread start(String threadName, Supplier<? extends LinkMonitor> opener,
                                          Consumer<? super RtnlEvent> sink, Consumer<? super Throwable> errors) {
        CompletableFuture<Void> started = new CompletableFuture<>();
        LinkMonitorThread t = new LinkMonitorThread(threadName, opener, sink, errors, started);
        t.thread.start();
        try {
            started.get(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot open the netlink event monitor: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            t.close();
            throw new IllegalStateException("netlink event monitor did not start within 10 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            t.close();
            throw new IllegalStateException("interrupted while starting the netlink event monitor", e);
        }
        return t;
    }

    /** @return whether the thread is still running */
    public boolean isAlive() {
        return thread.isAlive();
    }

    /** Stops the thread and waits for it to close the socket. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(Duration.ofMillis(POLL_INTERVAL_MS * 10L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
