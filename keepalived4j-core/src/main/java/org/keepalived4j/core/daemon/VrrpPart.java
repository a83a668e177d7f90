package org.keepalived4j.core.daemon;

import java.io.IOException;
import java.time.Duration;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.core.cli.Options;
import org.keepalived4j.vrrp.DefaultVrrpRuntime;
import org.keepalived4j.vrrp.VrrpRuntime;

/** The VRRP part (keepalived's vrrp child): every vrrp_instance on the VRRP thread. */
final class VrrpPart implements Part {

    private final VrrpRuntime runtime;

    VrrpPart(KeepalivedConfig config, Options options) {
        this.runtime = DefaultVrrpRuntime.create(config, new VrrpRuntime.Options(options.logDetail(),
                !options.dontReleaseVrrp(), options.releaseVips()));
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
    public void close() {
        runtime.stop(Duration.ofSeconds(5));
    }
}
