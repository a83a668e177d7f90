package org.keepalived4j.core.daemon;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.core.cli.Options;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The real parts: the VRRP runtime and the checker/IPVS runtime, as the configuration and -P/-C ask. */
public final class DefaultParts implements PartFactory {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultParts.class);

    @Override
    public List<Part> create(KeepalivedConfig config, Options options) {
        List<Part> parts = new ArrayList<>();
        boolean vrrp = !options.checkOnly() && !config.vrrp().instances().isEmpty();
        boolean lvs = !options.vrrpOnly() && !config.lvs().virtualServers().isEmpty();
        if (vrrp) {
            LOG.warn("VRRP part: runtime not wired yet");
        }
        if (lvs) {
            parts.add(new LvsPart(config, options));
        }
        return parts;
    }
}
