package org.keepalived4j.core.daemon;

import java.io.IOException;
import org.keepalived4j.config.model.KeepalivedConfig;

/**
 * One part of the daemon as the composition root drives it: the VRRP part or the checker/IPVS part (keepalived runs
 * them as its vrrp and checker child processes; keepalived4j runs them in one JVM, each on its own threads).
 */
public interface Part extends AutoCloseable {

    /** keepalived's name for it: "vrrp" or "checker". */
    String name();

    /** Starts it. */
    void start() throws IOException;

    /** Applies a new configuration (only what changed). */
    void reload(KeepalivedConfig config);

    /** Its part of the data dump (SIGUSR1). */
    void dumpData(Appendable out) throws IOException;

    /** Its part of the statistics (SIGUSR2). */
    void dumpStats(Appendable out) throws IOException;

    /** Its part of keepalived's JSON dump ({@code keepalived.json}); only the VRRP part has one. */
    default void dumpJson(Appendable out) throws IOException {
    }

    /** True if it writes a JSON dump. */
    default boolean hasJson() {
        return false;
    }

    /** Stops it gracefully. */
    @Override
    void close();
}
