package org.keepalived4j.vrrp.net;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.keepalived4j.netlink.rtnl.Rtnetlink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One platform thread ("vrrp-netlink") owning the rtnetlink request socket (a netlink socket belongs to the thread
 * that opened it) and running requests one at a time, in order. The VRRP thread waits for its own requests, one
 * netlink round trip per address as keepalived does on its single thread; every wait is bounded, so a stuck
 * kernel costs at most {@link #DEFAULT_TIMEOUT} per request, never a hung VRRP thread.
 *
 * <p>The socket is opened on the new thread, so it lives in that thread's network namespace: the namespace of the
 * thread that called {@link #start}.
 */
public final class NetlinkThread implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NetlinkThread.class);
    /** Longest wait for one request. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final Duration timeout;
    private volatile boolean running = true;
    private Rtnetlink rtnl;

    private NetlinkThread(Supplier<? extends Rtnetlink> opener, Duration timeout, CompletableFuture<Void> opened) {
        this.timeout = timeout;
        this.thread = Thread.ofPlatform().name("vrrp-netlink").daemon(true).unstarted(() -> {
            try {
                rtnl = opener.get();
            } catch (RuntimeException e) {
                opened.completeExceptionally(e);
                return;
            }
            opened.complete(null);
            try {
                while (running || !tasks.isEmpty()) {
                    Runnable t = tasks.poll(200, TimeUnit.MILLISECONDS);
                    if (t != null) {
                        t.run();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                rtnl.close();
            }
        });
    }

    /**
     * Starts the thread and opens the socket on it.
     *
     * @param opener  opens the rtnetlink client ({@code Rtnetlink::open}, or a fake)
     * @param timeout longest wait for one request
     * @throws IllegalStateException when the socket cannot be opened
     */
    public static NetlinkThread start(Supplier<? extends Rtnetlink> opener, Duration timeout) {
        CompletableFuture<Void> opened = new CompletableFuture<>();
        NetlinkThread t = new NetlinkThread(opener, timeout, opened);
        t.thread.start();
        try {
            opened.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot open rtnetlink: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            t.close();
            throw new IllegalStateException("rtnetlink did not open within 10 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            t.close();
            throw new IllegalStateException("interrupted while opening rtnetlink", e);
        }
        return t;
    }

    /**
     * Runs {@code request} on the netlink thread and waits for its result.
     *
     * @throws RuntimeException what the request threw (a {@link org.keepalived4j.netlink.NetlinkException}...), or
     *                          an {@link IllegalStateException} on timeout or after {@link #close()}
     */
    public <T> T call(Function<Rtnetlink, T> request) {
        if (!running) {
            throw new IllegalStateException("netlink thread stopped");
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        tasks.add(() -> {
            try {
                f.complete(request.apply(rtnl));
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            LOG.error("netlink request not answered within {} ms", timeout.toMillis());
            throw new IllegalStateException("netlink request timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for netlink", e);
        }
    }

    /** Finishes queued requests, closes the socket and ends the thread. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(timeout.toMillis() + 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
