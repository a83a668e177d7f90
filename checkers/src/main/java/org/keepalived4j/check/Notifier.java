package org.keepalived4j.check;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.keepalived4j.check.checker.ScriptUser;
import org.keepalived4j.check.health.HealthEvent;
import org.keepalived4j.config.model.GlobalDefs;

/**
 * The default handler of health events (keepalived's {@code do_rs_notifies} / {@code do_vs_notifies}): the notify
 * script as {@code script_user}, then the event's line to the global {@code notify_fifo} and to
 * {@code lvs_notify_fifo}. The FIFOs are reopened for each configuration ({@link #useGlobals}), as keepalived closes
 * and reopens them at a reload.
 */
final class Notifier implements Consumer<HealthEvent>, AutoCloseable {

    private final NotifyScripts scripts;
    private final Consumer<String> globalFifo;
    private final List<FifoWriter> fifos = new CopyOnWriteArrayList<>();

    /**
     * @param scripts    runs the notify scripts
     * @param globalFifo where the global FIFO's lines go when another part owns it, or null to open it here
     */
    Notifier(NotifyScripts scripts, Consumer<String> globalFifo) {
        this.scripts = scripts;
        this.globalFifo = globalFifo;
    }

    /** Applies a configuration's script user and FIFOs (blocking I/O: off the loop). */
    synchronized void useGlobals(GlobalDefs globals, ScriptUser user, Consumer<String> log) {
        scripts.scriptUser(user);
        closeFifos();
        if (globals.notifyFifo() != null && globalFifo == null) {
            add(FifoWriter.open(globals.notifyFifo(), "", user, log));
        }
        if (globals.lvsNotifyFifo() != null) {
            add(FifoWriter.open(globals.lvsNotifyFifo(), "lvs_", user, log));
        }
    }

    private void add(FifoWriter f) {
        if (f != null) {
            fifos.add(f);
        }
    }

    @Override
    public void accept(HealthEvent event) {
        scripts.accept(event);
        String line = event.fifoLine();
        if (globalFifo != null) {
            globalFifo.accept(line);
        }
        for (FifoWriter f : fifos) {
            f.write(line);
        }
    }

    private void closeFifos() {
        for (FifoWriter f : fifos) {
            f.close();
        }
        fifos.clear();
    }

    @Override
    public synchronized void close() {
        closeFifos();
    }
}
