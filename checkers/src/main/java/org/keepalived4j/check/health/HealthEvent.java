package org.keepalived4j.check.health;

import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.model.lvs.RealServer;
import org.keepalived4j.config.model.lvs.VirtualServer;

/**
 * Something for the outside world to act on (keepalived's {@code do_rs_notifies} and {@code do_vs_notifies}): run a
 * notify script, write a notify_fifo line, send an alert. The health logic never runs anything itself.
 */
public sealed interface HealthEvent {

    /** The notify_fifo line keepalived writes for this event, without the newline. */
    String fifoLine();

    /**
     * A real server went up or down in a virtual server ({@code notify_up} / {@code notify_down}).
     *
     * @param virtualServer the virtual server
     * @param realServer    the real server
     * @param rsText        the real server as keepalived prints it ({@code [addr]:proto:port})
     * @param up            its new state
     * @param script        the script to run, or null if none is configured
     */
    record RealServerChanged(VirtualServer virtualServer, RealServer realServer, String rsText, boolean up,
                             ScriptCommand script) implements HealthEvent {
        @Override
        public String fifoLine() {
            return "RS " + rsText + " " + virtualServer.displayName() + " " + (up ? "UP" : "DOWN");
        }
    }

    /**
     * A virtual server gained or lost its quorum ({@code quorum_up} / {@code quorum_down}).
     *
     * @param virtualServer the virtual server
     * @param up            true if the quorum is now met
     * @param script        the script to run, or null if none is configured
     * @param init          true at start-up (keepalived's smtp alert says "Starting with quorum up/down")
     * @param threshold     the threshold that was crossed (quorum plus or minus hysteresis)
     * @param weightSum     the alive real servers' weight sum at that moment
     */
    record QuorumChanged(VirtualServer virtualServer, boolean up, ScriptCommand script, boolean init,
                         long threshold, long weightSum) implements HealthEvent {
        @Override
        public String fifoLine() {
            return "VS " + virtualServer.displayName() + " " + (up ? "UP" : "DOWN");
        }
    }
}
