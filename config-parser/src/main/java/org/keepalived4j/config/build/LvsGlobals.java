package org.keepalived4j.config.build;

/**
 * The global settings the LVS defaults depend on, as keepalived keeps them: unset is {@code null}.
 *
 * @param smtpAlertChecker {@code smtp_alert_checker}, or {@code null} when not given
 * @param smtpAlert        {@code smtp_alert}, or {@code null} when not given
 */
record LvsGlobals(Boolean smtpAlertChecker, Boolean smtpAlert) {

    /** Nothing set globally. */
    static final LvsGlobals UNSET = new LvsGlobals(null, null);

    /** smtp_alert for a virtual or real server that does not set it: checker, then global, then the fallback. */
    boolean checkerDefault(boolean fallback) {
        if (smtpAlertChecker != null) {
            return smtpAlertChecker;
        }
        return smtpAlert != null ? smtpAlert : fallback;
    }
}
