package org.keepalived4j.config.model.lvs;

import org.keepalived4j.config.SourcePosition;

/**
 * The top-level {@code SSL { password; ca; certificate; key }} block: the TLS client context SSL_GET checks use.
 * Without it SSL_GET still works, without client certificate and without verifying the server.
 *
 * @param password        {@code password} of the key file, or {@code null}
 * @param caFile          {@code ca}: CA file to verify the server with, or {@code null}
 * @param certificateFile {@code certificate}: client certificate, or {@code null}
 * @param keyFile         {@code key}: client key, or {@code null}
 * @param position        where {@code SSL} was written
 */
public record SslContextConfig(String password, String caFile, String certificateFile, String keyFile,
                               SourcePosition position) {
}
