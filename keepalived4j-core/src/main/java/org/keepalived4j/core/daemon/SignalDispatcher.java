package org.keepalived4j.core.daemon;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns keepalived's signals into {@link DaemonCommand}s on the main thread's queue: HUP reload, TERM and INT stop,
 * USR1 data dump, USR2 statistics. The handler only enqueues; the work happens on the owner.
 */
public final class SignalDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(SignalDispatcher.class);

    private SignalDispatcher() {
    }

    /** Installs the handlers (after setting HUP, INT and TERM back to their default if they were ignored at start). */
    public static void install(BlockingQueue<DaemonCommand> queue) {
        try {
            for (String name : IgnoredSignals.restoreDefaults(IgnoredSignals.SHUTDOWN_SIGNALS)) {
                LOG.info("SIG{} was ignored when the daemon started; handling it as keepalived does", name);
            }
        } catch (IllegalStateException | UnsupportedOperationException e) {
            LOG.warn("Cannot check for ignored signals ({}); a signal ignored at start stays ignored", e.getMessage());
        }
        for (String name : List.of("HUP", "TERM", "INT", "USR1", "USR2")) {
            try {
                Signal.handle(new Signal(name), s -> {
                    DaemonCommand c = switch (s.getName()) {
                        case "HUP" -> new DaemonCommand.Reload();
                        case "USR1" -> new DaemonCommand.DumpData();
                        case "USR2" -> new DaemonCommand.DumpStats();
                        default -> new DaemonCommand.Stop("SIG" + s.getName());
                    };
                    if (!queue.offer(c)) {
                        LOG.warn("Signal SIG{} dropped: command queue full", s.getName());
                    }
                });
            } catch (IllegalArgumentException e) {
                LOG.warn("Cannot handle SIG{}: {}", name, e.getMessage());
            }
        }
    }
}
