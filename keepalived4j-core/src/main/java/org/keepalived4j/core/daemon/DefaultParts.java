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
        VrrpPart vrrpPart = vrrp ? new VrrpPart(config, options) : null;
        LvsPart lvsPart = lvs ? new LvsPart(config, options) : null;
        if (vrrpPart != null) {
            parts.add(vrrpPart);
        }
        if (lvsPart != null) {
            parts.add(lvsPart);
            if (vrrpPart != null) {
                // lvs_sync_daemon follows its VRRP instance: master while MASTER, backup otherwise.
                vrrpPart.runtime().addStateListener((instance, state, priority) ->
                        lvsPart.runtime().vrrpState(instance, "MASTER".equals(state)));
            }
        }
        if (!vrrp && !lvs) {
            LOG.warn("Nothing to run: the configuration has no vrrp_instance and no virtual_server");
        }
        return parts;
    }
}
