package org.keepalived4j.netlink.netns;

import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One dedicated platform thread that lives in a network namespace; tasks submitted with {@link #call} run there,
 * one at a time, and the caller waits for the result. Sockets opened by a task belong to this thread, so later
 * tasks can keep using them (store them in fields of the test, for instance).
 *
 * <pre>{@code
 * try (NetnsExecutor ns = NetnsExecutor.start("k4j-test")) {
 *     List<Link> links = ns.call(() -> { try (Rtnetlink r = Rtnetlink.open()) { return r.links().list(); } });
 * }
 * }</pre>
 *
 * The thread ends on {@link #close()}; it is never reused for anything else, because {@code setns} cannot be
 * undone safely on a shared thread.
 */
public final class NetnsExecutor implements AutoCloseable {
    private static final FutureTask<Void> POISON = new FutureTask<>(() -> null);

    private final BlockingQueue<FutureTask<?>> tasks = new LinkedBlockingQueue<>();
    private final Thread thread;
    private final String namespace;

    private NetnsExecutor(Path nsFile, CompletableFuture<Void> entered) {
        this.namespace = nsFile.getFileName().toString();
        this.thread = Thread.ofPlatform().name("netns-" + namespace).daemon(true).unstarted(() -> {
            try {
                NetNamespace.enterOnCurrentThread(nsFile);
            } catch (RuntimeException e) {
                entered.completeExceptionally(e);
                return;
            }
            entered.complete(null);
            while (true) {
                FutureTask<?> t;
                try {
                    t = tasks.take();
                } catch (InterruptedException e) {
                    return;
                }
                if (t == POISON) {
                    return;
                }
                t.run();
            }
        });
    }

    /**
     * @param name a namespace created with {@code ip netns add NAME}
     * @return the executor, its thread already inside the namespace
     * @throws org.keepalived4j.netlink.NetlinkException when the namespace cannot be entered
     */
    public static NetnsExecutor start(String name) {
        return start(NetNamespace.RUN_DIR.resolve(name));
    }

    /**
     * @param nsFile a namespace file ({@code /var/run/netns/NAME}, {@code /proc/PID/ns/net})
     * @return the executor
     */
    public static NetnsExecutor start(Path nsFile) {
        CompletableFuture<Void> entered = new CompletableFuture<>();
        NetnsExecutor e = new NetnsExecutor(nsFile, entered);
        e.thread.start();
        try {
            entered.get();
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(ex.getCause());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            e.close();
            throw new IllegalStateException("interrupted while entering " + nsFile, ex);
        }
        return e;
    }

    /** @return the namespace name */
    public String namespace() {
        return namespace;
    }

    /**
     * Runs {@code task} on the namespace thread and waits for it.
     *
     * @param task the work
     * @param <T> result type
     * @return its result
     * @throws Exception whatever the task threw, unwrapped
     */
    public <T> T call(Callable<T> task) throws Exception {
        if (!thread.isAlive()) {
            throw new IllegalStateException("netns executor for " + namespace + " is closed");
        }
        FutureTask<T> f = new FutureTask<>(task);
        tasks.add(f);
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** A task without a result. */
    @FunctionalInterface
    public interface Task {
        /** @throws Exception anything */
        void run() throws Exception;
    }

    /**
     * @param task the work, run on the namespace thread
     * @throws Exception whatever it threw
     */
    public void run(Task task) throws Exception {
        call(() -> {
            task.run();
            return null;
        });
    }

    /** Ends the thread after the queued tasks. */
    @Override
    public void close() {
        tasks.add(POISON);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
