package org.keepalived4j.vrrp;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.keepalived4j.config.model.KeepalivedConfig;

/**
 * The VRRP part of the daemon, as the composition root in keepalived4j-core sees it: everything a config's
 * {@code vrrp_instance}, {@code vrrp_sync_group}, trackers, {@code static_*} and notify settings ask for, running on
 * the VRRP thread. The implementation maps the config model to the state machines, I/O and address management.
 *
 * <p>Life cycle: {@link #start()} once; {@link #reload} any number of times; {@link #close()} once (graceful stop:
 * priority-0 adverts from MASTERs, VIPs, routes and rules removed unless {@link Options#releaseOnStop()} is false,
 * notify scripts for the stop). All methods may be called from any thread; they hand work to the VRRP thread.
 */
public interface VrrpRuntime extends AutoCloseable {

    /**
     * Settings from the command line.
     *
     * @param logDetail     {@code -D}: detailed logging (every advert state change, every GARP)
     * @param releaseOnStop false for {@code -V/--dont-release-vrrp}: leave VIPs and routes in place on stop
     * @param releaseVipsOnSignal {@code -X/--release-vips}
     */
    record Options(boolean logDetail, boolean releaseOnStop, boolean releaseVipsOnSignal) {
        /** keepalived's defaults. */
        public static Options defaults() {
            return new Options(false, true, false);
        }
    }

    /** Observes instance state changes (the LVS sync daemon follows one instance; metrics count transitions). */
    @FunctionalInterface
    interface StateListener {
        /** Called on the VRRP thread after an instance changed state; must not block. */
        void onStateChange(String instance, String state, int priority);
    }

    /** One instance as seen from outside, for status pages, metrics and dumps. */
    record InstanceStatus(String name, String state, int priority, int effectivePriority, String interfaceName,
                          int virtualRouterId, long advertsSent, long advertsReceived, long becomeMaster,
                          long releaseMaster, long errors) {
    }

    /** Starts the VRRP thread and every instance. */
    void start() throws IOException;

    /**
     * Applies a new configuration as keepalived does on SIGHUP: instances are matched by name (and VRID, family,
     * interface); unchanged ones keep their state and VIPs (no priority 0, no removal, no extra GARP burst); changed
     * ones are adjusted in place where possible; removed ones stop (priority 0, VIPs removed); new ones start.
     */
    void reload(KeepalivedConfig config);

    /** Adds a listener for state changes. */
    void addStateListener(StateListener listener);

    /** A snapshot of every instance. */
    List<InstanceStatus> status();

    /** Writes the VRRP part of keepalived's data dump ({@code keepalived.data}, SIGUSR1). */
    void dumpData(Appendable out) throws IOException;

    /** Writes keepalived's statistics ({@code keepalived.stats}, SIGUSR2). */
    void dumpStats(Appendable out) throws IOException;

    /** Stops gracefully and waits at most this long. */
    void stop(Duration timeout);

    /** {@link #stop(Duration)} with a 5 s bound. */
    @Override
    default void close() {
        stop(Duration.ofSeconds(5));
    }
}
