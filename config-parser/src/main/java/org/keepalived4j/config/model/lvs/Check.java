package org.keepalived4j.config.model.lvs;

import org.keepalived4j.config.SourcePosition;

/**
 * A health check of a real server: one block of a {@code real_server}. Switch over it exhaustively (no
 * {@code default}) so that a new check type breaks the build where it must be handled.
 *
 * <p>All but {@link FileCheck} run periodically ({@link PeriodicCheck}); those that open a socket also have a
 * {@link CheckConnection} ({@link NetworkCheck}).
 */
public sealed interface Check
        permits TcpCheck, HttpGetCheck, SslGetCheck, MiscCheck, SmtpCheck, DnsCheck, UdpCheck, PingCheck, FileCheck {

    /** The block keyword, as keepalived names the check ({@code TCP_CHECK}, {@code HTTP_GET}...). */
    String keyword();

    /** Where the check's block began. */
    SourcePosition position();
}
