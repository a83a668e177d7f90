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
        // Observability: smtp alerts and the status board the endpoint reads (keepalived4j-core/alert, /status).
        AlertPart alerts = new AlertPart(config.globalDefs(), HostView.system().hostName(),
                System.getProperty("user.name", "root"), options.logDetail());
        StatusBoard board = new StatusBoard();
        if (vrrp) {
            LOG.warn("VRRP part: runtime not wired yet");
            // When the VRRP part lands (lead to reconcile): build its runtime with
            //   RuntimeEnvironment.host().withMailer(alerts::vrrp)   -- smtp alerts for instances and sync groups
            // and after building it call
            //   board.attach(vrrpRuntime)                             -- status() + state listener (transitions)
        }
        if (lvs) {
            LvsPart lvsPart = new LvsPart(config, options, alerts.healthEvents());
            parts.add(lvsPart);
            board.lvs(lvsPart.runtime()::status);
            board.ipvs(lvsPart::ipvsCounters);
        }
        if (options.statusAddress() != null) {
            parts.add(new StatusPart(options.statusAddress(), board));
        }
        parts.add(alerts);
        return parts;
    }
}
