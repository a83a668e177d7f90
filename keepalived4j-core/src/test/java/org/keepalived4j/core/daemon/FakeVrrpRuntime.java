package org.keepalived4j.core.daemon;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.vrrp.VrrpRuntime;
import org.keepalived4j.vrrp.notify.SmtpAlerts;
import org.keepalived4j.vrrp.state.VrrpState;

/**
 * A {@link VrrpRuntime} whose instances are set by the test; {@link #enter} changes an instance's state the way the
 * VRRP thread reports it: state listeners, then the runtime's own smtp_alert rules ({@link SmtpAlerts}, as
 * {@code DefaultVrrpRuntime} runs them) handing mails to the daemon's mailer.
 */
final class FakeVrrpRuntime implements VrrpRuntime {

    private final List<StateListener> listeners = new CopyOnWriteArrayList<>();
    private final SmtpAlerts smtp;
    private volatile List<InstanceStatus> instances;

    /** @param mailing the instances with smtp_alert */
    FakeVrrpRuntime(List<InstanceStatus> instances, SmtpAlerts.Mailer mailer, Set<String> mailing) {
        this.instances = List.copyOf(instances);
        this.smtp = new SmtpAlerts(mailer, false);
        smtp.setEnabled(mailing, Set.of());
    }

    /** Instance {@code name} enters MASTER or BACKUP (its counters change as the real one's would). */
    void enter(String name, VrrpState state) {
        List<InstanceStatus> next = new CopyOnWriteArrayList<>();
        for (InstanceStatus i : instances) {
            if (!i.name().equals(name)) {
                next.add(i);
                continue;
            }
            boolean master = state == VrrpState.MASTER;
            next.add(new InstanceStatus(i.name(), state.word(), i.priority(), i.effectivePriority(),
                    i.interfaceName(), i.virtualRouterId(), i.advertsSent(), i.advertsReceived(),
                    i.becomeMaster() + (master ? 1 : 0), i.releaseMaster() + (master ? 0 : 1), i.errors()));
        }
        instances = List.copyOf(next);
        for (StateListener l : listeners) {
            l.onStateChange(name, state.word(), 100);
        }
        smtp.stateChanged(false, name, state, 100);
    }

    @Override
    public void start() throws IOException {
    }

    @Override
    public void reload(KeepalivedConfig config) {
    }

    @Override
    public void addStateListener(StateListener listener) {
        listeners.add(listener);
    }

    @Override
    public List<InstanceStatus> status() {
        return instances;
    }

    @Override
    public void dumpData(Appendable out) {
    }

    @Override
    public void dumpStats(Appendable out) {
    }

    @Override
    public void stop(Duration timeout) {
    }
}
