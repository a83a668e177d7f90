package org.keepalived4j.core.daemon;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.config.model.ScriptVerdicts;
import org.keepalived4j.core.dump.VrrpJsonDump;
import org.keepalived4j.core.cli.Options;
import org.keepalived4j.vrrp.DefaultVrrpRuntime;
import org.keepalived4j.vrrp.RuntimeEnvironment;
import org.keepalived4j.vrrp.VrrpRuntime;
import org.keepalived4j.vrrp.notify.SmtpAlerts;

/** The VRRP part (keepalived's vrrp child): every vrrp_instance on the VRRP thread. */
final class VrrpPart implements Part {

    private final VrrpRuntime runtime;
    /** Script security's verdicts of the configuration in force (config-parser decides, the runtime obeys). */
    private final AtomicReference<ScriptVerdicts> verdicts;

    /**
     * @param config  the configuration
     * @param options the command line
     * @param mailer  sends the smtp alerts the runtime decides on (the daemon's alert part); must not block
     */
    VrrpPart(KeepalivedConfig config, Options options, SmtpAlerts.Mailer mailer) {
        this.verdicts = new AtomicReference<>(config.scripts());
        this.runtime = DefaultVrrpRuntime.create(config, new VrrpRuntime.Options(options.logDetail(),
                !options.dontReleaseVrrp(), options.releaseVips()), RuntimeEnvironment.host().withMailer(mailer)
                        .withScriptVerdicts(cmd -> verdicts.get().runnable(cmd)));
    }

    /** The runtime, for state listeners (sync daemon, metrics, alerts). */
    VrrpRuntime runtime() {
        return runtime;
    }

    @Override
    public String name() {
        return "vrrp";
    }

    @Override
    public void start() throws IOException {
        runtime.start();
    }

    @Override
    public void reload(KeepalivedConfig config) {
        verdicts.set(config.scripts());
        runtime.reload(config);
    }

    @Override
    public void dumpData(Appendable out) throws IOException {
        runtime.dumpData(out);
    }

    @Override
    public void dumpStats(Appendable out) throws IOException {
        runtime.dumpStats(out);
    }

    @Override
    public void dumpJson(Appendable out) throws IOException {
        VrrpJsonDump.write(runtime.status(), out);
    }

    @Override
    public boolean hasJson() {
        return true;
    }

    @Override
    public void close() {
        runtime.stop(Duration.ofSeconds(5));
    }
}
