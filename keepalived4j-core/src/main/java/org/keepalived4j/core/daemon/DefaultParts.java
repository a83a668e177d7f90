package org.keepalived4j.core.daemon;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.core.alert.AlertPart;
import org.keepalived4j.core.cli.Options;
import org.keepalived4j.core.status.StatusBoard;
import org.keepalived4j.core.status.StatusPart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real parts: the VRRP runtime and the checker/IPVS runtime, as the configuration and -P/-C ask; the status
 * endpoint when {@code --status-address} is given; and the e-mail alerts, always last so that they are closed after
 * the parts whose stop alerts they send.
 */
public final class DefaultParts implements PartFactory {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultParts.class);

    @Override
    public List<Part> create(KeepalivedConfig config, Options options) {
        List<Part> parts = new ArrayList<>();
        boolean vrrp = !options.checkOnly() && !config.vrrp().instances().isEmpty();
        boolean lvs = !options.vrrpOnly() && !config.lvs().virtualServers().isEmpty();
        // Observability: smtp alerts (core/alert) and the status board the endpoint reads (core/status).
        AlertPart alerts = new AlertPart(config.globalDefs(), HostView.system().hostName(),
                System.getProperty("user.name", "root"), options.logDetail());
        StatusBoard board = new StatusBoard();
        VrrpPart vrrpPart = vrrp ? new VrrpPart(config, options, alerts::vrrp) : null;
        LvsPart lvsPart = lvs ? new LvsPart(config, options, alerts.healthEvents()) : null;
        if (vrrpPart != null) {
            parts.add(vrrpPart);
            board.attach(vrrpPart.runtime()); // status() and a state listener counting transitions
        }
        if (lvsPart != null) {
            parts.add(lvsPart);
            board.lvs(lvsPart.runtime()::status);
            board.ipvs(lvsPart::ipvsCounters);
            if (vrrpPart != null) {
                // lvs_sync_daemon follows its VRRP instance: master while MASTER, backup otherwise.
                vrrpPart.runtime().addStateListener((instance, state, priority) ->
                        lvsPart.runtime().vrrpState(instance, "MASTER".equals(state)));
            }
        }
        if (!vrrp && !lvs) {
            LOG.warn("Nothing to run: the configuration has no vrrp_instance and no virtual_server");
        }
        if (options.statusAddress() != null) {
            parts.add(new StatusPart(options.statusAddress(), board));
        }
        parts.add(alerts);
        return parts;
    }
}
