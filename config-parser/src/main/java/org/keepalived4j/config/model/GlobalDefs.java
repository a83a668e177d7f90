package org.keepalived4j.config.model;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import org.keepalived4j.config.SourcePosition;

/**
 * {@code global_defs}. PLACEHOLDER in the parser-vrrp branch: it carries the components of the GlobalDefs contract
 * that the VRRP builder reads (those typed with JDK types only); parser-global's version replaces it at merge.
 */
public record GlobalDefs(String routerId, List<String> notificationEmail, String notificationEmailFrom,
                         InetSocketAddress smtpServer, String smtpHelo, Duration smtpConnectTimeout,
                         boolean smtpAlert, Boolean smtpAlertVrrp, Boolean smtpAlertChecker,
                         boolean enableScriptSecurity, String scriptUser, String scriptGroup,
                         String defaultInterface, InetAddress vrrpMcastGroup4, InetAddress vrrpMcastGroup6,
                         Duration vrrpGarpMasterDelay, int vrrpGarpMasterRepeat, Duration vrrpGarpMasterRefresh,
                         int vrrpGarpMasterRefreshRepeat, Duration vrrpGarpLowerPrioDelay,
                         Integer vrrpGarpLowerPrioRepeat, Duration vrrpGarpInterval, Duration vrrpGnaInterval,
                         boolean vrrpLowerPrioNoAdvert, boolean vrrpHigherPrioSendAdvert, int vrrpVersion,
                         boolean vrrpStrict, boolean vrrpCheckUnicastSrc, boolean vrrpSkipCheckAdvAddr,
                         Duration vrrpStartupDelay, int maxAutoPriority, boolean lvsFlush,
                         boolean checkerLogAllFailures, SourcePosition position) {

    /** keepalived's defaults, as if {@code global_defs} were absent. */
    public static GlobalDefs defaults() {
        try {
            return new GlobalDefs("localhost", List.of(), null, null, null, Duration.ofSeconds(30), false, null, null,
                    false, null, null, null, InetAddress.getByAddress(new byte[] {(byte) 224, 0, 0, 18}),
                    InetAddress.getByAddress(new byte[] {(byte) 0xff, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x12}),
                    Duration.ofSeconds(5), 5, Duration.ZERO, 1, null, null, Duration.ZERO, Duration.ZERO, false,
                    false, 2, false, false, false, Duration.ZERO, -1, false, false, SourcePosition.NONE);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
