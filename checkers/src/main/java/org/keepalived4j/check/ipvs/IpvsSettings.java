package org.keepalived4j.check.ipvs;

import java.time.Duration;
import java.util.Objects;
import org.keepalived4j.config.model.LvsFlushOnStop;
import org.keepalived4j.netlink.ipvs.IpvsTimeouts;
import org.keepalived4j.netlink.ipvs.SyncDaemon;

/**
 * What the IPVS owner needs from {@code global_defs} and the command line.
 *
 * <table>
 * <caption>components</caption>
 * <tr><th>component</th><th>keepalived</th><th>default</th></tr>
 * <tr><td>resyncInterval</td><td>(none: keepalived never re-reads the kernel)</td><td>{@link #DEFAULT_RESYNC}</td></tr>
 * <tr><td>flushAtStart</td><td>{@code lvs_flush}</td><td>false</td></tr>
 * <tr><td>flushOnStop</td><td>{@code lvs_flush_on_stop}</td><td>NONE</td></tr>
 * <tr><td>releaseOnStop</td><td>not {@code -I} / {@code --dont-release-ipvs}</td><td>true</td></tr>
 * <tr><td>timeouts</td><td>{@code lvs_timeouts}</td><td>null: leave the kernel's</td></tr>
 * <tr><td>syncDaemon</td><td>{@code lvs_sync_daemon}</td><td>null: none</td></tr>
 * <tr><td>syncFollowsVrrp</td><td>{@code lvs_sync_daemon} names a VRRP instance</td><td>false</td></tr>
 * </table>
 *
 * @param resyncInterval  how often the kernel's table is re-read to heal drift
 * @param flushAtStart    empty the whole table at start
 * @param flushOnStop     what goes at stop
 * @param releaseOnStop   false to leave every entry at stop
 * @param timeouts        connection timeouts to set, or {@code null}
 * @param syncDaemon      sync daemon settings (state ignored), or {@code null}
 * @param syncFollowsVrrp the daemon follows a VRRP instance's state
 */
public record IpvsSettings(Duration resyncInterval, boolean flushAtStart, LvsFlushOnStop flushOnStop,
                           boolean releaseOnStop, IpvsTimeouts timeouts, SyncDaemon syncDaemon,
                           boolean syncFollowsVrrp) {

    /** Re-read the kernel every 5 s. */
    public static final Duration DEFAULT_RESYNC = Duration.ofSeconds(5);

    /** Checks the interval. */
    public IpvsSettings {
        Objects.requireNonNull(resyncInterval, "resyncInterval");
        Objects.requireNonNull(flushOnStop, "flushOnStop");
        if (resyncInterval.isNegative() || resyncInterval.isZero()) {
            throw new IllegalArgumentException("resync interval must be positive: " + resyncInterval);
        }
    }

    /** Defaults: resync every 5 s, nothing flushed, release on stop, no timeouts, no sync daemon. */
    public static IpvsSettings defaults() {
        return new IpvsSettings(DEFAULT_RESYNC, false, LvsFlushOnStop.NONE, true, null, null, false);
    }
}
